package dev.newstidy.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --output-format files}: the job's folder equals {@code newstidy clean --output DIR}'s, every
 * file and the manifest byte for byte, the input's URI in {@code source} mapped back to its path.
 */
class SparkFilesTest {
  static SparkSession spark;

  @TempDir Path temp;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start();
  }

  @Test
  void samplesGiveTheCliFolder() throws IOException {
    assertSameFolderAsCli(List.of(), SparkCleanTest.SAMPLES.toString());
  }

  @Test
  void samplesGiveTheCliFolderInTextWithATemplateAndFanout() throws IOException {
    // Two inputs in one partition, the second task's ids running on from the first's.
    assertSameFolderAsCli(
        List.of("--format", "txt", "--name-template", "${source}-${id}", "--fanout", "3", "--partitions", "1"),
        SparkCleanTest.SAMPLES.toString());
  }

  @Test
  void referenceDumpGivesTheCliFolder() throws IOException {
    assumeTrue(Files.exists(SparkCleanTest.REFERENCE), "the reference dump lies beside the project");
    assertSameFolderAsCli(List.of("--format", "json"), SparkCleanTest.REFERENCE.toString());
  }

  @Test
  void referenceDumpInPartsWithNearCopiesGivesTheCliFolder() throws IOException {
    assumeTrue(Files.exists(SparkCleanTest.REFERENCE), "the reference dump lies beside the project");
    // Parts of a few kilobytes: each writes only the articles it owns, with their run ids.
    assertThat(SparkSplitTest.parts(spark, SparkCleanTest.REFERENCE, 3000)).hasSizeGreaterThanOrEqualTo(4);
    assertSameFolderAsCli(List.of("--split-bytes", "3000", "--fanout", "10", "--near", "paragraph"),
        SparkCleanTest.REFERENCE.toString());
  }

  @Test
  void refusesAFolderThatHoldsFiles() throws IOException {
    Path out = Files.createDirectories(temp.resolve("taken"));
    Files.writeString(out.resolve("notes.txt"), "kept\n");
    int code = SparkMain.run(
        "clean", SparkCleanTest.SAMPLES.toString(), "--output-format", "files", "--output", out.toUri().toString());
    assertThat(code).isEqualTo(3);
    try (Stream<Path> left = Files.list(out)) {
      assertThat(left).containsExactly(out.resolve("notes.txt"));
    }
  }

  /** Runs both into folders of their own and compares every file under them. */
  private void assertSameFolderAsCli(List<String> options, String... inputs) throws IOException {
    Path cliOut = temp.resolve("cli-" + System.nanoTime());
    List<String> cliArgs = new ArrayList<>(List.of("clean", "--quiet", "--output", cliOut.toString()));
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).equals("--partitions") || options.get(i).equals("--split-bytes")) {
        i++; // the job's own: how its tasks read the inputs
      } else {
        cliArgs.add(options.get(i));
      }
    }
    cliArgs.addAll(List.of(inputs));
    SparkCleanTest.cli(cliArgs.toArray(String[]::new));

    Path jobOut = temp.resolve("job-" + System.nanoTime());
    List<String> jobArgs = new ArrayList<>(List.of("clean"));
    jobArgs.addAll(List.of(inputs));
    jobArgs.addAll(options);
    jobArgs.addAll(List.of("--output-format", "files", "--output", jobOut.toUri().toString()));
    SparkMain.run(spark, JobOptions.parse(jobArgs.toArray(String[]::new)));

    Map<String, String> expected = contents(cliOut);
    assertThat(expected).containsKey("manifest.jsonl").hasSizeGreaterThan(2);
    assertThat(contents(jobOut)).isEqualTo(expected);
  }

  /** Every file under {@code folder} by its relative path, the URIs in it mapped back to paths. */
  private static Map<String, String> contents(Path folder) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        out.put(folder.relativize(file).toString(), SparkCleanTest.pathsOf(text).replace("\"file:/", "\"/"));
      }
    }
    return out;
  }
}
