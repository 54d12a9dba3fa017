package dev.newstidy.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance of issue 14 on a generated dump (the shared generator, from the reference dump:
 * about a third exact repeats, near copies among its recombined paragraphs, all through): cut at a
 * headline into 2 inputs, so that repeats and near copies cross inputs, each read in at least 4
 * parts, 8 tasks or more in all, in 8 partitions: the job's JSON Lines equal the CLI's byte for byte with the default
 * options and with {@code --near paragraph}; and the same whole dump in 1 partition, and
 * gzip-compressed (one task per input: a gzip stream cannot be entered in the middle). The dump's
 * first eighth (cut at a headline) runs as ONE file in 8 parts, in 1 partition and gzip-compressed.
 * {@code -Dnewstidy.large.bytes} sets the size (default 50 MB); each run prints its wall time and
 * rounds, the figures the README quotes.
 */
class SparkLargeDumpTest {
  static final Path GENERATOR = Path.of("../shared/bench/gen_dump.py").toAbsolutePath().normalize();
  static final long SIZE = Long.getLong("newstidy.large.bytes", 50_000_000);
  static final int INPUTS = 2;
  static final int PARTS = 8;

  @TempDir static Path temp;
  static Path large;
  static Path small;
  static Path gzipped;
  static SparkSession spark;

  @BeforeAll
  static void generate() throws Exception {
    assumeTrue(Files.exists(GENERATOR) && Files.exists(SparkCleanTest.REFERENCE), "the shared generator and seed");
    Path dump = temp.resolve("dump.txt");
    Process p =
        new ProcessBuilder("python3", GENERATOR.toString(), SparkCleanTest.REFERENCE.toString(), dump.toString(), "" + SIZE)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).isZero();
    large = Files.createDirectories(temp.resolve("large"));
    small = Files.createDirectories(temp.resolve("small")).resolve("dump.txt");
    List<String> lines = Files.readAllLines(dump, StandardCharsets.UTF_8);
    Files.delete(dump);
    long written = 0;
    int part = 1;
    StringBuilder text = new StringBuilder();
    StringBuilder head = new StringBuilder();
    for (String line : lines) {
      boolean headline = line.startsWith("# ");
      // A new input starts at the first headline past each half of the dump.
      if (headline && written >= part * SIZE / INPUTS && part < INPUTS) {
        Files.writeString(large.resolve(String.format("%02d.txt", part++)), text, StandardCharsets.UTF_8);
        text.setLength(0);
      }
      if (head != null && headline && written >= SIZE / PARTS) {
        Files.writeString(small, head, StandardCharsets.UTF_8);
        head = null;
      }
      text.append(line).append('\n');
      if (head != null) {
        head.append(line).append('\n');
      }
      written += line.getBytes(StandardCharsets.UTF_8).length + 1;
    }
    Files.writeString(large.resolve(String.format("%02d.txt", part)), text, StandardCharsets.UTF_8);
    assertThat(part).isEqualTo(INPUTS);
    assertThat(head).isNull();
    gzipped = Files.createDirectories(temp.resolve("gz")).resolve("dump.txt.gz");
    try (InputStream in = Files.newInputStream(small);
        OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
      in.transferTo(out);
    }
    spark = LocalSpark.start();
  }

  /** Parts of a quarter of the smaller input: each input is read in at least 4 parts. */
  static long splitBytes() throws IOException {
    long smaller = Long.MAX_VALUE;
    for (int i = 1; i <= INPUTS; i++) {
      smaller = Math.min(smaller, Files.size(large.resolve(String.format("%02d.txt", i))));
    }
    return smaller / (PARTS / INPUTS);
  }

  @Test
  void twoInputsInEightPartsGiveTheCliRecords() throws IOException {
    long splitBytes = splitBytes();
    int tasks = 0;
    for (int i = 1; i <= INPUTS; i++) {
      tasks += SparkSplitTest.parts(spark, large.resolve(String.format("%02d.txt", i)), splitBytes).size();
    }
    assertThat(tasks).isGreaterThanOrEqualTo(PARTS);
    String cli = timed("cli", () -> SparkCleanTest.cli("clean", "--quiet", "--output", "-", large.toString()));
    assertThat(cli).contains("\"reason\":\"duplicate\"");
    assertSameRecords(job(large, splitBytes, "--partitions", "8"), cli);
  }

  @Test
  void twoInputsInEightPartsGiveTheCliRecordsWithNearCopies() throws IOException {
    String cli =
        timed("cli --near paragraph", () -> SparkCleanTest.cli("clean", "--quiet", "--near", "paragraph", "--output", "-",
            large.toString()));
    assertThat(cli).contains("\"reason\":\"near-duplicate\"");
    assertSameRecords(job(large, splitBytes(), "--near", "paragraph", "--partitions", "8"), cli);
  }

  @Test
  void theWholeDumpInOnePartitionAndGzippedGivesTheCliRecords() throws IOException {
    String cli = timed("cli", () -> SparkCleanTest.cli("clean", "--quiet", "--output", "-", large.toString()));
    assertSameRecords(job(large, splitBytes(), "--partitions", "1"), cli);
    Path gz = Files.createDirectories(temp.resolve("gzl"));
    for (int i = 1; i <= INPUTS; i++) {
      String name = String.format("%02d.txt", i);
      try (InputStream in = Files.newInputStream(large.resolve(name));
          OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz.resolve(name + ".gz")))) {
        in.transferTo(out);
      }
    }
    String fromGzip = job(gz, splitBytes(), "--partitions", "8");
    assertSameRecords(fromGzip.replace("/gzl/", "/large/").replace(".txt.gz\"", ".txt\""), cli);
  }

  @Test
  void anEighthAsOneFileInEightPartsGivesTheCliRecords() throws IOException {
    long splitBytes = Files.size(small) / PARTS;
    assertThat(SparkSplitTest.parts(spark, small, splitBytes)).hasSizeGreaterThanOrEqualTo(PARTS);
    String cli = timed("cli, an eighth", () -> SparkCleanTest.cli("clean", "--quiet", "--output", "-", small.toString()));
    assertSameRecords(job(small, splitBytes, "--partitions", "1"), cli);
    String fromGzip = job(gzipped, splitBytes, "--partitions", "8");
    assertSameRecords(fromGzip.replace("/gz/dump.txt.gz\"", "/small/dump.txt\""), cli);
  }

  /** Equal streams; on a difference, the first differing record of each, not 80 MB of text. */
  static void assertSameRecords(String actual, String expected) {
    if (actual.equals(expected)) {
      return;
    }
    String[] a = actual.split("\n", -1);
    String[] e = expected.split("\n", -1);
    int i = 0;
    while (i < Math.min(a.length, e.length) && a[i].equals(e[i])) {
      i++;
    }
    assertThat(i < a.length ? a[i] : "<end>")
        .as("record %s of %s (the CLI has %s)", i + 1, a.length, e.length)
        .isEqualTo(i < e.length ? e[i] : "<end>");
  }

  private String job(Path input, long splitBytes, String... options) throws IOException {
    Path out = temp.resolve("out-" + System.nanoTime());
    List<String> args = new ArrayList<>(List.of("clean", input.toString(), "--split-bytes", "" + splitBytes));
    args.addAll(List.of(options));
    args.addAll(List.of("--output", out.toUri().toString()));
    String what = "spark " + temp.relativize(input) + " " + String.join(" ", options);
    int rounds = timed(what, () -> SparkMain.run(spark, JobOptions.parse(args.toArray(String[]::new))));
    System.err.printf("SparkLargeDumpTest: %s: %d rounds%n", what, rounds);
    return SparkCleanTest.pathsOf(SparkCleanTest.readParts(out));
  }

  interface Timed<T> {
    T get() throws IOException;
  }

  private static <T> T timed(String what, Timed<T> run) throws IOException {
    long start = System.nanoTime();
    T result = run.get();
    System.err.printf("SparkLargeDumpTest: %s: %.1f s%n", what, (System.nanoTime() - start) / 1e9);
    return result;
  }
}
