package dev.newstidy.cli;

import static dev.newstidy.cli.InputFormatsTest.records;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The structured inputs end to end: titles, bodies, dates and fields as the records come out. */
class StructuredInputsTest {
  @TempDir Path temp;

  @Test
  void aJsonLinesTitleFieldBecomesTheHeadline() throws IOException {
    Path pages = temp.resolve("pages.jsonl");
    Files.writeString(
        pages,
        "{\"id\":\"p1\",\"title\":\"青川新区开园\",\"text\":\"青川新区昨日开园,首批企业入驻。\\n\\n园区负责人介绍,全年计划引进项目二十个。\"}\n"
            + "{\"id\":\"p2\",\"name\":\"柳河镇修桥\",\"title\":\"不是标题\",\"text\":\"柳河镇新桥今日通车,村民出行更方便。\"}\n");

    List<JsonNode> byDefault = records(CliRun.of("clean", "-o", "-", pages.toString()).out());
    List<JsonNode> named = records(CliRun.of("clean", "-o", "-", "--title-field", "name", pages.toString()).out());

    assertThat(byDefault.get(0).get("title").asText()).isEqualTo("青川新区开园");
    assertThat(byDefault.get(0).get("body")).hasSize(2);
    assertThat(byDefault.get(0).get("flags")).isEmpty();
    assertThat(byDefault.get(0).get("source").get("fields").toString()).isEqualTo("{\"id\":\"p1\"}");
    assertThat(named.get(1).get("title").asText()).isEqualTo("柳河镇修桥");
    assertThat(named.get(1).get("source").get("fields").toString()).isEqualTo("{\"id\":\"p2\",\"title\":\"不是标题\"}");
  }

  @Test
  void aTextFileThatReadsAsOneScrapedPageIsTriagedAsAPage() throws IOException {
    Path page = temp.resolve("page.txt");
    Files.writeString(
        page,
        "首页 | 新闻 | 本地 | 图片\n您的位置:首页 > 新闻\n青石镇新桥通车\n2024-03-02 10:30 来源:临江日报\n\n"
            + "青石镇新桥昨日正式通车,沿线三个村的村民出行从此方便了许多。\n\n"
            + "新桥全长一百二十米,由县交通局牵头建设,历时十个月完工。\n\n扫一扫 分享\n相关新闻\n");
    Path dump = temp.resolve("dump.txt");
    Files.writeString(
        dump,
        "青石镇新桥通车\n\n青石镇新桥昨日正式通车,沿线三个村的村民出行从此方便了许多。\n\n"
            + "临江中学新校区启用\n\n临江中学新校区昨日正式启用,全校一千二百名师生搬进了新教学楼。\n");

    List<JsonNode> pageRecords = records(CliRun.of("clean", "-o", "-", page.toString()).out());
    List<JsonNode> dumpRecords = records(CliRun.of("clean", "-o", "-", dump.toString()).out());

    assertThat(pageRecords).hasSize(1);
    assertThat(pageRecords.get(0).get("title").asText()).isEqualTo("青石镇新桥通车");
    assertThat(pageRecords.get(0).get("body").toString()).doesNotContain("首页", "扫一扫", "相关新闻");
    assertThat(pageRecords.get(0).get("removed").toString()).contains("boilerplate", "您的位置");
    assertThat(dumpRecords.toString()).contains("沿线三个村", "临江中学新校区启用", "一千二百名师生").doesNotContain("boilerplate");
  }

  @Test
  void readsAJsonArrayOfArticles() throws IOException {
    Path articles = temp.resolve("ninjs.json");
    Files.writeString(
        articles,
        "[{\"uri\":\"urn:test:1\",\"headline\":\"Harbin mill cuts output\",\"body_text\":\"The Harbin steel mill said on"
            + " Monday it would cut output by a tenth.\\n\\nThe mill employs 3,000 people in the city.\"},\n"
            + " {\"uri\":\"urn:test:2\",\"headline\":\"柳河新桥通车\",\"body_text\":\"柳河镇新桥今日通车,村民出行更方便。\"}]");

    CliRun run = CliRun.of("clean", "-o", "-", articles.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<JsonNode> records = records(run.out());
    assertThat(records).extracting(r -> r.get("title").asText()).containsExactly("Harbin mill cuts output", "柳河新桥通车");
    assertThat(records.get(0).get("body").get(1).get("text").asText()).isEqualTo("The mill employs 3,000 people in the city.");
    assertThat(records.get(1).get("source").get("record").asInt()).isEqualTo(2);
    assertThat(records.get(1).get("source").get("fields").get("uri").asText()).isEqualTo("urn:test:2");
  }

  @Test
  void readsAGbkSogouCollectionWithTheDocumentedCommand() throws IOException {
    String doc =
        "<doc>\n<url>http://news.example.test/liuhe?id=%d&from=home</url>\n<docno>n%d</docno>\n"
            + "<contenttitle>柳河新桥第%d期通车</contenttitle>\n"
            + "<content>　　柳河镇新桥第%d期今日通车,村民出行更方便。\uE40C　　镇长李平说,新桥第%d期由县里出资修建。</content>\n</doc>\n";
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 40; i++) {
      text.append(String.format(doc, i, i, i, i, i));
    }
    Path dat = temp.resolve("news.sohunews.010806.txt");
    Files.write(dat, text.toString().getBytes(Charset.forName("GBK")));

    CliRun run =
        CliRun.of(
            "clean", "-o", "-", "--input-format", "xml", "--record-element", "doc", "--title-field", "contenttitle",
            "--text-field", "content", dat.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<JsonNode> records = records(run.out());
    assertThat(records).hasSize(40);
    JsonNode first = records.get(0);
    assertThat(first.get("title").asText()).isEqualTo("柳河新桥第1期通车");
    assertThat(first.get("body")).extracting(p -> p.get("text").asText())
        .containsExactly("柳河镇新桥第1期今日通车,村民出行更方便。", "镇长李平说,新桥第1期由县里出资修建。");
    assertThat(first.get("source").get("encoding").asText()).isEqualTo("GB18030");
    assertThat(first.get("source").get("fields").toString())
        .isEqualTo("{\"url\":\"http://news.example.test/liuhe?id=1&from=home\",\"docno\":\"n1\"}");
  }

  @Test
  void readsReutersSgmlWithItsDateline() throws IOException {
    Path sgm = temp.resolve("reut2-000.sgm");
    Files.writeString(sgm, dev.newstidy.input.Fixtures.WIRE);

    List<JsonNode> records = records(CliRun.of("clean", "-o", "-", sgm.toString()).out());

    JsonNode story = records.get(0);
    assertThat(story.get("title").asText()).isEqualTo("HARBIN MILL CUTS OUTPUT <HMC>");
    assertThat(story.get("dateline").asText()).isEqualTo("HARBIN, March 2");
    assertThat(story.get("body")).extracting(p -> p.get("text").asText())
        .containsExactly(
            "The Harbin steel mill said it would cut output by a tenth this year, citing weak demand from builders.",
            "The mill, which employs 3,000 people, said the cut would start in April, a spokesman told Reuters.");
    assertThat(story.get("source").get("fields").get("NEWID").asText()).isEqualTo("7");
    assertThat(story.get("source").get("fields").get("DATE").asText()).isEqualTo("2-MAR-1987 09:15:00.12");
  }

  @Test
  void readsAGzippedWetFile() throws IOException {
    Path wet = temp.resolve("CC-MAIN-test.warc.wet.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(wet))) {
      out.write(dev.newstidy.input.Fixtures.WET.getBytes(StandardCharsets.UTF_8));
    }

    List<JsonNode> records = records(CliRun.of("clean", "-o", "-", wet.toString()).out());

    assertThat(records).hasSize(2);
    JsonNode fields = records.get(0).get("source").get("fields");
    assertThat(fields.get("url").asText()).isEqualTo("https://example.test/liuhe");
    assertThat(fields.get("date").asText()).isEqualTo("2024-03-02T08:00:00Z");
    assertThat(records.get(1).get("body").toString()).contains("The county said twenty firms would move in.");
  }

  @Test
  void eachFrontMatterGoesToItsOwnPagesArticle() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("pages"));
    Files.writeString(
        folder.resolve("1.md"),
        "---\ntitle: 青川新区开园\ndate: 2024-03-02\nsource: 青川日报\nurl: https://example.test/qc\n---\n\n"
            + "青川新区昨日开园,首批企业入驻。\n\n园区负责人介绍,全年计划引进项目二十个。\n");
    Files.writeString(
        folder.resolve("2.md"),
        "---\ntitle: \"柳河镇修桥\"\ndate: 2024-03-03\nsource: 柳河晚报\n---\n\n# 柳河镇修桥\n\n柳河镇新桥今日通车,村民出行更方便。\n");

    List<JsonNode> records = records(CliRun.of("clean", "-o", "-", folder.toString()).out());

    assertThat(records).hasSize(2);
    JsonNode first = records.get(0);
    assertThat(first.get("title").asText()).isEqualTo("青川新区开园");
    assertThat(first.get("date").asText()).isEqualTo("2024-03-02");
    assertThat(first.get("publisher").asText()).isEqualTo("青川日报");
    assertThat(first.get("source").get("fields").get("url").asText()).isEqualTo("https://example.test/qc");
    assertThat(first.get("body")).hasSize(2);
    JsonNode second = records.get(1);
    assertThat(second.get("title").asText()).isEqualTo("柳河镇修桥");
    assertThat(second.get("date").asText()).isEqualTo("2024-03-03");
    assertThat(second.get("publisher").asText()).isEqualTo("柳河晚报");
    assertThat(second.get("source").has("fields")).isFalse();
    assertThat(second.get("body").toString()).doesNotContain("title").doesNotContain("---");
  }

  @Test
  void strictStopsAtAMalformedXmlRecordWithExitThree() throws IOException {
    Path xml = temp.resolve("news.xml");
    Files.writeString(xml, "<doc><content>第一条。</content></doc>\n<doc><content>未闭合 <b>粗体</content></doc>\n");

    CliRun lenient = CliRun.of("clean", "-o", "-", xml.toString());
    CliRun strict = CliRun.of("clean", "--strict", "-o", "-", xml.toString());

    assertThat(lenient.exitCode()).isZero();
    assertThat(lenient.err()).contains("warning: " + xml + ":2: malformed XML");
    assertThat(records(lenient.out())).hasSize(1);
    assertThat(strict.exitCode()).isEqualTo(3);
    assertThat(strict.err()).startsWith("error: " + xml + ":2: malformed XML");
  }

  @Test
  void aBadRecordElementOrEmptyTitleFieldIsAUsageError() throws IOException {
    Path xml = Files.writeString(temp.resolve("news.xml"), "<doc><content>正文。</content></doc>\n");

    CliRun element = CliRun.of("clean", "-o", "-", "--record-element", "<doc>", xml.toString());
    CliRun title = CliRun.of("clean", "-o", "-", "--title-field", "", xml.toString());

    assertThat(element.exitCode()).isEqualTo(2);
    assertThat(element.err()).contains("--record-element must be an XML element name");
    assertThat(title.exitCode()).isEqualTo(2);
    assertThat(element.out()).isEmpty();
  }

  @Test
  void statsCountsTheRecordsReadAndSkipped() throws IOException {
    Path sgm = temp.resolve("reut2-000.sgm");
    Files.writeString(sgm, dev.newstidy.input.Fixtures.WIRE + "<REUTERS NEWID=\"9\"><DATE>x</DATE></REUTERS>\n");

    CliRun run = CliRun.of("stats", "--json", "-q", sgm.toString());

    JsonNode input = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()).get("inputs").get(0);
    assertThat(input.get("records").asInt()).isEqualTo(2);
    assertThat(input.get("malformed").asInt()).isEqualTo(1);
  }

  @Test
  void stdinIsSniffedForAJsonArray() {
    CliRun run = CliRun.withStdin("[{\"title\":\"柳河新桥通车\",\"text\":\"柳河镇新桥今日通车。\"}]", "clean", "-o", "-", "-");

    assertThat(run.out()).contains("\"title\":\"柳河新桥通车\"");
  }
}
