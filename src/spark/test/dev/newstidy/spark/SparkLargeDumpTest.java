package dev.newstidy.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance on a generated 50 MB dump (the shared generator, from the reference dump, about
 * 30% repeats, near copies among its recombined paragraphs), cut at headlines into 8 inputs so
 * that repeats and near copies cross inputs: the job's JSON Lines equal the CLI's with the default
 * options in 8 partitions, with {@code --near paragraph} in 8, and gzip-compressed in 1. Each run
 * prints its wall time, the figure the README quotes.
 */
class SparkLargeDumpTest {
  static final Path GENERATOR = Path.of("../shared/bench/gen_dump.py").toAbsolutePath().normalize();
  static final long SIZE = Long.getLong("newstidy.large.bytes", 50_000_000);
  static final int INPUTS = 8;

  @TempDir static Path temp;
  static Path plain;
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
    plain = Files.createDirectories(temp.resolve("plain"));
    gzipped = Files.createDirectories(temp.resolve("gz"));
    List<String> lines = Files.readAllLines(dump, StandardCharsets.UTF_8);
    Files.delete(dump);
    long written = 0;
    int part = 1;
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      // A new input starts at the first headline past each eighth of the dump.
      if (line.startsWith("# ") && written >= part * SIZE / INPUTS && part < INPUTS) {
        write(part++, text);
        text.setLength(0);
      }
      text.append(line).append('\n');
      written += line.getBytes(StandardCharsets.UTF_8).length + 1;
    }
    write(part, text);
    assertThat(part).isEqualTo(INPUTS);
    spark = LocalSpark.start("newstidy-test-large");
  }

  private static void write(int part, CharSequence text) throws IOException {
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    String name = String.format("%02d.txt", part);
    Files.write(plain.resolve(name), bytes);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped.resolve(name + ".gz")))) {
      out.write(bytes);
    }
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void exactRepeatsInEightPartitionsAndGzippedInOne() throws IOException {
    String cli = timed("cli", () -> SparkCleanTest.cli("clean", "--quiet", "--output", "-", plain.toString()));
    assertThat(cli).contains("\"reason\":\"duplicate\"");
    assertSameRecords(job(plain, "--partitions", "8"), cli);
    String fromGzip = job(gzipped, "--partitions", "1");
    assertSameRecords(fromGzip.replace(gzipped + "/", plain + "/").replace(".txt.gz\"", ".txt\""), cli);
  }

  @Test
  void nearCopiesInEightPartitions() throws IOException {
    String cli =
        timed("cli --near paragraph", () -> SparkCleanTest.cli("clean", "--quiet", "--near", "paragraph", "--output", "-",
            plain.toString()));
    assertThat(cli).contains("\"reason\":\"near-duplicate\"");
    assertSameRecords(job(plain, "--near", "paragraph", "--partitions", "8"), cli);
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

  private String job(Path folder, String... options) throws IOException {
    Path out = temp.resolve("out-" + System.nanoTime());
    List<String> args = new ArrayList<>(List.of("clean", folder.toString()));
    args.addAll(List.of(options));
    args.addAll(List.of("--output", out.toUri().toString()));
    timed("spark " + String.join(" ", options), () -> {
      SparkMain.run(spark, JobOptions.parse(args.toArray(String[]::new)));
      return null;
    });
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
