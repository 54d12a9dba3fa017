package dev.newstidy.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newstidy.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance of the Spark job: in local mode, its JSON Lines equal {@code newstidy clean
 * --output -} byte for byte, {@code source.path} (and {@code first_seen.path}) mapped from the URI
 * back to the path.
 */
class SparkCleanTest {
  /** The reference dump, read where it lies beside the project and never copied into it. */
  static final Path REFERENCE = Path.of("../shared/seeds/000_76d1ea9befcd34c7.txt").toAbsolutePath().normalize();

  static final Path SAMPLES = Path.of("samples").toAbsolutePath();

  static SparkSession spark;

  @TempDir Path temp;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start();
  }


  @Test
  void samplesGiveTheCliRecords() throws IOException {
    assertSameAsCli(List.of(), SAMPLES.toString());
  }

  @Test
  void referenceDumpGivesTheCliRecords() throws IOException {
    assumeTrue(Files.exists(REFERENCE), "the reference dump lies beside the project");
    assertSameAsCli(List.of(), REFERENCE.toString());
  }

  @Test
  void repeatsAcrossInputsGoAsInTheCliInOnePartition() throws IOException {
    assumeTrue(Files.exists(REFERENCE), "the reference dump lies beside the project");
    // The seed dump twice over (two names): every long paragraph of the second copy is a repeat
    // whose first occurrence lies in another split.
    Path copy = temp.resolve("in/copy.txt");
    Files.createDirectories(copy.getParent());
    Files.copy(REFERENCE, copy);
    assertSameAsCli(List.of("--partitions", "1"), SAMPLES.toString(), REFERENCE.toString(), copy.toString());
  }

  @Test
  void samplesGiveTheCliRecordsWithNearCopies() throws IOException {
    assertSameAsCli(List.of("--near", "paragraph"), SAMPLES.toString());
  }

  @Test
  void nearCopiesAcrossInputsGoAsInTheCli() throws IOException {
    assumeTrue(Files.exists(REFERENCE), "the reference dump lies beside the project");
    // A copy of the dump with one character changed in every long line: near copies, no exact
    // repeats, whose earlier sides lie in another split.
    Path edited = temp.resolve("in/edited.txt");
    Files.createDirectories(edited.getParent());
    StringBuilder text = new StringBuilder();
    for (String line : Files.readAllLines(REFERENCE, StandardCharsets.UTF_8)) {
      text.append(line.length() > 60 ? line.substring(0, 30) + "某" + line.substring(31) : line).append('\n');
    }
    Files.writeString(edited, text, StandardCharsets.UTF_8);
    assertSameAsCli(List.of("--near", "paragraph", "--partitions", "2"), REFERENCE.toString(), edited.toString());
  }

  @Test
  void gzippedInputsWithNearCopiesInEightPartitionsGoAsInTheCli() throws IOException {
    assumeTrue(Files.exists(REFERENCE), "the reference dump lies beside the project");
    // The dump and seven copies, each with one character changed at its own place in every long
    // line, all gzip-compressed: eight inputs read one file per task, with near copies across all.
    String[] gzipped = gzippedCopies("gz-near", 8, true);
    assertSameAsCli(List.of("--near", "paragraph", "--partitions", "8"), gzipped);
  }

  @Test
  void gzippedInputsInEightPartitionsGoAsInTheCli() throws IOException {
    assumeTrue(Files.exists(REFERENCE), "the reference dump lies beside the project");
    // The dump eight times over: every long paragraph after the first input repeats one that
    // another task read.
    String[] gzipped = gzippedCopies("gz-exact", 8, false);
    assertSameAsCli(List.of("--partitions", "8"), gzipped);
  }

  @Test
  void copyJustUnderTheNearIndexLengthInALaterInputGoesAsInTheCli() throws IOException {
    // Invented: a paragraph of exactly the near index's least length, and in the next input its
    // copy one character shorter, which is looked up there but never filed.
    String road = "柳溪镇今年新修村道两条,全长十二公里,沿线三个村的村民出行方便了,镇里还计划明年再修一条通往水库路。";
    Path first = temp.resolve("short/a.txt");
    Path second = temp.resolve("short/b.txt");
    Files.createDirectories(first.getParent());
    Files.writeString(first, "# 柳溪修路\n\n" + road + "\n\n村民说路好走多了。\n", StandardCharsets.UTF_8);
    Files.writeString(second, "# 水库新路\n\n" + road.replace("还", "") + "\n\n工程明年开工。\n", StandardCharsets.UTF_8);
    assertThat(cli("clean", "--quiet", "--near", "paragraph", "--output", "-", first.toString(), second.toString()))
        .contains("\"reason\":\"near-duplicate\"");
    assertSameAsCli(List.of("--near", "paragraph", "--partitions", "2"), first.toString(), second.toString());
  }

  /**
   * The reference dump and {@code count - 1} copies of it, gzip-compressed into {@code folder}; when
   * {@code edit}, the k-th copy has one character changed at its own place in every long line.
   */
  private String[] gzippedCopies(String folder, int count, boolean edit) throws IOException {
    Path dir = Files.createDirectories(temp.resolve(folder));
    List<String> lines = Files.readAllLines(REFERENCE, StandardCharsets.UTF_8);
    String[] paths = new String[count];
    for (int k = 0; k < count; k++) {
      StringBuilder text = new StringBuilder();
      for (String line : lines) {
        int at = 20 + 4 * k;
        text.append(edit && k > 0 && line.length() > 60 ? line.substring(0, at) + "某" + line.substring(at + 1) : line).append('\n');
      }
      Path file = dir.resolve(String.format("%02d.txt.gz", k));
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
      }
      paths[k] = file.toString();
    }
    return paths;
  }

  /** Runs both and compares the streams. */
  void assertSameAsCli(List<String> options, String... inputs) throws IOException {
    List<String> cliArgs = new ArrayList<>(List.of("clean", "--quiet", "--output", "-"));
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).equals("--partitions")) {
        i++; // the job's own: how many tasks read the inputs
      } else {
        cliArgs.add(options.get(i));
      }
    }
    cliArgs.addAll(List.of(inputs));
    String expected = cli(cliArgs.toArray(String[]::new));

    Path out = temp.resolve("out-" + System.nanoTime());
    List<String> jobArgs = new ArrayList<>(List.of("clean"));
    jobArgs.addAll(List.of(inputs));
    jobArgs.addAll(options);
    jobArgs.addAll(List.of("--output", out.toUri().toString()));
    SparkMain.run(spark, JobOptions.parse(jobArgs.toArray(String[]::new)));
    String actual = readParts(out);

    assertThat(expected).isNotEmpty();
    assertThat(pathsOf(actual)).isEqualTo(expected);
  }

  static String cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(code).as("cli exit, stderr: %s", err).isZero();
    return out.toString();
  }

  /** The part files, in order, as one stream. */
  static String readParts(Path folder) throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        all.append(Files.readString(part, StandardCharsets.UTF_8));
      }
    }
    return all.toString();
  }

  /** {@code "path":"file:/abs/x.txt"} back to {@code "path":"/abs/x.txt"}, as the CLI names it. */
  static String pathsOf(String records) {
    return records.replace("\"path\":\"file:/", "\"path\":\"/");
  }
}
