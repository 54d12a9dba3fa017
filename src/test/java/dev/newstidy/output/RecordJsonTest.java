package dev.newstidy.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
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
import dev.newstidy.model.Join;
import dev.newstidy.model.Metadata;
import dev.newstidy.model.Part;
import dev.newstidy.model.Removal;
import dev.newstidy.model.RemovalReason;
import dev.newstidy.model.SourceSpan;
import dev.newstidy.model.Warning;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PATH = "dumps/paper.txt";

  @Test
  void writesTopLevelFieldsInContractOrder() throws IOException {
    JsonNode record = write(9, fullArticle(), true, null);

    assertThat(fieldNames(record))
        .containsExactly(
            "schema",
            "id",
            "lang",
            "title",
            "subtitle",
            "byline",
            "dateline",
            "date",
            "publisher",
            "authors",
            "editors",
            "reviewers",
            "url",
            "body",
            "flags",
            "source",
            "removed",
            "joins",
            "warnings");
    assertThat(record.get("schema").asInt()).isEqualTo(RecordJson.SCHEMA);
    assertThat(record.get("id").asLong()).isEqualTo(9);
  }

  @Test
  void writesBylineWithNamesRolesAndCredits() throws IOException {
    JsonNode byline = write(1, fullArticle(), true, null).get("byline");

    assertThat(fieldNames(byline)).containsExactly("text", "names", "roles", "credits");
    assertThat(byline.get("text").asText()).isEqualTo("记者 王明 海工宣");
    assertThat(byline.get("names")).extracting(JsonNode::asText).containsExactly("王明", "海工宣");
    assertThat(byline.get("roles")).extracting(JsonNode::asText).containsExactly("记者");
    JsonNode credits = byline.get("credits");
    assertThat(fieldNames(credits.get(0))).containsExactly("name", "role", "kind");
    assertThat(credits.get(0).get("kind").asText()).isEqualTo("person");
    assertThat(credits.get(1).get("role").isNull()).isTrue();
    assertThat(credits.get(1).get("kind").asText()).isEqualTo("organisation");
  }

  @Test
  void writesBodyPartsWithKindAndText() throws IOException {
    JsonNode body = write(1, fullArticle(), true, null).get("body");

    assertThat(fieldNames(body.get(0))).containsExactly("kind", "text");
    assertThat(body)
        .extracting(part -> part.get("kind").asText())
        .containsExactly("heading", "paragraph");
    assertThat(body)
        .extracting(part -> part.get("text").asText())
        .containsExactly("一、强化组织保障", "县里成立了专班。");
  }

  @Test
  void writesSourceRemovalsJoinsAndWarnings() throws IOException {
    JsonNode record = write(1, fullArticle(), true, null);

    assertThat(fieldNames(record.get("source"))).containsExactly("path", "first_line", "last_line", "encoding");
    assertThat(record.get("source").get("first_line").asInt()).isEqualTo(1);
    assertThat(record.get("source").get("last_line").asInt()).isEqualTo(12);

    JsonNode removal = record.get("removed").get(0);
    assertThat(fieldNames(removal)).containsExactly("reason", "line", "text", "first_seen");
    assertThat(removal.get("reason").asText()).isEqualTo("duplicate");
    assertThat(removal.get("line").asInt()).isEqualTo(8);
    assertThat(fieldNames(removal.get("first_seen"))).containsExactly("path", "line");
    assertThat(removal.get("first_seen").get("path").asText()).isEqualTo("earlier.txt");
    assertThat(removal.get("first_seen").get("line").asInt()).isEqualTo(3);

    JsonNode join = record.get("joins").get(0);
    assertThat(fieldNames(join)).containsExactly("line", "next_line");
    assertThat(join.get("next_line").asInt()).isEqualTo(6);

    JsonNode warning = record.get("warnings").get(0);
    assertThat(fieldNames(warning)).containsExactly("code", "line", "message");
    assertThat(warning.get("code").asText()).isEqualTo("doubled-word");
  }

  @Test
  void writesFlagsByWireName() throws IOException {
    JsonNode flags = write(1, fullArticle(), true, null).get("flags");

    assertThat(flags).extracting(JsonNode::asText).containsExactly("untitled", "truncated");
  }

  @Test
  void writesMetadataNotYetReadAsNullAndEmptyList() throws IOException {
    JsonNode record = write(1, fullArticle(), true, null);

    assertThat(record.get("dateline").isNull()).isTrue();
    assertThat(record.get("date").isNull()).isTrue();
    assertThat(record.get("publisher").isNull()).isTrue();
    assertThat(record.get("editors").isArray()).isTrue();
    assertThat(record.get("editors")).isEmpty();
  }

  @Test
  void writesNullForAbsentTitleSubtitleAndByline() throws IOException {
    Article bare =
        Article.of(
            null,
            SourceSpan.of(PATH, 2, 2),
            List.of(Part.paragraph("图片新闻。", SourceSpan.of(PATH, 2, 2))));

    JsonNode record = write(1, bare, true, null);

    assertThat(record.get("title").isNull()).isTrue();
    assertThat(record.get("subtitle").isNull()).isTrue();
    assertThat(record.get("byline").isNull()).isTrue();
  }

  @Test
  void manifestLineNamesFileAndLeavesBodyOut() throws IOException {
    JsonNode record = write(3, fullArticle(), false, "000003-标题.md");

    assertThat(fieldNames(record)).containsSubsequence("id", "file", "lang").doesNotContain("body");
    assertThat(record.get("file").asText()).isEqualTo("000003-标题.md");
  }

  @Test
  void tellsLanguageFromHeadlineAndBody() throws IOException {
    Article english =
        Article.of(
            "Bridge Reopens",
            SourceSpan.of(PATH, 1, 1),
            List.of(Part.paragraph("The bridge reopened.", SourceSpan.of(PATH, 1, 1))));
    Article empty = Article.of(null, SourceSpan.of(PATH, 1, 1), List.of());

    assertThat(write(1, fullArticle(), true, null).get("lang").asText()).isEqualTo("zh-Hans");
    assertThat(write(1, english, true, null).get("lang").asText()).isEqualTo("en");
    assertThat(write(1, empty, true, null).get("lang").asText()).isEqualTo("und");
  }

  @Test
  void writesRecordNumberOfJsonLinesInput() throws IOException {
    SourceSpan inRecord = new SourceSpan("dump.jsonl", 4, 1, 3);
    Article article = Article.of("标题", inRecord, List.of(Part.paragraph("正文。", inRecord)));

    JsonNode source = write(1, article, true, null).get("source");

    assertThat(fieldNames(source)).containsExactly("path", "record", "first_line", "last_line", "encoding");
    assertThat(source.get("record").asLong()).isEqualTo(4);
  }

  @Test
  void tellsSimplifiedFromTraditional() throws IOException {
    Article traditional =
        Article.of(
            "臨江縣新橋通車",
            SourceSpan.of(PATH, 1, 2),
            List.of(Part.paragraph("這座橋連接兩個鄉鎮，居民過河不再繞路。", SourceSpan.of(PATH, 2, 2))));
    // Look-alike: a simplified text quoting one traditional name stays simplified.
    Article simplified =
        Article.of(
            "临江县新桥通车",
            SourceSpan.of(PATH, 1, 2),
            List.of(Part.paragraph("这座桥连接两个乡镇，《臨江報》也作了报道。", SourceSpan.of(PATH, 2, 2))));

    assertThat(write(1, traditional, true, null).get("lang").asText()).isEqualTo("zh-Hant");
    assertThat(write(1, simplified, true, null).get("lang").asText()).isEqualTo("zh-Hans");
  }

  @Test
  void writesAuthorsAsThePersonsTheBylineCredits() throws IOException {
    JsonNode record = write(1, fullArticle(), true, null);

    assertThat(record.get("authors")).extracting(JsonNode::asText).containsExactly("王明");
    assertThat(record.get("reviewers")).isEmpty();
  }

  @Test
  void writesReviewersAndUrlFromMetadata() throws IOException {
    Article article =
        fullArticle()
            .withMetadata(
                new Metadata(null, null, "临江日报", ImmutableList.of("苏立"), ImmutableList.of("魏青", "罗华"), "https://news.example/a/1"));

    JsonNode record = write(1, article, true, null);

    assertThat(record.get("reviewers")).extracting(JsonNode::asText).containsExactly("魏青", "罗华");
    assertThat(record.get("url").asText()).isEqualTo("https://news.example/a/1");
  }

  @Test
  void takesUrlFromThePagesFieldWhenNoLineNamedIt() throws IOException {
    Origin page = new Origin("UTF-8", com.google.common.collect.ImmutableMap.of("url", "\"https://news.example/p/2\""));
    Origin object = new Origin("UTF-8", com.google.common.collect.ImmutableMap.of("url", "{\"href\":\"x\"}"));
    Origin number = new Origin("UTF-8", com.google.common.collect.ImmutableMap.of("url", "20240318"));

    assertThat(RecordJson.urlOf(fullArticle(), page)).isEqualTo("https://news.example/p/2");
    assertThat(RecordJson.urlOf(fullArticle(), number)).isEqualTo("20240318");
    assertThat(RecordJson.urlOf(fullArticle(), object)).isNull();
    assertThat(RecordJson.urlOf(fullArticle(), Origin.UTF8)).isNull();
  }

  private static Article fullArticle() {
    SourceSpan source = SourceSpan.of(PATH, 1, 12);
    return new Article(
        "标题",
        "副题",
        new Byline(
            "记者 王明 海工宣",
            ImmutableList.of(
                new Credit("王明", "记者", CreditKind.PERSON),
                new Credit("海工宣", null, CreditKind.ORGANISATION))),
        ImmutableList.of(
            Part.heading("一、强化组织保障", SourceSpan.of(PATH, 3, 3)),
            Part.paragraph("县里成立了专班。", SourceSpan.of(PATH, 5, 6))),
        ImmutableSet.of(Flag.TRUNCATED, Flag.UNTITLED),
        source,
        ImmutableList.of(
            new Removal(
                RemovalReason.DUPLICATE,
                SourceSpan.of(PATH, 8, 8),
                "重复的一段话。",
                SourceSpan.of("earlier.txt", 3, 4))),
        ImmutableList.of(new Join(5, 6)),
        ImmutableList.of(new Warning("doubled-word", 5, "doubled word \"探索探索\"")));
  }

  private static JsonNode write(long id, Article article, boolean withBody, String file)
      throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = JsonStreams.generator(out)) {
      RecordJson.write(generator, id, article, Origin.UTF8, withBody, file);
    }
    return JSON.readTree(out.toString());
  }

  private static List<String> fieldNames(JsonNode node) {
    return ImmutableList.copyOf(node.fieldNames());
  }
}
