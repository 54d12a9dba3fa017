package dev.newstidy.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
 * The acceptance of issue 14's split reading: the generated dump (the shared generator, from the
 * reference dump: repeats and near copies throughout) as ONE file, which the job cuts into at least
 * 8 parts read by their own tasks, gives the CLI's JSON Lines byte for byte with the default
 * options in 8 partitions and in 1, with {@code --near paragraph}, and gzip-compressed (one task:
 * a gzip stream cannot be entered in the middle). {@code -Dnewstidy.large.bytes} sets the size (CI
 * 8 MB, by hand 50 MB); each run prints its wall time, the figure the README quotes.
 */
class SparkLargeSplitTest {
  static final int PARTS = 8;

  @TempDir static Path temp;
  static Path dump;
  static Path gzipped;
  static long splitBytes;
  static SparkSession spark;

  @BeforeAll
  static void generate() throws Exception {
    assumeTrue(Files.exists(SparkLargeDumpTest.GENERATOR) && Files.exists(SparkCleanTest.REFERENCE),
        "the shared generator and seed");
    dump = temp.resolve("one/dump.txt");
    Files.createDirectories(dump.getParent());
    Process p =
        new ProcessBuilder("python3", SparkLargeDumpTest.GENERATOR.toString(), SparkCleanTest.REFERENCE.toString(),
            dump.toString(), "" + SparkLargeDumpTest.SIZE)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).isZero();
    splitBytes = Files.size(dump) / PARTS;
    gzipped = temp.resolve("gz/dump.txt.gz");
    Files.createDirectories(gzipped.getParent());
    try (InputStream in = Files.newInputStream(dump);
        OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
      in.transferTo(out);
    }
    spark = LocalSpark.start("newstidy-test-large-split");
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void oneDumpInEightPartsGivesTheCliRecordsInEightPartitionsAndInOne() throws IOException {
    assertThat(SparkSplitTest.parts(spark, dump, splitBytes)).hasSizeGreaterThanOrEqualTo(PARTS);
    String cli = timed("cli", () -> SparkCleanTest.cli("clean", "--quiet", "--output", "-", dump.toString()));
    assertThat(cli).contains("\"reason\":\"duplicate\"");
    SparkLargeDumpTest.assertSameRecords(job(dump, "--partitions", "8"), cli);
    SparkLargeDumpTest.assertSameRecords(job(dump, "--partitions", "1"), cli);
    String fromGzip = job(gzipped, "--partitions", "8");
    SparkLargeDumpTest.assertSameRecords(fromGzip.replace("/gz/dump.txt.gz\"", "/one/dump.txt\""), cli);
  }

  @Test
  void oneDumpInEightPartsGivesTheCliRecordsWithNearCopies() throws IOException {
    String cli =
        timed("cli --near paragraph", () -> SparkCleanTest.cli("clean", "--quiet", "--near", "paragraph", "--output",
            "-", dump.toString()));
    assertThat(cli).contains("\"reason\":\"near-duplicate\"");
    SparkLargeDumpTest.assertSameRecords(job(dump, "--near", "paragraph", "--partitions", "8"), cli);
  }

  private String job(Path file, String... options) throws IOException {
    Path out = temp.resolve("out-" + System.nanoTime());
    List<String> args = new ArrayList<>(List.of("clean", file.toString(), "--split-bytes", "" + splitBytes));
    args.addAll(List.of(options));
    args.addAll(List.of("--output", out.toUri().toString()));
    int rounds = timed("spark one file " + String.join(" ", options), () -> SparkMain.run(spark,
        JobOptions.parse(args.toArray(String[]::new))));
    System.err.printf("SparkLargeSplitTest: %d rounds%n", rounds);
    return SparkCleanTest.pathsOf(SparkCleanTest.readParts(out));
  }

  private static <T> T timed(String what, SparkLargeDumpTest.Timed<T> run) throws IOException {
    long start = System.nanoTime();
    T result = run.get();
    System.err.printf("SparkLargeSplitTest: %s: %.1f s%n", what, (System.nanoTime() - start) / 1e9);
    return result;
  }
}
