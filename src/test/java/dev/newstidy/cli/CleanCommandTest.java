package dev.newstidy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newstidy clean} end to end: exit codes, stdout and stderr checked apart. */
class CleanCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Two short articles and an untitled photo item, in the reference dump's layout. */
  private static final String DUMP =
      String.join(
          "\n",
          "",
          "# 东湖新区开通夜间公交",
          "",
          "## ——方便市民晚间出行",
          "",
          "为方便市民晚间出行,东湖新区本月起开通三条夜间公交线路,运营时间延长至",
          "",
          "凌晨一点。线路覆盖新区主要商圈和居民小区。新区交通局负责人介绍说。张一鸣 李想",
          "",
          "",
          "",
          "清晨,环卫工人在东湖新区主干道上清扫落叶,确保道路整洁通畅。何佳 摄",
          "",
          "# 西山村举办丰收节",
          "",
          "西山村第三届丰收节昨日开幕,村民们带来了自家种的瓜果蔬菜参加评比活动。",
          "",
          "西山村第三届丰收节昨日开幕,村民们带来了自家种的瓜果蔬菜参加评比活动。",
          "");

  @TempDir Path temp;

  @Test
  void writesOneRecordPerArticleToStdoutAndNothingElse() throws IOException {
    Path dump = write("dump.txt", DUMP);

    CliRun run = CliRun.of("clean", "--output", "-", dump.toString());

    assertThat(run.exitCode()).isZero();
    List<JsonNode> records = records(run.out());
    assertThat(records).hasSize(3);
    assertThat(records.get(0).get("title").asText()).isEqualTo("东湖新区开通夜间公交");
    assertThat(records.get(0).get("subtitle").asText()).isEqualTo("方便市民晚间出行");
    assertThat(records.get(0).get("byline").get("names").toString()).isEqualTo("[\"张一鸣\",\"李想\"]");
    assertThat(records.get(0).get("joins")).hasSize(1);
    assertThat(records.get(1).get("title").isNull()).isTrue();
    assertThat(records.get(1).get("flags").toString()).isEqualTo("[\"untitled\"]");
    assertThat(records.get(2).get("removed").get(0).get("reason").asText()).isEqualTo("duplicate");
    assertThat(run.err()).contains("3 articles from 1 file").contains("1 repeated paragraph removed");
  }

  @Test
  void writesOneFilePerArticleAndAManifestIntoANewNestedFolder() throws IOException {
    Path dump = write("dump.txt", DUMP);
    Path out = temp.resolve("a/b/out");

    CliRun run = CliRun.of("clean", dump.toString(), "--output", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    List<JsonNode> manifest = records(Files.readString(out.resolve("manifest.jsonl")));
    assertThat(manifest).hasSize(3);
    assertThat(manifest.get(0).get("file").asText()).isEqualTo("000001-东湖新区开通夜间公交.md");
    assertThat(manifest.get(0).has("body")).isFalse();
    for (JsonNode line : manifest) {
      assertThat(out.resolve(line.get("file").asText())).isRegularFile();
    }
    assertThat(listing(out)).hasSize(4);
    String first = Files.readString(out.resolve("000001-东湖新区开通夜间公交.md"));
    assertThat(first).startsWith("---\n").contains("names: [\"张一鸣\",\"李想\"]").contains("\n# 东湖新区开通夜间公交\n");
    assertThat(first).doesNotContain("张一鸣 李想\n\n");
  }

  @Test
  void refusesAFolderHoldingAnEarlierRunUnlessOverwriteIsGiven() throws IOException {
    Path dump = write("dump.txt", DUMP);
    Path out = temp.resolve("out");
    assertThat(CliRun.of("clean", dump.toString(), "-o", out.toString()).exitCode()).isZero();
    List<String> before = listing(out);

    CliRun refused = CliRun.of("clean", dump.toString(), "-o", out.toString());

    assertThat(refused.exitCode()).isEqualTo(3);
    assertThat(refused.err()).startsWith("error: " + out + ": holds an earlier run's manifest.jsonl");
    assertThat(listing(out)).isEqualTo(before);
  }

  @Test
  void overwriteRemovesOnlyTheFilesTheEarlierManifestLists() throws IOException {
    Path dump = write("dump.txt", DUMP);
    Path out = temp.resolve("out");
    CliRun.of("clean", dump.toString(), "-o", out.toString());
    Files.writeString(out.resolve("notes.txt"), "mine");
    Path second = write("second.txt", "# 只有一篇\n\n正文只有一句话。\n");

    CliRun run = CliRun.of("clean", second.toString(), "-o", out.toString(), "--overwrite");

    assertThat(run.exitCode()).isZero();
    assertThat(listing(out)).containsExactly("000001-只有一篇.md", "manifest.jsonl", "notes.txt");
  }

  @Test
  void missingInputExitsThreeAndWritesNothing() {
    Path out = temp.resolve("out");
    String missing = temp.resolve("missing.txt").toString();

    CliRun run = CliRun.of("clean", missing, "-o", out.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("error: " + missing + ": no such file or directory\n");
    assertThat(run.out()).isEmpty();
    assertThat(out).doesNotExist();
  }

  @Test
  void invalidUtf8OnManyLinesIsOneWarningPerFileWithACount() throws IOException {
    Path dump = temp.resolve("bad.txt");
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.writeBytes("# 标题\n\n".getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < 25; i++) {
      bytes.writeBytes("第一段正文".getBytes(StandardCharsets.UTF_8));
      bytes.write(0xFF);
      bytes.writeBytes("。\n\n".getBytes(StandardCharsets.UTF_8));
    }
    Files.write(dump, bytes.toByteArray());

    CliRun run = CliRun.of("clean", "-o", "-", dump.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err().lines().filter(l -> l.startsWith("warning:")))
        .containsExactly("warning: " + dump + ":3: invalid UTF-8 replaced with U+FFFD on 25 lines, the first here; each record's warnings name its lines");
    assertThat(records(run.out()).get(0).get("warnings")).hasSize(25);
  }

  @Test
  void invalidUtf8IsReplacedAndWarnedWithPathAndLine() throws IOException {
    Path dump = temp.resolve("bad.txt");
    byte[] text = "# 标题\n\n正文\u0000".getBytes(StandardCharsets.UTF_8);
    text[text.length - 1] = (byte) 0xFF;
    Files.write(dump, text);

    CliRun run = CliRun.of("clean", "-o", "-", dump.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("warning: " + dump + ":3: 1 invalid UTF-8 sequence(s) replaced with U+FFFD");
    JsonNode record = records(run.out()).get(0);
    assertThat(record.get("body").get(0).get("text").asText()).isEqualTo("正文\uFFFD");
    assertThat(record.get("warnings").get(0).get("code").asText()).isEqualTo("invalid-utf8");
  }

  @Test
  void strictTurnsInvalidUtf8IntoExitThree() throws IOException {
    Path dump = temp.resolve("bad.txt");
    Files.write(dump, new byte[] {'o', 'k', '\n', (byte) 0xC3, '\n'});

    CliRun run = CliRun.of("clean", "--strict", "-o", "-", dump.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("error: " + dump + ":2: invalid UTF-8 (--strict)\n");
  }

  @Test
  void binaryFileIsSkippedWithAWarning() throws IOException {
    Path binary = temp.resolve("image.txt");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Path dump = write("dump.txt", DUMP);

    CliRun run = CliRun.of("clean", "-o", "-", binary.toString(), dump.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("warning: " + binary + ": binary file (NUL bytes), skipped");
    assertThat(records(run.out())).hasSize(3);
  }

  @Test
  void emptyInputGivesNoRecordsAndExitZero() throws IOException {
    Path empty = write("empty.txt", "");

    CliRun run = CliRun.of("clean", "-o", "-", empty.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
  }

  @Test
  void unknownOptionExitsTwoWithAShortHint() {
    CliRun run = CliRun.of("clean", "--frobnicate", "x.txt");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("error: Unknown option: '--frobnicate'");
    assertThat(run.err()).contains("Try 'newstidy clean --help' for more information.");
    assertThat(run.err().lines().count()).isLessThanOrEqualTo(4);
  }

  @Test
  void outOfRangeNumberIsAUsageError() throws IOException {
    Path dump = write("dump.txt", DUMP);

    CliRun run = CliRun.of("clean", "--min-repeat-chars", "0", dump.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: --min-repeat-chars must be between 1 and 1000000");
  }

  @Test
  void hostileHeadlinesNeverWriteOutsideTheFolderNorReachTheTerminalRaw() throws IOException {
    Path dump = write("dump.txt", "# ../../etc/passwd\n\n第一篇正文。\n\n# \u001b[31m红色\u0007\n\n第二篇正文。\n");
    Path out = temp.resolve("deep/out");

    CliRun run = CliRun.of("clean", dump.toString(), "-o", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(listing(out)).containsExactly("000001-etc-passwd.md", "000002-31m红色.md", "manifest.jsonl");
    assertThat(temp.resolve("etc")).doesNotExist();
    assertThat(run.err()).doesNotContain("\u001b").doesNotContain("\u0007");
  }

  @Test
  void twoRunsOnTheSameInputGiveByteIdenticalOutput() throws IOException {
    Path dump = write("dump.txt", DUMP);
    Path first = temp.resolve("first");
    Path second = temp.resolve("second");

    CliRun.of("clean", dump.toString(), "-o", first.toString());
    CliRun.of("clean", dump.toString(), "-o", second.toString());

    assertThat(listing(first)).isEqualTo(listing(second));
    for (String name : listing(first)) {
      assertThat(Files.readAllBytes(second.resolve(name))).isEqualTo(Files.readAllBytes(first.resolve(name)));
    }
    assertThat(CliRun.of("clean", "-o", "-", dump.toString()).out())
        .isEqualTo(CliRun.of("clean", "-o", "-", dump.toString()).out());
  }

  @Test
  void stdinIsReadForDashAndLabelledDash() {
    CliRun run = CliRun.withStdin(DUMP, "clean", "-o", "-", "-");

    assertThat(run.exitCode()).isZero();
    assertThat(records(run.out()).get(0).get("source").get("path").asText()).isEqualTo("-");
  }

  @Test
  void quietLeavesStderrEmpty() throws IOException {
    Path dump = write("dump.txt", DUMP);

    CliRun run = CliRun.of("clean", "--quiet", "-o", "-", dump.toString());

    assertThat(run.err()).isEmpty();
    assertThat(records(run.out())).hasSize(3);
  }

  @Test
  void closedPipeEndsTheRunQuietlyWithoutAStackTrace() throws IOException {
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      big.append("# 第").append(i).append("条新闻\n\n这是第").append(i).append("条新闻的正文,内容各不相同。\n\n");
    }
    Path dump = write("big.txt", big.toString());
    ClosingWriter stdout = new ClosingWriter(2_000);

    CliRun run = CliRun.withStdout(stdout, "clean", "-o", "-", dump.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(stdout.attemptsAfterClose).isLessThan(200);
  }

  @Test
  void formatsTxtAndJsonWriteThoseFiles() throws IOException {
    Path dump = write("dump.txt", DUMP);

    CliRun.of("clean", dump.toString(), "-o", temp.resolve("txt").toString(), "--format", "txt");
    CliRun.of("clean", dump.toString(), "-o", temp.resolve("json").toString(), "--format", "json");

    assertThat(Files.readString(temp.resolve("txt/000001-东湖新区开通夜间公交.txt")))
        .startsWith("东湖新区开通夜间公交\n\n——方便市民晚间出行\n\n")
        .endsWith("张一鸣 李想\n");
    JsonNode record = JSON.readTree(temp.resolve("json/000001-东湖新区开通夜间公交.json").toFile());
    assertThat(record.get("body")).hasSize(1);
  }

  @Test
  void eachRepairCanBeSwitchedOff() throws IOException {
    Path dump = write("dump.txt", DUMP);

    List<JsonNode> raw =
        records(CliRun.of("clean", "-o", "-", "--no-join", "--no-byline", "--no-dedup", dump.toString()).out());

    assertThat(raw).hasSize(2);
    assertThat(raw.get(0).get("byline").isNull()).isTrue();
    assertThat(raw.get(0).get("body")).hasSize(3);
    assertThat(raw.get(0).get("joins")).isEmpty();
    assertThat(raw.get(1).get("removed")).isEmpty();
    assertThat(raw.get(1).get("body")).hasSize(2);
  }

  @Test
  void versionComesFromTheBuild() {
    CliRun run = CliRun.of("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).matches("newstidy \\d+\\.\\d+\\.\\d+.*\\n");
  }

  @Test
  void everyWayOfAskingForTheVersionGivesTheSameLine() {
    // The bare --version takes a path that builds no command model; -V and clean --version do not.
    CliRun bare = CliRun.of("--version");

    assertThat(CliRun.of("-V").out()).isEqualTo(bare.out());
    assertThat(CliRun.of("clean", "--version").out()).isEqualTo(bare.out());
    assertThat(CliRun.of("-V").err()).isEmpty();
  }

  @Test
  void helpListsTheExitCodes() {
    CliRun run = CliRun.of("clean", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Exit codes:").contains("130").contains("143").contains("--no-dedup");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static List<JsonNode> records(String jsonLines) {
    List<JsonNode> records = new ArrayList<>();
    jsonLines
        .lines()
        .filter(line -> !line.isBlank())
        .forEach(
            line -> {
              try {
                records.add(JSON.readTree(line));
              } catch (IOException e) {
                throw new AssertionError("not JSON: " + line, e);
              }
            });
    return records;
  }

  private static List<String> listing(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** A stdout whose reader goes away after some characters: every later write fails. */
  private static final class ClosingWriter extends Writer {
    private final int capacity;
    private int written;
    int attemptsAfterClose;

    ClosingWriter(int capacity) {
      this.capacity = capacity;
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
      if (written >= capacity) {
        attemptsAfterClose++;
        throw new IOException("Broken pipe");
      }
      written += len;
    }

    @Override
    public void flush() throws IOException {
      if (written >= capacity) {
        attemptsAfterClose++;
        throw new IOException("Broken pipe");
      }
    }

    @Override
    public void close() {}
  }
}
