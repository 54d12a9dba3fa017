package dev.newstidy.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One text dump read by several tasks: the reference dump cut into parts of a few kilobytes, whose
 * look-aheads must find where each next part agrees, gives the CLI's records byte for byte, with
 * the default options, with {@code --near paragraph}, beside a copy of itself (repeats whose first
 * occurrence lies in another input's parts), and in one partition or many.
 */
class SparkSplitTest {
  static SparkSession spark;

  @TempDir Path temp;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start();
  }


  @Test
  void referenceDumpInPartsGivesTheCliRecords() throws IOException {
    assumeTrue(Files.exists(SparkCleanTest.REFERENCE), "the reference dump lies beside the project");
    assertThat(parts(spark, SparkCleanTest.REFERENCE, 2000)).hasSizeGreaterThanOrEqualTo(8);
    assertSameAsCli(List.of("--split-bytes", "2000"), SparkCleanTest.REFERENCE.toString());
    assertSameAsCli(List.of("--split-bytes", "2000", "--partitions", "1"), SparkCleanTest.REFERENCE.toString());
  }

  @Test
  void referenceDumpInPartsGivesTheCliRecordsWithNearCopies() throws IOException {
    assumeTrue(Files.exists(SparkCleanTest.REFERENCE), "the reference dump lies beside the project");
    assertSameAsCli(List.of("--split-bytes", "2000", "--near", "paragraph"), SparkCleanTest.REFERENCE.toString());
  }

  @Test
  void repeatsOfAnEarlierInputInPartsGoAsInTheCli() throws IOException {
    assumeTrue(Files.exists(SparkCleanTest.REFERENCE), "the reference dump lies beside the project");
    Path copy = temp.resolve("in/copy.txt");
    Files.createDirectories(copy.getParent());
    Files.copy(SparkCleanTest.REFERENCE, copy);
    assertSameAsCli(List.of("--split-bytes", "3000", "--partitions", "3"), SparkCleanTest.SAMPLES.toString(),
        SparkCleanTest.REFERENCE.toString(), copy.toString());
  }

  /** The tasks the job cuts {@code file} into. */
  static List<SplitTask> parts(SparkSession spark, Path file, long splitBytes) throws IOException {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JobOptions options = JobOptions.parse("clean", file.toString(), "--output", "x", "--split-bytes", "" + splitBytes);
    return SplitPlan.plan(sc, HadoopInputs.resolve(List.of(file.toString()), new Configuration()), options,
        new HadoopConf(sc.hadoopConfiguration()), splitBytes);
  }

  /** Runs both and compares the streams; the job's own options are not the CLI's. */
  void assertSameAsCli(List<String> options, String... inputs) throws IOException {
    List<String> cliArgs = new ArrayList<>(List.of("clean", "--quiet", "--output", "-"));
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).equals("--partitions") || options.get(i).equals("--split-bytes")) {
        i++;
      } else {
        cliArgs.add(options.get(i));
      }
    }
    cliArgs.addAll(List.of(inputs));
    String expected = SparkCleanTest.cli(cliArgs.toArray(String[]::new));

    Path out = temp.resolve("out-" + System.nanoTime());
    List<String> jobArgs = new ArrayList<>(List.of("clean"));
    jobArgs.addAll(List.of(inputs));
    jobArgs.addAll(options);
    jobArgs.addAll(List.of("--output", out.toUri().toString()));
    SparkMain.run(spark, JobOptions.parse(jobArgs.toArray(String[]::new)));
    assertThat(expected).isNotEmpty();
    SparkLargeDumpTest.assertSameRecords(SparkCleanTest.pathsOf(SparkCleanTest.readParts(out)), expected);
  }
}
