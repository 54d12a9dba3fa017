package dev.newstidy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The inputs scrapers produce: compressed files and stdin, JSON Lines pages, other encodings. */
class InputFormatsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String DUMP =
      "# 南湖公园完成改造\n\n南湖公园改造工程日前完工,新增步道三公里,沿湖种植花木两千余株,市民休闲又多了一个好去处。\n\n"
          + "园区还增设了儿童游乐区和健身器材,周末前来游玩的市民络绎不绝。周敏 韩涛\n";

  @TempDir Path temp;

  @ParameterizedTest
  @ValueSource(strings = {"gzip", "bzip2", "xz", "zstd"})
  void readsEachCompressedFormatByItsMagicBytesWhateverItsName(String format) throws IOException {
    Path dump = temp.resolve("dump-" + format + ".txt");
    Files.write(dump, compress(format, DUMP.getBytes(StandardCharsets.UTF_8)));

    CliRun run = CliRun.of("clean", "-o", "-", dump.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<JsonNode> records = records(run.out());
    assertThat(records).hasSize(1);
    assertThat(records.get(0).get("byline").get("names").toString()).isEqualTo("[\"周敏\",\"韩涛\"]");
  }

  @Test
  void readsCompressedStdin() throws IOException {
    CliRun run = CliRun.withStdin(compress("gzip", DUMP.getBytes(StandardCharsets.UTF_8)), "clean", "-o", "-", "-");

    assertThat(records(run.out())).hasSize(1);
    assertThat(records(run.out()).get(0).get("source").get("path").asText()).isEqualTo("-");
  }

  @Test
  void carriesJsonLinesFieldsAndCountsLinesWithinEachPage() throws IOException {
    Path pages = temp.resolve("pages.jsonl.zst");
    String jsonl =
        "{\"id\":\"a1\",\"url\":\"https://example.test/a1\",\"text\":\"# 第一页标题\\n\\n第一页正文,内容完整。\"}\n"
            + "\n"
            + "{\"id\":\"a2\",\"date\":\"2024-05-06\",\"text\":\"# 第二页标题\\n\\n第一页正文,内容完整。\\n\\n第二页还有一段新的正文。\"}\n";
    Files.write(pages, compress("zstd", jsonl.getBytes(StandardCharsets.UTF_8)));

    CliRun run = CliRun.of("clean", "-o", "-", "--min-repeat-chars", "5", pages.toString());

    List<JsonNode> records = records(run.out());
    assertThat(records).hasSize(2);
    JsonNode first = records.get(0).get("source");
    assertThat(first.get("record").asInt()).isEqualTo(1);
    assertThat(first.get("first_line").asInt()).isEqualTo(1);
    assertThat(first.get("fields").toString()).isEqualTo("{\"id\":\"a1\",\"url\":\"https://example.test/a1\"}");
    JsonNode second = records.get(1);
    assertThat(second.get("source").get("record").asInt()).isEqualTo(3);
    assertThat(second.get("source").get("fields").get("date").asText()).isEqualTo("2024-05-06");
    JsonNode removed = second.get("removed").get(0);
    assertThat(removed.get("record").asInt()).isEqualTo(3);
    assertThat(removed.get("line").asInt()).isEqualTo(3);
    assertThat(removed.get("first_seen").toString())
        .isEqualTo("{\"path\":\"" + pages + "\",\"record\":1,\"line\":3}");
  }

  @Test
  void malformedJsonLineIsWarnedCountedAndSkipped() throws IOException {
    Path pages = temp.resolve("pages.ndjson");
    Files.writeString(pages, "{\"text\":\"第一页正文。\"}\n{not json\n{\"body\":\"没有正文字段\"}\n{\"text\":\"第三页正文。\"}\n");
    Path report = temp.resolve("report.json");

    CliRun run = CliRun.of("clean", "-o", "-", "--report", report.toString(), pages.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("warning: " + pages + ":2: malformed JSON").contains("warning: " + pages + ":3: no \"text\" string field");
    assertThat(records(run.out())).hasSize(2);
    JsonNode input = JSON.readTree(report.toFile()).get("inputs").get(0);
    assertThat(input.get("records").asInt()).isEqualTo(2);
    assertThat(input.get("malformed").asInt()).isEqualTo(2);
  }

  @Test
  void strictStopsAtAMalformedJsonLineWithExitThree() throws IOException {
    Path pages = temp.resolve("pages.jsonl");
    Files.writeString(pages, "{\"text\":\"第一页正文。\"}\n{not json\n");

    CliRun run = CliRun.of("clean", "--strict", "-o", "-", pages.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).startsWith("error: " + pages + ":2: malformed JSON");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"text\":\"第二页正文。\"}{\"text\":\"第三页正文。\"}", "{\"text\":\"第二页正文。\"} 尾巴"})
  void secondObjectOrTrailingTextOnALineIsMalformed(String line) throws IOException {
    Path pages = temp.resolve("pages.jsonl");
    Files.writeString(pages, "{\"text\":\"第一页正文。\"}\n" + line + "\n");
    Path report = temp.resolve("report.json");

    CliRun run = CliRun.of("clean", "-o", "-", "--report", report.toString(), pages.toString());
    CliRun strict = CliRun.of("clean", "--strict", "-o", "-", pages.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("warning: " + pages + ":2: malformed JSON");
    assertThat(records(run.out())).hasSize(1);
    assertThat(JSON.readTree(report.toFile()).get("inputs").get(0).get("malformed").asInt()).isEqualTo(1);
    assertThat(strict.exitCode()).isEqualTo(3);
    assertThat(strict.err()).startsWith("error: " + pages + ":2: malformed JSON");
  }

  @Test
  void loneSurrogateEscapeIsWarnedAndStrictStops() throws IOException {
    Path pages = temp.resolve("pages.jsonl");
    Files.writeString(pages, "{\"text\":\"第一页\\ud800正文。\",\"src\":\"\\udc00\"}\n{\"text\":\"表情\\ud83d\\ude00成对。\"}\n");

    CliRun run = CliRun.of("clean", "-o", "-", pages.toString());
    CliRun strict = CliRun.of("clean", "--strict", "-o", "-", pages.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("warning: " + pages + ":1: lone surrogate").doesNotContain(pages + ":2:");
    assertThat(records(run.out()).get(0).get("body").toString()).contains("第一页\ufffd正文");
    assertThat(records(run.out()).get(1).get("body").toString()).contains("表情\ud83d\ude00成对");
    assertThat(strict.exitCode()).isEqualTo(3);
    assertThat(strict.err()).startsWith("error: " + pages + ":1: lone surrogate");
  }

  @Test
  void lineOverMaxLineBytesIsCutWithAWarningOrStopsAStrictRun() throws IOException {
    Path dump = temp.resolve("dump.txt");
    Files.writeString(dump, "# 石桥村修路\n\n" + "石桥村新修道路。".repeat(1000) + "\n\n村民出行更方便了。\n");

    CliRun run = CliRun.of("clean", "-o", "-", "--max-line-bytes", "2K", dump.toString());
    CliRun strict = CliRun.of("clean", "--strict", "-o", "-", "--max-line-bytes", "2K", dump.toString());
    CliRun tooSmall = CliRun.of("clean", "-o", "-", "--max-line-bytes", "10", dump.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("warning: " + dump + ":3: line of 24000 bytes is over --max-line-bytes 2048; cut");
    assertThat(records(run.out()).get(0).get("body").toString()).contains("村民出行更方便了");
    assertThat(strict.exitCode()).isEqualTo(3);
    assertThat(strict.err()).startsWith("error: " + dump + ":3: line of 24000 bytes is over --max-line-bytes 2048 (--strict)");
    assertThat(tooSmall.exitCode()).isEqualTo(2);
  }

  @Test
  void jsonLineOverMaxLineBytesIsCutAndSoMalformed() throws IOException {
    Path pages = temp.resolve("pages.jsonl");
    Files.writeString(pages, "{\"text\":\"" + "长".repeat(1000) + "\"}\n{\"text\":\"第二页正文。\"}\n");

    CliRun run = CliRun.of("clean", "-o", "-", "--max-line-bytes", "1K", pages.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains(pages + ":1: line of 3011 bytes is over").contains(pages + ":1: malformed JSON");
    assertThat(records(run.out())).hasSize(1);
  }

  @Test
  void inputThatExpandsPastMaxInputBytesIsReadToTheLimitWithAWarningOrStopsAStrictRun() throws IOException {
    StringBuilder text = new StringBuilder("# 东坝村的新桥\n\n东坝村新桥通车,村民过河不再绕路。\n\n");
    for (int i = 0; text.length() < 200_000; i++) {
      text.append("第").append(i).append("段,桥面宽八米,两侧设有人行道。\n\n");
    }
    Path dump = temp.resolve("bridge.txt.zst");
    Files.write(dump, compress("zstd", text.toString().getBytes(StandardCharsets.UTF_8)));

    CliRun run = CliRun.of("clean", "-o", "-", "--max-input-bytes", "4K", dump.toString());
    CliRun strict = CliRun.of("clean", "--strict", "-o", "-", "--max-input-bytes", "4K", dump.toString());
    CliRun whole = CliRun.of("clean", "-o", "-", dump.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("warning: " + dump + ": holds more than --max-input-bytes 4096 after decompression; the rest is not read");
    assertThat(records(run.out()).get(0).get("source").get("last_line").asInt()).isLessThan(200);
    assertThat(strict.exitCode()).isEqualTo(3);
    assertThat(strict.err()).startsWith("error: " + dump + ": holds more than --max-input-bytes 4096");
    assertThat(whole.err()).doesNotContain("max-input-bytes");
  }

  @Test
  void textFieldNamesWhereThePageTextIs() throws IOException {
    Path pages = temp.resolve("pages.jsonl");
    Files.writeString(pages, "{\"content\":\"# 标题\\n\\n正文内容。\"}\n");

    CliRun run = CliRun.of("clean", "-o", "-", "--text-field", "content", pages.toString());

    assertThat(records(run.out()).get(0).get("title").asText()).isEqualTo("标题");
  }

  @Test
  void gb18030DumpGivesTheSameArticlesDetectedOrNamed() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      text.append(DUMP.replace("南湖公园", "南湖公园" + i)).append('\n');
    }
    Path utf8 = Files.writeString(temp.resolve("utf8.txt"), text, StandardCharsets.UTF_8);
    Path gb = temp.resolve("gb.txt");
    Files.write(gb, text.toString().getBytes(Charset.forName("GB18030")));

    List<JsonNode> original = withoutSource(records(CliRun.of("clean", "-o", "-", utf8.toString()).out()));
    CliRun detected = CliRun.of("clean", "-o", "-", gb.toString());
    CliRun named = CliRun.of("clean", "-o", "-", "--encoding", "GB18030", gb.toString());

    assertThat(detected.err()).contains("warning: " + gb + ": not UTF-8; decoded as detected GB18030");
    assertThat(withoutSource(records(detected.out()))).isEqualTo(original);
    assertThat(withoutSource(records(named.out()))).isEqualTo(original);
    assertThat(records(detected.out()).get(0).get("source").get("encoding").asText()).isEqualTo("GB18030");
  }

  @Test
  void utf16WithAByteOrderMarkIsReadNotSkippedAsBinary() throws IOException {
    Path dump = temp.resolve("utf16.txt");
    Files.write(dump, ("\uFEFF" + DUMP).getBytes(StandardCharsets.UTF_16LE));

    CliRun run = CliRun.of("clean", "-o", "-", dump.toString());

    assertThat(run.err()).doesNotContain("binary");
    assertThat(records(run.out()).get(0).get("title").asText()).isEqualTo("南湖公园完成改造");
    assertThat(records(run.out()).get(0).get("source").get("encoding").asText()).isEqualTo("UTF-16LE");
  }

  @Test
  void unknownEncodingIsAUsageError() throws IOException {
    Path dump = Files.writeString(temp.resolve("d.txt"), DUMP);

    CliRun run = CliRun.of("clean", "--encoding", "NO-SUCH-CHARSET", dump.toString());

    assertThat(run.exitCode()).isEqualTo(2);
  }

  @Test
  void foldersYieldEveryReadableFormatNarrowedByGlobs() throws IOException {
    Path folder = temp.resolve("dumps");
    Files.createDirectories(folder.resolve("b"));
    Files.writeString(folder.resolve("a.txt"), DUMP);
    Files.write(folder.resolve("b/c.jsonl.gz"), compress("gzip", "{\"text\":\"# 另一篇\\n\\n另一篇的正文。\"}\n".getBytes(StandardCharsets.UTF_8)));
    Files.writeString(folder.resolve("b/notes.csv"), "a,b\n");

    List<JsonNode> all = records(CliRun.of("clean", "-o", "-", folder.toString()).out());
    List<JsonNode> onlyJsonl = records(CliRun.of("clean", "-o", "-", "--include", "**/*.jsonl.gz", folder.toString()).out());
    List<JsonNode> noJsonl = records(CliRun.of("clean", "-o", "-", "--exclude", "*.gz", folder.toString()).out());

    assertThat(all).extracting(r -> r.get("title").asText()).containsExactly("南湖公园完成改造", "另一篇");
    assertThat(onlyJsonl).extracting(r -> r.get("title").asText()).containsExactly("另一篇");
    assertThat(noJsonl).extracting(r -> r.get("title").asText()).containsExactly("南湖公园完成改造");
  }

  static byte[] compress(String format, byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out =
        switch (format) {
          case "gzip" -> new GZIPOutputStream(bytes);
          case "bzip2" -> new BZip2CompressorOutputStream(bytes);
          case "xz" -> new XZCompressorOutputStream(bytes);
          case "zstd" -> new ZstdCompressorOutputStream(bytes);
          default -> throw new IllegalArgumentException(format);
        }) {
      out.write(data);
    }
    return bytes.toByteArray();
  }

  private static List<JsonNode> withoutSource(List<JsonNode> records) {
    records.forEach(r -> ((com.fasterxml.jackson.databind.node.ObjectNode) r).remove("source"));
    records.forEach(r -> r.get("removed").forEach(x -> ((com.fasterxml.jackson.databind.node.ObjectNode) x).remove("first_seen")));
    return records;
  }

  static List<JsonNode> records(String jsonLines) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    for (String line : jsonLines.lines().toList()) {
      if (!line.isBlank()) {
        records.add(JSON.readTree(line));
      }
    }
    return records;
  }
}
