package dev.newstidy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths that lost work or gave a wrong answer in a script: an output folder read as input, previews
 * that saved the index, a check piped into {@code head}, runs that read nothing, and {@code
 * --keep-duplicates} cutting other articles.
 */
class ScriptSafetyTest {
  private static final String DUMP =
      "# 柳溪镇新建污水处理站\n\n柳溪镇新建的污水处理站本月投入运行,日处理能力三千吨。\n\n"
          + "镇政府表示,下一步将把管网延伸到周边六个行政村。蓝若溪 计航\n";

  /** Every paragraph but the first is new; the fourth block repeats the first after a closing byline. */
  private static final String REPEAT_AFTER_BYLINE =
      "# 柳溪镇新建污水处理站\n\n柳溪镇新建的污水处理站本月投入运行,日处理能力三千吨。\n\n"
          + "镇政府表示,下一步将把管网延伸到周边六个行政村。蓝若溪 计航\n\n"
          + "柳溪镇新建的污水处理站本月投入运行,日处理能力三千吨。\n\n"
          + "# 青石桥完成加固\n\n始建于清代的青石桥完成加固,桥面恢复通行,两岸居民往来更加方便。\n";

  @TempDir Path temp;

  // 1. This run's output folder is never an input.

  @Test
  void theOutputFolderInsideAnInputFolderIsNeverRead() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("inout"));
    Files.writeString(folder.resolve("a.txt"), DUMP);
    String out = folder.resolve("clean").toString();

    CliRun first = CliRun.of("clean", "-q", folder.toString(), "-o", out);
    CliRun again = CliRun.of("clean", "-q", "--overwrite", folder.toString(), "-o", out);

    assertThat(first.exitCode()).isZero();
    assertThat(again.exitCode()).isZero();
    assertThat(again.err()).isEmpty();
    assertThat(again.out()).isEmpty();
    assertThat(Files.readAllLines(folder.resolve("clean/manifest.jsonl"))).hasSize(1);
    assertThat(filesIn(folder.resolve("clean"))).containsExactly("000001-柳溪镇新建污水处理站.md", "manifest.jsonl");
  }

  @Test
  void aFileNamedInsideTheOutputFolderIsSkippedWithAWarning() throws IOException {
    Path dump = Files.writeString(temp.resolve("a.txt"), DUMP);
    Path out = Files.createDirectories(temp.resolve("out"));
    Path inside = Files.writeString(out.resolve("b.txt"), DUMP);

    CliRun run = CliRun.of("clean", dump.toString(), inside.toString(), "-o", out.toString(), "--overwrite");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("warning: " + inside + ": inside the output folder; not read\n");
    assertThat(Files.readAllLines(out.resolve("manifest.jsonl"))).hasSize(1);
  }

  @Test
  void aFolderBesideTheOutputIsStillRead() throws IOException {
    // Look-alike: out-2 starts with the output folder's name but is not inside it.
    Files.createDirectories(temp.resolve("out-2"));
    Path dump = Files.writeString(temp.resolve("out-2/a.txt"), DUMP);

    CliRun run = CliRun.of("clean", "-q", dump.toString(), "-o", temp.resolve("out").toString());

    assertThat(run.exitCode()).isZero();
    assertThat(Files.readAllLines(temp.resolve("out/manifest.jsonl"))).hasSize(1);
  }

  // 13. One file named twice is read once.

  @Test
  void aFileNamedTwiceIsReadOnceWithAWarning() throws IOException {
    Path dump = Files.writeString(temp.resolve("a.txt"), DUMP);

    CliRun run = CliRun.of("clean", "-o", "-", dump.toString(), temp.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(InputFormatsTest.records(run.out())).hasSize(1);
    assertThat(run.err()).startsWith("warning: " + dump + ": named more than once; read once\n");
  }

  // 2. Previews never write an index.

  @Test
  void checkStatsAndDryRunReadTheIndexButNeverSaveIt() throws IOException {
    Path dump = Files.writeString(temp.resolve("a.txt"), DUMP);
    Path index = temp.resolve("seen.idx");

    CliRun check = CliRun.of("check", "-q", "--index", index.toString(), dump.toString());
    CliRun stats = CliRun.of("stats", "-q", "--index", index.toString(), dump.toString());
    CliRun dry = CliRun.of("clean", "-q", "--dry-run", "-o", temp.resolve("o").toString(), "--index", index.toString(), dump.toString());
    CliRun real = CliRun.of("clean", "-q", "-o", "-", "--index", index.toString(), dump.toString());

    assertThat(List.of(check.exitCode(), stats.exitCode(), dry.exitCode(), real.exitCode())).doesNotContain(2, 3, 4);
    JsonNode record = InputFormatsTest.records(real.out()).get(0);
    assertThat(record.get("removed")).isEmpty();
    assertThat(record.get("body")).hasSize(2);
  }

  // 3. check exits with its verdict even when its reader closes stdout early.

  @Test
  void checkWhoseReaderClosesStdoutEarlyStillExitsWithItsVerdict() throws IOException {
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      big.append("# 第").append(i).append("号简讯\n\n这是第").append(i).append("号简讯的正文,写到这里就断了,\n\n");
    }
    Path dump = Files.writeString(temp.resolve("big.txt"), big);

    CliRun run = CliRun.withStdout(new ClosedAfter(200), "check", "-q", dump.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
  }

  // 4. Nothing read is a finding of its own.

  @Test
  void checkFailsWhenNothingWasReadAndSaysWhy() throws IOException {
    Path empty = Files.createDirectories(temp.resolve("empty"));
    Path unknown = Files.createDirectories(temp.resolve("unknown"));
    Files.writeString(unknown.resolve("notes.csv"), "a,b\n");
    Path binary = Files.write(temp.resolve("scan.txt"), new byte[] {'P', 'K', 0, 0, 1, 2});
    Path malformed = Files.writeString(temp.resolve("p.jsonl"), "{oops\nnot json either\n");

    CliRun none = CliRun.of("check", "-q", empty.toString());
    CliRun csv = CliRun.of("check", "-q", unknown.toString());
    CliRun bin = CliRun.of("check", "-q", binary.toString());
    CliRun bad = CliRun.of("check", "-q", malformed.toString());

    assertThat(none.exitCode()).isEqualTo(1);
    assertThat(none.out()).isEqualTo(empty + ": no-input: nothing was read (0 files of a known format: *.txt, *.md, *.jsonl, *.ndjson)\n");
    assertThat(none.err()).isEmpty();
    assertThat(csv.exitCode()).isEqualTo(1);
    assertThat(bin.exitCode()).isEqualTo(1);
    assertThat(bin.out()).isEqualTo(binary + ": no-input: nothing was read (1 file, 1 skipped as binary)\n");
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.out()).isEqualTo(malformed + ": no-input: nothing was read (1 file, 2 malformed lines)\n");
  }

  @Test
  void noInputCanBeLeftOutOfFailOnAndWarnsInCleanAndStats() throws IOException {
    Path empty = Files.createDirectories(temp.resolve("empty"));

    CliRun check = CliRun.of("check", "-q", "--fail-on", "truncated", empty.toString());
    CliRun clean = CliRun.of("clean", "-o", "-", empty.toString());
    CliRun stats = CliRun.of("stats", empty.toString());

    assertThat(check.exitCode()).isZero();
    assertThat(check.out()).contains("no-input");
    assertThat(clean.exitCode()).isZero();
    assertThat(clean.out()).isEmpty();
    assertThat(clean.err()).startsWith("warning: " + empty + ": no-input: nothing was read (0 files");
    assertThat(stats.exitCode()).isZero();
    assertThat(stats.err()).startsWith("warning: " + empty + ": no-input: nothing was read");
  }

  @Test
  void aDumpWithTextIsNoFindingOfNoInput() throws IOException {
    // Look-alike: one readable file beside a binary one is input.
    Path folder = Files.createDirectories(temp.resolve("mixed"));
    Files.write(folder.resolve("scan.txt"), new byte[] {'P', 'K', 0, 0});
    Files.writeString(folder.resolve("a.txt"), DUMP);

    CliRun run = CliRun.of("check", "-q", folder.toString());

    assertThat(run.out()).doesNotContain("no-input");
    assertThat(run.exitCode()).isZero();
  }

  // 5. --keep-duplicates cuts the articles as a normal run does.

  @Test
  void keepDuplicatesCutsTheSameArticlesAndLeavesTheRepeatInPlace() throws IOException {
    Path dump = Files.writeString(temp.resolve("d.txt"), REPEAT_AFTER_BYLINE);

    CliRun normal = CliRun.of("clean", "-o", "-", dump.toString());
    CliRun keep = CliRun.of("clean", "-o", "-", "--keep-duplicates", dump.toString());

    List<JsonNode> removed = InputFormatsTest.records(normal.out());
    List<JsonNode> kept = InputFormatsTest.records(keep.out());
    assertThat(kept).hasSameSizeAs(removed).hasSize(2);
    assertThat(kept.get(1).get("title").asText()).isEqualTo("青石桥完成加固");
    assertThat(kept.get(0).get("body").toString()).contains("柳溪镇新建的污水处理站本月投入运行,日处理能力三千吨。\"}]");
    assertThat(kept.get(0).get("removed").get(0).get("kept").asBoolean()).isTrue();
    assertThat(kept.get(0).get("removed").get(0).get("first_seen").get("line").asInt()).isEqualTo(3);
    assertThat(normal.err()).contains("1 repeated paragraph removed");
    assertThat(keep.err()).contains("1 repeated paragraph marked, kept in the text").doesNotContain("removed");
  }

  @Test
  void theReportCountsKeptRepeatsApartFromRemovedOnes() throws IOException {
    Path dump = Files.writeString(temp.resolve("d.txt"), REPEAT_AFTER_BYLINE);

    CliRun normal = CliRun.of("stats", "--json", dump.toString());
    CliRun keep = CliRun.of("stats", "--json", "--keep-duplicates", dump.toString());

    JsonNode removed = new com.fasterxml.jackson.databind.ObjectMapper().readTree(normal.out());
    JsonNode kept = new com.fasterxml.jackson.databind.ObjectMapper().readTree(keep.out());
    assertThat(removed.get("removed").get("duplicate").asInt()).isEqualTo(1);
    assertThat(removed.get("kept").isEmpty()).isTrue();
    assertThat(kept.get("removed").has("duplicate")).isFalse();
    assertThat(kept.get("kept").get("duplicate").asInt()).isEqualTo(1);
  }

  private static List<String> filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** Stdout whose reader goes away after {@code capacity} characters, as {@code | head} does. */
  private static final class ClosedAfter extends Writer {
    private final int capacity;
    private int written;

    ClosedAfter(int capacity) {
      this.capacity = capacity;
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
      if (written >= capacity) {
        throw new IOException("Broken pipe");
      }
      written += len;
    }

    @Override
    public void flush() throws IOException {
      if (written >= capacity) {
        throw new IOException("Broken pipe");
      }
    }

    @Override
    public void close() {}
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
