package dev.newstidy.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonArrayReaderTest {
  @TempDir Path temp;
  private final List<String> warnings = new ArrayList<>();

  @Test
  void readsEachElementWithItsHeadlineTextAndOtherFields() throws IOException {
    String json =
        "[{\"uri\":\"u1\",\"headline\":\"柳河新桥通车\",\"body_text\":\"新桥今日通车。\\n村民出行更方便。\",\"version\":2},\n"
            + " {\"uri\":\"u2\",\"title\":\"Harbin mill cuts output\",\"text\":\"The mill said so.\"}]";

    List<ReadBack.Doc> docs = ReadBack.read(temp, "a.json", json, ReadBack.format(InputFormat.AUTO), warnings);

    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).record()).isEqualTo(1);
    assertThat(docs.get(0).lines()).containsExactly("1:# 柳河新桥通车", "1:新桥今日通车。", "2:村民出行更方便。");
    assertThat(docs.get(0).fields()).containsExactly(Map.entry("uri", "\"u1\""), Map.entry("version", "2"));
    assertThat(docs.get(1).record()).isEqualTo(2);
    assertThat(docs.get(1).text()).isEqualTo("# Harbin mill cuts output\nThe mill said so.");
    assertThat(warnings).isEmpty();
  }

  @Test
  void namedFieldsWinOverTheUsualOnes() throws IOException {
    String json = "[{\"headline\":\"不用\",\"title\":\"也不用\",\"name\":\"柳河新桥\",\"text\":\"x\",\"story\":\"新桥通车。\"}]";
    ReadSettings named = new ReadSettings(InputFormat.JSON, null, "story", "name", null, false);

    ReadBack.Doc doc = ReadBack.read(temp, "a.txt", json, named, warnings).get(0);

    assertThat(doc.text()).isEqualTo("# 柳河新桥\n新桥通车。");
    assertThat(doc.fields().keySet()).containsExactly("headline", "title", "text");
  }

  @Test
  void skipsElementsThatAreNotArticlesWithAWarningAtTheirLine() throws IOException {
    String json = "[\n5,\n{\"headline\":\"只有标题\"},\n{\"text\":\"第四条正文。\"}\n]";

    List<ReadBack.Doc> docs = ReadBack.read(temp, "a.json", json, ReadBack.format(InputFormat.JSON), warnings);

    assertThat(docs).extracting(ReadBack.Doc::record).containsExactly(3L);
    assertThat(warnings)
        .containsExactly(
            "warning: " + temp.resolve("a.json") + ":2: element 1 is not an object; record skipped",
            "warning: " + temp.resolve("a.json") + ":3: element 2 has no text, body_text, body, content string field; record skipped");
  }

  @Test
  void brokenJsonEndsTheInputAfterTheRecordsBeforeIt() throws IOException {
    String json = "[{\"text\":\"第一条。\"},\n{\"text\": oops}]";

    List<ReadBack.Doc> docs = ReadBack.read(temp, "a.json", json, ReadBack.format(InputFormat.JSON), warnings);

    assertThat(docs).hasSize(1);
    assertThat(warnings).singleElement().asString().contains("a.json:2: malformed JSON").endsWith("; rest of input skipped");
  }

  @Test
  void aSingleObjectIsOneRecord() throws IOException {
    List<ReadBack.Doc> docs =
        ReadBack.read(temp, "a.json", "{\"title\":\"青川新区开园\",\"text\":\"新区今日开园。\"}", ReadBack.format(InputFormat.JSON), warnings);

    assertThat(docs).singleElement().extracting(ReadBack.Doc::text).isEqualTo("# 青川新区开园\n新区今日开园。");
  }

  @Test
  void objectsOneAfterAnotherAreReadLikeAnArray() throws IOException {
    String lines = "{\"title\":\"甲\",\"text\":\"第一条。\"}\n{\"title\":\"乙\",\"text\":\"第二条。\"}{\"text\":\"第三条。\"}\n";

    List<ReadBack.Doc> docs = ReadBack.read(temp, "pages.json", lines, ReadBack.format(InputFormat.AUTO), warnings);

    assertThat(docs).extracting(ReadBack.Doc::text).containsExactly("# 甲\n第一条。", "# 乙\n第二条。", "第三条。");
    assertThat(docs).extracting(ReadBack.Doc::record).containsExactly(1L, 2L, 3L);
    assertThat(warnings).isEmpty();
  }

  @Test
  void aScalarIsNotAnArrayOfArticles() throws IOException {
    List<ReadBack.Doc> docs = ReadBack.read(temp, "a.json", "\"柳河\"", ReadBack.format(InputFormat.JSON), warnings);

    assertThat(docs).isEmpty();
    assertThat(warnings).singleElement().asString().endsWith(": not a JSON array of objects; rest of input skipped");
  }

  @Test
  void strictStopsAtTheFirstSkippedElement() {
    ReadSettings strict = new ReadSettings(InputFormat.JSON, null, null, null, null, true);

    assertThatThrownBy(() -> ReadBack.read(temp, "a.json", "[{\"text\":\"甲。\"},7]", strict, warnings))
        .isInstanceOf(InputException.class)
        .hasMessage(temp.resolve("a.json") + ":1: element 2 is not an object (--strict)");
  }
}
