package dev.newstidy.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class FrontMatterTest {
  @Test
  void readsTitleDateSourceAndOtherKeys() throws IOException {
    FrontMatter.Page page =
        FrontMatter.read(
            CharLineReader.of(
                "---\ntitle: \"柳河新桥通车\"\ndate: 2024-03-02\nsource: 柳河晚报\nurl: https://example.test/a\n---\n\n新桥今日通车。"));

    assertThat(page.title()).isEqualTo("柳河新桥通车");
    assertThat(page.titleLine()).isEqualTo(2);
    assertThat(page.metadata().date()).isEqualTo("2024-03-02");
    assertThat(page.metadata().publisher()).isEqualTo("柳河晚报");
    assertThat(page.fields()).containsExactly(java.util.Map.entry("url", "\"https://example.test/a\""));
    assertThat(TitledLinesTest.all(page.rest())).containsExactly("7:", "8:新桥今日通车。");
  }

  @Test
  void passesOverNestedValuesCommentsAndEmptyKeys() throws IOException {
    FrontMatter.Page page =
        FrontMatter.read(
            CharLineReader.of("---\n# 注释\ntags:\n  - 交通\n  - 柳河\nauthor: 'Li''s desk'\n...\n正文。"));

    assertThat(page.title()).isNull();
    assertThat(page.fields()).containsExactly(java.util.Map.entry("author", "\"Li's desk\""));
    assertThat(TitledLinesTest.all(page.rest())).containsExactly("8:正文。");
  }

  @Test
  void aRuleBeforeProseIsNotFrontMatter() throws IOException {
    String text = "---\n柳河新桥今日通车,村民说:方便多了。\n---\n正文。";

    FrontMatter.Page page = FrontMatter.read(CharLineReader.of(text));

    assertThat(page.title()).isNull();
    assertThat(page.metadata().isEmpty()).isTrue();
    assertThat(TitledLinesTest.all(page.rest()))
        .containsExactly("1:---", "2:柳河新桥今日通车,村民说:方便多了。", "3:---", "4:正文。");
  }

  @Test
  void anUnclosedFenceIsNotFrontMatter() throws IOException {
    FrontMatter.Page page = FrontMatter.read(CharLineReader.of("---\ntitle: 柳河\n正文第一段。"));

    assertThat(page.title()).isNull();
    assertThat(TitledLinesTest.all(page.rest())).containsExactly("1:---", "2:title: 柳河", "3:正文第一段。");
  }

  @Test
  void aPageWithoutFrontMatterIsReadAsItStands() throws IOException {
    FrontMatter.Page page = FrontMatter.read(CharLineReader.of("# 标题\n\n正文。"));

    assertThat(TitledLinesTest.all(page.rest())).containsExactly("1:# 标题", "2:", "3:正文。");
  }

  @Test
  void readsTheFrontMatterNewstidyWrites() throws IOException {
    FrontMatter.Page page =
        FrontMatter.read(
            CharLineReader.of(
                "---\nid: 3\ntitle: \"柳河\\\"新桥\\\"通车\"\nsubtitle: null\nnames: [\"李平\",\"王书\"]\nlines: [2, 14]\n"
                    + "publisher: \"柳河晚报\"\ndate: ~\n---\n# 柳河\"新桥\"通车"));

    assertThat(page.title()).isEqualTo("柳河\"新桥\"通车");
    assertThat(page.metadata().publisher()).isEqualTo("柳河晚报");
    assertThat(page.metadata().date()).isNull();
    assertThat(page.fields())
        .containsExactly(
            java.util.Map.entry("id", "3"),
            java.util.Map.entry("names", "[\"李平\",\"王书\"]"),
            java.util.Map.entry("lines", "[2,14]"));
  }

  @Test
  void aValueThatOnlyStartsLikeJsonIsText() {
    assertThat(FrontMatter.value("2024-03-02").asText()).isEqualTo("2024-03-02");
    assertThat(FrontMatter.value("[交通, 柳河]").asText()).isEqualTo("[交通, 柳河]");
    assertThat(FrontMatter.value("12 hours").asText()).isEqualTo("12 hours");
    assertThat(FrontMatter.value("12").isNumber()).isTrue();
  }

  @Test
  void unquotesYamlScalars() {
    assertThat(FrontMatter.unquote("\"a \\\"b\\\"\"")).isEqualTo("a \"b\"");
    assertThat(FrontMatter.unquote("'it''s'")).isEqualTo("it's");
    assertThat(FrontMatter.unquote("plain 'x'")).isEqualTo("plain 'x'");
  }
}
