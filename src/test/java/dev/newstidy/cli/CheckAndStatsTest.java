package dev.newstidy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} as a CI gate, {@code stats}, {@code --report} and the summary line. */
class CheckAndStatsTest {
  /** One clean article, one truncated article, and an untitled item after a byline. */
  private static final String DUMP =
      String.join(
          "\n",
          "# 北坡村修通产业路",
          "",
          "北坡村的产业路日前全线贯通,果农的苹果可以直接装车运往城里。村民们说,路通了,心也亮了。许安 曹宁",
          "",
          "村里的苹果合作社今年吸收社员八十余户。",
          "",
          "# 东河镇启动冬季清淤",
          "",
          "东河镇组织力量对镇区主要河道开展冬季清淤,计划清理淤泥三万立方米,同时对沿岸",
          "");

  private static final String CLEAN =
      "# 西岭镇举办农民夜校\n\n西岭镇农民夜校本周开课,首期课程讲授果树修剪技术。何伟 田甜\n";

  @TempDir Path temp;

  @Test
  void checkPrintsFindingsAsPathLineKindMessageAndFailsOnTheNamedKind() throws IOException {
    Path dump = Files.writeString(temp.resolve("dump.txt"), DUMP);

    CliRun run = CliRun.of("check", "--fail-on", "truncated", dump.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines())
        .containsExactly(
            dump + ":5: untitled: article 2 has no headline",
            dump + ":9: truncated: article 3 ends in mid-sentence: \"…清淤,计划清理淤泥三万立方米,同时对沿岸\"");
    assertThat(run.err()).contains("3 articles from 1 file");
  }

  @Test
  void checkPassesWhenNoFindingIsOfAFailingKind() throws IOException {
    Path dump = Files.writeString(temp.resolve("dump.txt"), DUMP);

    CliRun run = CliRun.of("check", "--fail-on", "duplicate,invalid-utf8", "--quiet", dump.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isNotEmpty();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void checkFailsOnEveryKindWithoutFailOnAndPassesACleanDump() throws IOException {
    Path dump = Files.writeString(temp.resolve("dump.txt"), DUMP);
    Path clean = Files.writeString(temp.resolve("clean.txt"), CLEAN);

    assertThat(CliRun.of("check", dump.toString()).exitCode()).isEqualTo(1);
    CliRun passing = CliRun.of("check", clean.toString());
    assertThat(passing.exitCode()).isZero();
    assertThat(passing.out()).isEmpty();
  }

  @Test
  void checkNamesThePageForJsonLinesInputs() throws IOException {
    Path pages = Files.writeString(temp.resolve("p.jsonl"), "{\"text\":\"# 标题\\n\\n没有写完的正文,\"}\n");

    CliRun run = CliRun.of("check", pages.toString());

    assertThat(run.out()).isEqualTo(pages + ":1: truncated: article 1 ends in mid-sentence: \"…没有写完的正文,\" (line 3 of the page)\n");
  }

  @Test
  void maxDuplicateRatioFailsWhenRepeatsExceedTheShareOfBlocks() throws IOException {
    String block = "这是一段会被重复抓取的正文,长度超过二十个字符。";
    Path dump = Files.writeString(temp.resolve("dump.txt"), "# 题\n\n" + block + "\n\n" + block + "\n\n" + block + "\n");

    CliRun loose = CliRun.of("check", "--fail-on", "truncated", "--max-duplicate-ratio", "0.9", dump.toString());
    CliRun tight = CliRun.of("check", "--fail-on", "truncated", "--max-duplicate-ratio", "0.2", dump.toString());

    assertThat(loose.exitCode()).isZero();
    assertThat(tight.exitCode()).isEqualTo(1);
    assertThat(tight.err()).contains("0.500 of blocks removed as repeats, above --max-duplicate-ratio 0.2");
  }

  @Test
  void checkReportsKnownMojibakeAsItsOwnKind() throws IOException {
    Path dump =
        Files.writeString(
            temp.resolve("dump.txt"),
            "# 青禾县新闻\n\n新任市长邹?明今天到青禾县调研，走访了三个村。\n\n青禾縣的經(jīng)濟發(fā)展很快，今年又建了新廠。\n");

    CliRun run = CliRun.of("check", "--fail-on", "mojibake", dump.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines())
        .containsExactly(
            dump + ":3: mojibake: gbk-round-trip: characters lost in a GBK round trip: \"邹?明\"",
            dump + ":5: mojibake: pinyin-insertion: pinyin inserted by a script converter: \"經(jīng)濟\"");
    assertThat(CliRun.of("check", "--fail-on", "warning", "--quiet", dump.toString()).exitCode()).isZero();
  }

  @Test
  void unknownFailOnKindIsAUsageError() throws IOException {
    Path dump = Files.writeString(temp.resolve("dump.txt"), DUMP);

    CliRun run = CliRun.of("check", "--fail-on", "typos", dump.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown kind 'typos'");
  }

  @Test
  void statsPrintsTheSummaryOnStdoutAndWritesNothing() throws IOException {
    Path dump = Files.writeString(temp.resolve("dump.txt"), DUMP);

    CliRun run = CliRun.of("stats", "--quiet", dump.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).matches("3 articles from 1 file · 0 repeated paragraphs removed · 0 joins · 1 truncated · \\d+\\.\\d s\\n");
    try (var files = Files.list(temp)) {
      assertThat(files).hasSize(1);
    }
  }

  @Test
  void statsJsonAndReportShareOneMachineReadableShape() throws IOException {
    Path dump = Files.writeString(temp.resolve("dump.txt"), DUMP);
    Path report = temp.resolve("run.json");

    JsonNode stats = new ObjectMapper().readTree(CliRun.of("stats", "--json", "-q", dump.toString()).out());
    CliRun.of("clean", "-q", "-o", temp.resolve("out").toString(), "--report", report.toString(), dump.toString());
    JsonNode written = new ObjectMapper().readTree(report.toFile());

    for (JsonNode r : new JsonNode[] {stats, written}) {
      assertThat(r.get("articles").asInt()).isEqualTo(3);
      assertThat(r.get("flags").get("truncated").asInt()).isEqualTo(1);
      assertThat(r.get("flags").get("untitled").asInt()).isEqualTo(1);
      assertThat(r.get("inputs").get(0).get("bytes").asLong()).isEqualTo(Files.size(dump));
      assertThat(r.get("inputs").get(0).get("compression").asText()).isEqualTo("none");
      assertThat(r.has("seconds") && r.has("mb_per_second")).isTrue();
    }
  }
}
