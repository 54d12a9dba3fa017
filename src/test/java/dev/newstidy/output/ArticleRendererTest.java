package dev.newstidy.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.newstidy.model.Article;
import dev.newstidy.model.Origin;
import dev.newstidy.model.Byline;
import dev.newstidy.model.Credit;
import dev.newstidy.model.CreditKind;
import dev.newstidy.model.Flag;
import dev.newstidy.model.Part;
import dev.newstidy.model.Removal;
import dev.newstidy.model.RemovalReason;
import dev.newstidy.model.SourceSpan;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleRendererTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SourceSpan SPAN = SourceSpan.of("dumps/paper.txt", 3, 9);

  private final ArticleRenderer renderer = new ArticleRenderer();

  @Test
  void rendersMarkdownAsFrontMatterThenHeadlineThenBody() throws IOException {
    Article article = Article.of("标题", SPAN, List.of(Part.paragraph("正文。", SPAN)));

    String markdown = renderer.render(7, article, Origin.UTF8, OutputFormat.MD);

    assertThat(markdown).startsWith("---\n");
    assertThat(afterFrontMatter(markdown)).isEqualTo("\n# 标题\n\n正文。\n");
  }

  @Test
  void htmlInTheTextIsNeverLiveInMarkdown() throws IOException {
    Article article =
        Article.of(
            "<script>alert(1)</script>",
            SPAN,
            List.of(Part.paragraph("图<img src=x onerror=alert(1)>片 &lt;b&gt; <!-- c -->", SPAN)));

    String body = afterFrontMatter(renderer.render(7, article, Origin.UTF8, OutputFormat.MD));

    assertThat(body)
        .isEqualTo("\n# &lt;script>alert(1)&lt;/script>\n\n图&lt;img src=x onerror=alert(1)>片 &amp;lt;b&amp;gt; &lt;!-- c -->\n");
  }

  @Test
  void comparisonsAndAmpersandsThatOpenNoHtmlStayAsWritten() {
    String text = "x < y, 3<5, 爱你<3, AT&T, A & B, R&D;";

    assertThat(ArticleRenderer.inert(text)).isSameAs(text);
  }

  @Test
  void everyFrontMatterValueIsJson() throws IOException {
    String markdown = renderer.render(7, fullArticle("标题"), Origin.UTF8, OutputFormat.MD);

    Map<String, JsonNode> fields = frontMatter(markdown);

    assertThat(fields.keySet()).containsExactlyElementsOf(ArticleRenderer.FRONT_MATTER_KEYS);
    assertThat(fields.get("id").asLong()).isEqualTo(7);
    assertThat(fields.get("subtitle").asText()).isEqualTo("访园区负责人");
    assertThat(fields.get("byline").asText()).isEqualTo("史春雨 秦海 文/图");
    assertThat(fields.get("names")).extracting(JsonNode::asText).containsExactly("史春雨", "秦海");
    assertThat(fields.get("roles")).extracting(JsonNode::asText).containsExactly("文/图");
    assertThat(fields.get("source").asText()).isEqualTo("dumps/paper.txt");
    assertThat(fields.get("lines")).extracting(JsonNode::asInt).containsExactly(3, 9);
    assertThat(fields.get("flags")).extracting(JsonNode::asText).containsExactly("truncated");
  }

  @Test
  void titleWithQuotesAndColonsStaysOneValidValue() throws IOException {
    String title = "海安:安\"家\"暖\"新\" — key: value # not a comment";

    Map<String, JsonNode> fields =
        frontMatter(renderer.render(1, fullArticle(title), Origin.UTF8, OutputFormat.MD));

    assertThat(fields.get("title").isTextual()).isTrue();
    assertThat(fields.get("title").asText()).isEqualTo(title);
  }

  @Test
  void eachFrontMatterValueIsItsOwnJsonWithNothingOfTheValueBefore() throws IOException {
    // One generator quotes every value of a file: none may carry a separator or a neighbour's text.
    String title = "\"引号\" \\ 反斜杠\t制表 😀 \u0001";

    String[] lines = renderer.render(1, fullArticle(title), Origin.UTF8, OutputFormat.MD).split("\n");

    assertThat(lines).contains(
        "lang: " + JSON.writeValueAsString("zh-Hans"),
        "title: " + JSON.writeValueAsString(title),
        "subtitle: " + JSON.writeValueAsString("访园区负责人"),
        "names: " + JSON.writeValueAsString(List.of("史春雨", "秦海")),
        "roles: " + JSON.writeValueAsString(List.of("文/图")),
        "authors: " + JSON.writeValueAsString(List.of("史春雨", "秦海")),
        "editors: []",
        "dateline: null",
        "source: " + JSON.writeValueAsString("dumps/paper.txt"),
        "flags: [\"truncated\"]");
  }

  @Test
  void titleWithLineBreakOrFrontMatterFenceCannotEndTheHeader() throws IOException {
    String title = "上篇\n---\nid: 99";

    String markdown = renderer.render(1, fullArticle(title), Origin.UTF8, OutputFormat.MD);

    assertThat(frontMatter(markdown).get("title").asText()).isEqualTo(title);
    assertThat(frontMatter(markdown).get("id").asLong()).isEqualTo(1);
  }

  @Test
  void absentFieldsAreJsonNullAndEmptyLists() throws IOException {
    Article untitled = Article.of(null, SPAN, List.of(Part.paragraph("图片新闻。", SPAN)));

    Map<String, JsonNode> fields = frontMatter(renderer.render(2, untitled, Origin.UTF8, OutputFormat.MD));

    assertThat(fields.get("title").isNull()).isTrue();
    assertThat(fields.get("byline").isNull()).isTrue();
    assertThat(fields.get("names").isArray()).isTrue();
    assertThat(fields.get("names")).isEmpty();
    assertThat(afterFrontMatter(renderer.render(2, untitled, Origin.UTF8, OutputFormat.MD)))
        .isEqualTo("\n图片新闻。\n");
  }

  @Test
  void everyKeyIsPresentInEveryFileInOneOrder() throws IOException {
    // An article with no metadata and no page, and one cut from a JSON Lines page with every field.
    Article bare = Article.of(null, SPAN, List.of(Part.paragraph("图片新闻。", SPAN)));
    Article fromPage =
        Article.of("标题", new SourceSpan("pages.jsonl", 4, 1, 3), List.of(Part.paragraph("正文。", SPAN)));
    Origin page =
        new Origin("UTF-8", com.google.common.collect.ImmutableMap.of(
            "id", "\"qs-017\"", "url", "\"https://news.example/qs/017.html\"", "date", "\"2021-04-09\"", "lang", "\"zh\""));

    Map<String, JsonNode> none = frontMatter(renderer.render(1, bare, Origin.UTF8, OutputFormat.MD));
    Map<String, JsonNode> all = frontMatter(renderer.render(2, fromPage, page, OutputFormat.MD));

    assertThat(none.keySet()).containsExactlyElementsOf(ArticleRenderer.FRONT_MATTER_KEYS);
    assertThat(all.keySet()).containsExactlyElementsOf(ArticleRenderer.FRONT_MATTER_KEYS);
    assertThat(none.get("dateline").isNull()).isTrue();
    assertThat(none.get("date").isNull()).isTrue();
    assertThat(none.get("editors")).isEmpty();
    assertThat(none.get("url").isNull()).isTrue();
    assertThat(none.get("page_id").isNull()).isTrue();
    assertThat(none.get("record").isNull()).isTrue();
    assertThat(all.get("url").asText()).isEqualTo("https://news.example/qs/017.html");
    assertThat(all.get("page_id").asText()).isEqualTo("qs-017");
    assertThat(all.get("record").asInt()).isEqualTo(4);
    assertThat(all.get("date").asText()).isEqualTo("2021-04-09");
    assertThat(none.get("reviewers")).isEmpty();
    assertThat(none.get("authors")).isEmpty();
    // The page's own lang field stays in the page's fields; the key is the article's language.
    assertThat(all.get("lang").asText()).isEqualTo("zh-Hans");
  }

  @Test
  void writesMetadataLinesFieldsIntoTheFrontMatter() throws IOException {
    Article article =
        Article.of("臨江縣新橋通車", SPAN, List.of(Part.paragraph("這座橋連接兩個鄉鎮。", SPAN)))
            .withByline(new dev.newstidy.model.Byline("記者 陳明", com.google.common.collect.ImmutableList.of(
                new dev.newstidy.model.Credit("陳明", "記者", dev.newstidy.model.CreditKind.PERSON))))
            .withMetadata(new dev.newstidy.model.Metadata(
                null, "2024-03-02", "臨江日報", com.google.common.collect.ImmutableList.of("林美"),
                com.google.common.collect.ImmutableList.of("王青"), "https://news.example/t/5"));

    Map<String, JsonNode> fields = frontMatter(renderer.render(1, article, Origin.UTF8, OutputFormat.MD));

    assertThat(fields.get("lang").asText()).isEqualTo("zh-Hant");
    assertThat(fields.get("authors")).extracting(JsonNode::asText).containsExactly("陳明");
    assertThat(fields.get("publisher").asText()).isEqualTo("臨江日報");
    assertThat(fields.get("editors")).extracting(JsonNode::asText).containsExactly("林美");
    assertThat(fields.get("reviewers")).extracting(JsonNode::asText).containsExactly("王青");
    assertThat(fields.get("url").asText()).isEqualTo("https://news.example/t/5");
  }

  @Test
  void aPageFieldThatIsNotAStringOrNumberIsNull() throws IOException {
    // Look-alike: a url field holding an object is not a url.
    Origin page = new Origin("UTF-8", com.google.common.collect.ImmutableMap.of("url", "{\"href\":\"x\"}", "id", "17"));
    Article article = Article.of("标题", SPAN, List.of(Part.paragraph("正文。", SPAN)));

    Map<String, JsonNode> fields = frontMatter(renderer.render(1, article, page, OutputFormat.MD));

    assertThat(fields.get("url").isNull()).isTrue();
    assertThat(fields.get("page_id").asText()).isEqualTo("17");
  }

  @Test
  void rendersHeadingsAsSectionLinesInMarkdown() throws IOException {
    Article article =
        Article.of(
            "标题", SPAN, List.of(Part.heading("一、强化组织保障", SPAN), Part.paragraph("正文。", SPAN)));

    assertThat(afterFrontMatter(renderer.render(1, article, Origin.UTF8, OutputFormat.MD)))
        .isEqualTo("\n# 标题\n\n### 一、强化组织保障\n\n正文。\n");
  }

  @Test
  void rendersPlainTextWithBylineLastAndOneFinalNewline() throws IOException {
    String text = renderer.render(1, fullArticle("标题"), Origin.UTF8, OutputFormat.TXT);

    assertThat(text).isEqualTo("标题\n\n——访园区负责人\n\n园区今天正式开园。\n\n史春雨 秦海 文/图\n");
  }

  @Test
  void plainTextPutsTheDatelineBackInFrontOfItsParagraph() throws IOException {
    Article article = datelined("HARBOUR CITY (AP) — By MARTA QUILLEN", "HARBOUR CITY (AP) — ");

    assertThat(renderer.render(1, article, Origin.UTF8, OutputFormat.TXT))
        .isEqualTo("Ferry Resumes\n\nHARBOUR CITY (AP) — The ferry resumed on Tuesday.\n\nBy MARTA QUILLEN\n");
    // A dateline that is the whole byline leaves no byline line.
    assertThat(renderer.render(1, datelined("HARBOUR CITY (AP) —", "HARBOUR CITY (AP) — "), Origin.UTF8, OutputFormat.TXT))
        .isEqualTo("Ferry Resumes\n\nHARBOUR CITY (AP) — The ferry resumed on Tuesday.\n");
  }

  @Test
  void plainTextLeavesABylineThatNoRemovedDatelineOpens() throws IOException {
    // Adversarial: a removed line that is not the byline's start, and one that is only its first word.
    assertThat(renderer.render(1, datelined("By MARTA QUILLEN", "Source: Harbour Herald"), Origin.UTF8, OutputFormat.TXT))
        .isEqualTo("Ferry Resumes\n\nThe ferry resumed on Tuesday.\n\nBy MARTA QUILLEN\n");
    assertThat(renderer.render(1, datelined("HARBOURSIDE (AP) — By MARTA QUILLEN", "HARBOUR"), Origin.UTF8, OutputFormat.TXT))
        .isEqualTo("Ferry Resumes\n\nThe ferry resumed on Tuesday.\n\nHARBOURSIDE (AP) — By MARTA QUILLEN\n");
  }

  @Test
  void plainTextSpellsTagsAndEntitiesSoTheyReadBackAsWritten() throws IOException {
    Article article =
        Article.of("标题<i>", SPAN, List.of(Part.paragraph("网页示例 <b>粗体</b> 与 &amp; 符号。", SPAN)));

    assertThat(renderer.render(1, article, Origin.UTF8, OutputFormat.TXT))
        .isEqualTo("标题&lt;i>\n\n网页示例 &lt;b>粗体&lt;/b> 与 &amp;amp; 符号。\n");
  }

  @Test
  void plainTextLeavesLookAlikesOfTagsAndEntitiesAsTheyAre() throws IOException {
    // Adversarial: comparisons, a heart, an unknown tag name and a bare ampersand read back as written.
    Article article = Article.of("Tom <3 Ann", SPAN, List.of(Part.paragraph("若 x<y 且 y>z,<tide> 与 AT&T 不变。", SPAN)));

    assertThat(renderer.render(1, article, Origin.UTF8, OutputFormat.TXT))
        .isEqualTo("Tom <3 Ann\n\n若 x<y 且 y>z,<tide> 与 AT&T 不变。\n");
  }

  /** An article whose first paragraph lost {@code removed} from its front as metadata. */
  private static Article datelined(String byline, String removed) {
    SourceSpan line = SourceSpan.of("dump.txt", 3, 3);
    return new Article(
        "Ferry Resumes",
        null,
        new Byline(byline, ImmutableList.of(new Credit("MARTA QUILLEN", null, CreditKind.PERSON))),
        ImmutableList.of(Part.paragraph("The ferry resumed on Tuesday.", line)),
        ImmutableSet.of(),
        SourceSpan.of("dump.txt", 1, 5),
        ImmutableList.of(new Removal(RemovalReason.METADATA, line, removed, null)),
        ImmutableList.of(),
        ImmutableList.of());
  }

  @Test
  void rendersJsonRecordOnOneLine() throws IOException {
    String json = renderer.render(5, fullArticle("标题"), Origin.UTF8, OutputFormat.JSON);

    assertThat(json).endsWith("}\n").doesNotContain("\n{");
    assertThat(JSON.readTree(json).get("id").asLong()).isEqualTo(5);
    assertThat(JSON.readTree(json).get("title").asText()).isEqualTo("标题");
  }

  private static Article fullArticle(String title) {
    Byline byline =
        new Byline(
            "史春雨 秦海 文/图",
            ImmutableList.of(
                new Credit("史春雨", "文/图", CreditKind.PERSON),
                new Credit("秦海", "文/图", CreditKind.PERSON)));
    return new Article(
        title,
        "访园区负责人",
        byline,
        ImmutableList.of(Part.paragraph("园区今天正式开园。", SPAN)),
        ImmutableSet.of(Flag.TRUNCATED),
        SPAN,
        ImmutableList.of(),
        ImmutableList.of(),
        ImmutableList.of());
  }

  /** The front matter's lines as {@code key: value}, each value parsed as JSON. */
  private static Map<String, JsonNode> frontMatter(String markdown) throws IOException {
    String[] lines = markdown.split("\n", -1);
    assertThat(lines[0]).isEqualTo("---");
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    int i = 1;
    for (; !lines[i].equals("---"); i++) {
      int colon = lines[i].indexOf(": ");
      assertThat(colon).as("line %s: %s", i, lines[i]).isPositive();
      String key = lines[i].substring(0, colon);
      assertThat(key).matches("[a-z_]+");
      fields.put(key, JSON.readTree(lines[i].substring(colon + 2)));
    }
    return fields;
  }

  private static String afterFrontMatter(String markdown) {
    int close = markdown.indexOf("\n---\n", 3);
    return markdown.substring(close + "\n---\n".length());
  }
}
