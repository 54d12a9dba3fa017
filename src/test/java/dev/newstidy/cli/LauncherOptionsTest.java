package dev.newstidy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM options the {@code ./newstidy} launcher chooses, seen through a stand-in {@code java}
 * that prints its arguments: a run on inputs under 32 MiB keeps the default collector (G1, which
 * maps the archive's heap objects) and the quick JIT tier; a folder, stdin or 32 MiB and more run
 * with the serial collector, on the quick tier up to 128 MiB (default mode, more than one thread),
 * else with the full JIT and smaller inlining budgets (50 and 500 in the default mode, 100 and 1000
 * in near mode); a compressed file
 * counts as large, and an option's value is never an input; {@code NEWSTIDY_JAVA_OPTS} replaces
 * the defaults.
 */
class LauncherOptionsTest {
  @TempDir Path temp;

  @BeforeEach
  void launcherBesideABuiltJar() throws IOException {
    Files.copy(Path.of("newstidy"), temp.resolve("newstidy"));
    Files.createDirectories(temp.resolve("target"));
    // A jar with no pom.xml or src/main beside it is never rebuilt; its archive is newer than it.
    Files.writeString(temp.resolve("target/newstidy.jar"), "");
    Files.writeString(temp.resolve("target/newstidy.jsa"), "");
    temp.resolve("target/newstidy.jsa").toFile().setLastModified(System.currentTimeMillis() + 5_000);
    Path bin = Files.createDirectories(temp.resolve("bin"));
    Files.writeString(bin.resolve("java"), "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
    Files.setPosixFilePermissions(bin.resolve("java"), PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @Test
  void aSmallFileKeepsTheDefaultCollectorAndTheQuickTier() throws Exception {
    Path dump = Files.writeString(temp.resolve("dump.txt"), "# 柏树村通公交\n\n柏树村今天通了公交。\n");

    List<String> options = javaOptions(null, "clean", "-o", "-", dump.toString());

    assertThat(options).contains("-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=" + temp.resolve("target/newstidy.jsa"))
        .doesNotContain("-XX:+UseSerialGC");
  }

  @Test
  void versionAloneIsASmallRun() throws Exception {
    assertThat(javaOptions(null, "--version")).contains("-XX:TieredStopAtLevel=1").doesNotContain("-XX:+UseSerialGC");
  }

  /** The JDK's own archive serves a bare version line; every other command line maps ours. */
  @Test
  void versionAloneLeavesTheArchiveOut() throws Exception {
    String archive = "-XX:SharedArchiveFile=" + temp.resolve("target/newstidy.jsa");
    assertThat(javaOptions(null, "--version")).doesNotContain(archive);
    assertThat(javaOptions(null, "-V")).doesNotContain(archive);
    // Look-alikes: the version asked with something else, or a file named like the option.
    assertThat(javaOptions(null, "clean", "--version")).contains(archive);
    assertThat(javaOptions(null, "--version", "--help")).contains(archive);
    assertThat(javaOptions(null, "check", "-V")).contains(archive);
  }

  @Test
  void aFolderStdinOrThirtyTwoMebibytesRunWithTheSerialCollector() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("dumps"));

    for (List<String> options : List.of(
        javaOptions(null, "clean", "-o", "-", folder.toString()),
        javaOptions(null, "clean", "-o", "-", "-"),
        javaOptions(null, "clean", "-o", "-", sized("big.txt", 32L << 20).toString()))) {
      assertThat(options).contains("-XX:+UseSerialGC");
    }
  }

  /**
   * Up to 128 MiB a default run stays on the quick tier; from 128 MiB, and for a folder or stdin
   * (whose size is not known), the optimising compiler runs with the default mode's small inlining
   * budgets.
   */
  @Test
  void theQuickTierServesUpTo128MebibytesAndSmallerInliningBeyond() throws Exception {
    Path medium = sized("medium.txt", (128L << 20) - 1);
    Path large = sized("large.txt", 128L << 20);
    String inlining = "-XX:FreqInlineSize=50";

    assertThat(javaOptions(null, "clean", "-o", "-", medium.toString()))
        .contains("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1").doesNotContain(inlining);
    for (List<String> options : List.of(
        javaOptions(null, "clean", "-o", "-", large.toString()),
        javaOptions(null, "clean", "-o", "-", "-"),
        javaOptions(null, "clean", "-o", "-", Files.createDirectories(temp.resolve("dumps")).toString()))) {
      assertThat(options).contains("-XX:+UseSerialGC", inlining, "-XX:InlineSmallCode=500")
          .doesNotContain("-XX:TieredStopAtLevel=1", "-XX:FreqInlineSize=100");
    }
  }

  /**
   * Look-alikes of a medium run that leave the quick tier: one thread leaves the second core to the
   * optimising compiler, and near mode was not measured there. One thread runs it with the default
   * mode's small inlining budgets, near mode with its own larger ones. A thread count of 12 is not
   * one thread.
   */
  @Test
  void oneThreadAndNearModeGetSmallerInliningOnAMediumInput() throws Exception {
    String medium = sized("medium.txt", 64L << 20).toString();

    assertThat(javaOptions(null, "clean", "--threads", "1", "-o", "-", medium))
        .contains("-XX:FreqInlineSize=50", "-XX:InlineSmallCode=500")
        .doesNotContain("-XX:TieredStopAtLevel=1");
    assertThat(javaOptions(null, "clean", "--threads=1", "-o", "-", medium))
        .doesNotContain("-XX:TieredStopAtLevel=1");
    assertThat(javaOptions(null, "clean", "--near", "paragraph", "-o", "-", medium))
        .contains("-XX:FreqInlineSize=100", "-XX:InlineSmallCode=1000")
        .doesNotContain("-XX:TieredStopAtLevel=1", "-XX:FreqInlineSize=50");
    assertThat(javaOptions(null, "clean", "--near", "article", "-o", "-", "-"))
        .contains("-XX:FreqInlineSize=100", "-XX:InlineSmallCode=1000");
    assertThat(javaOptions(null, "clean", "--threads", "12", "-o", "-", medium))
        .contains("-XX:TieredStopAtLevel=1");
  }

  /**
   * Near mode on a large input trims the C heap every second, with the switches that let a JDK 17
   * older than 17.0.9 (which lacks it) or one where it is still experimental start anyway; the
   * default mode and a small near-mode run leave it out.
   */
  @Test
  void nearModeOnALargeInputTrimsTheCHeap() throws Exception {
    String medium = sized("medium.txt", 64L << 20).toString();
    String small = sized("small.txt", 1L << 20).toString();

    assertThat(javaOptions(null, "clean", "--near", "paragraph", "-o", "-", medium))
        .containsSubsequence(
            "-XX:+UnlockExperimentalVMOptions", "-XX:+IgnoreUnrecognizedVMOptions", "-XX:TrimNativeHeapInterval=1000");
    assertThat(javaOptions(null, "clean", "--near", "article", "-o", "-", "-")).contains("-XX:TrimNativeHeapInterval=1000");
    assertThat(javaOptions(null, "clean", "-o", "-", medium))
        .doesNotContain("-XX:TrimNativeHeapInterval=1000", "-XX:+IgnoreUnrecognizedVMOptions");
    assertThat(javaOptions(null, "clean", "--near", "paragraph", "-o", "-", small))
        .doesNotContain("-XX:TrimNativeHeapInterval=1000");
  }

  /** picocli reads {@code --threads} as a decimal number: 01, +1 and 001 are one thread too. */
  @Test
  void theThreadCountIsComparedAsANumber() throws Exception {
    String medium = sized("medium.txt", 64L << 20).toString();

    for (List<String> one : List.of(
        javaOptions(null, "clean", "--threads", "01", "-o", "-", medium),
        javaOptions(null, "clean", "--threads=+1", "-o", "-", medium),
        javaOptions(null, "clean", "-o", "-", "--threads=001", medium))) {
      assertThat(one).contains("-XX:FreqInlineSize=50").doesNotContain("-XX:TieredStopAtLevel=1");
    }
    // Look-alikes: numbers that contain a 1 without being one, and a 1 that is not a thread count.
    for (List<String> many : List.of(
        javaOptions(null, "clean", "--threads", "10", "-o", "-", medium),
        javaOptions(null, "clean", "--threads=21", "-o", "-", medium),
        javaOptions(null, "clean", "--threads", "+11", "-o", "-", medium),
        javaOptions(null, "clean", "--fanout", "1", "-o", "-", medium))) {
      assertThat(many).contains("-XX:TieredStopAtLevel=1");
    }
  }

  /**
   * A file named as the value of an option (an index, a report, a configuration) is not an input,
   * in either spelling: a run on a small dump stays small beside a 64 MiB index.
   */
  @Test
  void theValueOfAnOptionIsNotAnInput() throws Exception {
    String dump = Files.writeString(temp.resolve("dump.txt"), "# 禾溪镇修桥\n\n禾溪镇的新桥今天通车。\n").toString();
    String big = sized("old.index", 64L << 20).toString();

    for (List<String> options : List.of(
        javaOptions(null, "clean", "--index", big, "-o", "-", dump),
        javaOptions(null, "clean", "--index=" + big, "-o", "-", dump),
        javaOptions(null, "clean", "--report", big, "--html", big, "-o", "-", dump),
        javaOptions(null, "clean", "--config", big, "-o", "-", dump),
        javaOptions(null, "clean", "--include", big, "-o", "-", dump),
        javaOptions(null, "clean", "-qo", big, dump),
        javaOptions(null, "clean", "-vqo", temp.toString(), dump),
        javaOptions(null, "clean", "-qo" + big, dump))) {
      assertThat(options).contains("-XX:TieredStopAtLevel=1").doesNotContain("-XX:+UseSerialGC");
    }
    // Look-alikes: the same file as an input, after a flag that takes no value, or after `--`.
    for (List<String> options : List.of(
        javaOptions(null, "clean", "-o", "-", big),
        javaOptions(null, "clean", "-o", "-", "--quiet", big),
        javaOptions(null, "clean", "-o", "-", "-qv", big),
        javaOptions(null, "clean", "-o", "-", "--", big))) {
      assertThat(options).contains("-XX:+UseSerialGC");
    }
  }

  /**
   * A compressed file's size on disk says little of the text in it (about a tenth for text): it is
   * treated as large, like stdin, whatever its name's case.
   */
  @Test
  void aCompressedInputIsTreatedAsLarge() throws Exception {
    for (String name : List.of("day.txt.gz", "day.txt.BZ2", "day.xz", "day.jsonl.zst", "day.gzip", "day.zstd")) {
      assertThat(javaOptions(null, "clean", "-o", "-", sized(name, 1024).toString())).as(name)
          .contains("-XX:+UseSerialGC", "-XX:FreqInlineSize=50")
          .doesNotContain("-XX:TieredStopAtLevel=1");
    }
    // Look-alikes: a compression suffix inside the name, an unknown suffix, and a compressed
    // report (the value of an option, not an input).
    String dump = sized("dump.txt", 1024).toString();
    for (List<String> options : List.of(
        javaOptions(null, "clean", "-o", "-", sized("day.gz.txt", 1024).toString()),
        javaOptions(null, "clean", "-o", "-", sized("day.tgzx", 1024).toString()),
        javaOptions(null, "clean", "--report", sized("summary.json.gz", 1024).toString(), "-o", "-", dump))) {
      assertThat(options).contains("-XX:TieredStopAtLevel=1").doesNotContain("-XX:+UseSerialGC");
    }
  }

  /** A sparse file of {@code length} bytes: the launcher reads sizes, not contents. */
  private Path sized(String name, long length) throws IOException {
    Path file = temp.resolve(name);
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(length);
    }
    return file;
  }

  /** A look-alike: the output folder named after {@code -o} is not an input, so the run stays small. */
  @Test
  void theOutputFolderDoesNotMakeARunLarge() throws Exception {
    Path dump = Files.writeString(temp.resolve("dump.txt"), "# 柏树村通公交\n\n柏树村今天通了公交。\n");
    Path out = Files.createDirectories(temp.resolve("out"));

    assertThat(javaOptions(null, "clean", "-o", out.toString(), dump.toString()))
        .contains("-XX:TieredStopAtLevel=1").doesNotContain("-XX:+UseSerialGC");
  }

  @Test
  void theUsersOptionsReplaceTheDefaultsAndAddNoCollector() throws Exception {
    List<String> options = javaOptions("-Xmx300m", "clean", "-o", "-", "-");

    assertThat(options).contains("-Xmx300m")
        .doesNotContain("-XX:+UseSerialGC", "-Xss4m", "-XX:FreqInlineSize=50", "-XX:FreqInlineSize=100");
  }

  /**
   * Near mode's index is held near the live data, in whatever case the mode is written, and its
   * survivor spaces hold what is in flight between the threads. The initial heap given last (the
   * one java takes) is above the young generation: at or under it, the JVM prints a warning on
   * standard output, among the records.
   */
  @Test
  void nearModeInAnyCaseSizesTheYoungGeneration() throws Exception {
    for (List<String> options : List.of(
        javaOptions(null, "clean", "--near", "paragraph", "-o", "-", "-"),
        javaOptions(null, "clean", "--near", "PARAGRAPH", "-o", "-", "-"),
        javaOptions(null, "clean", "--near=Article", "-o", "-", "-"))) {
      assertThat(options)
          .contains(
              "-Xmn32m",
              "-XX:SurvivorRatio=2",
              "-XX:TargetSurvivorRatio=90",
              "-XX:MinHeapFreeRatio=10",
              "-XX:MaxHeapFreeRatio=20");
      assertThat(options.stream().filter(o -> o.startsWith("-Xms")).reduce((first, last) -> last)).contains("-Xms64m");
    }
    // Look-alikes: near mode off, and an output folder named like the mode.
    assertThat(javaOptions(null, "clean", "--near", "OFF", "-o", "-", "-")).doesNotContain("-Xmn32m", "-Xms64m");
    assertThat(javaOptions(null, "clean", "-o", "Paragraph", "-")).doesNotContain("-Xmn32m", "-Xms64m");
  }

  /**
   * A default run with the serial collector starts its heap at 96 MiB (java reads the last
   * {@code -Xms}) with a 64 MiB young generation; look-alikes keep 32 MiB and the JVM's young
   * generation: a small input (the default collector), near mode (its own sizing) and the user's
   * options.
   */
  @Test
  void aDefaultRunWithTheSerialCollectorStartsItsHeapAt96Mebibytes() throws Exception {
    String medium = sized("medium.txt", 64L << 20).toString();
    for (List<String> options : List.of(
        javaOptions(null, "clean", "-o", "-", medium),
        javaOptions(null, "clean", "-o", "-", sized("large.txt", 128L << 20).toString()),
        javaOptions(null, "clean", "--threads", "1", "-o", "-", medium),
        javaOptions(null, "clean", "-o", "-", "-"))) {
      assertThat(heapStart(options)).isEqualTo("-Xms96m");
      assertThat(options).contains("-Xmn64m");
    }
    Path small = Files.writeString(temp.resolve("small.txt"), "# 石桥镇修路\n\n石桥镇的路修好了。\n");
    assertThat(heapStart(javaOptions(null, "clean", "-o", "-", small.toString()))).isEqualTo("-Xms32m");
    assertThat(javaOptions(null, "clean", "-o", "-", small.toString())).doesNotContain("-Xmn64m");
    assertThat(javaOptions(null, "clean", "--near", "paragraph", "-o", "-", medium)).doesNotContain("-Xmn64m");
    assertThat(javaOptions("-Xmx300m", "clean", "-o", "-", medium)).doesNotContain("-Xmn64m");
    // Near mode keeps its own sizing: a heap start above its fixed young generation.
    assertThat(heapStart(javaOptions(null, "clean", "--near", "paragraph", "-o", "-", medium)))
        .isEqualTo("-Xms64m");
    assertThat(javaOptions("-Xmx300m", "clean", "-o", "-", medium)).doesNotContain("-Xms96m");
  }

  /** The heap's start that java takes: the last {@code -Xms} given. */
  private static String heapStart(List<String> options) {
    return options.stream().filter(option -> option.startsWith("-Xms")).reduce((a, b) -> b).orElse("");
  }

  /**
   * The near-copy store's folder: TMPDIR, passed on as java.io.tmpdir ahead of the other options,
   * so that one given in NEWSTIDY_JAVA_OPTS comes later and wins; none without TMPDIR, nor when it
   * names no folder.
   */
  @Test
  void tmpdirBecomesJavasTemporaryFolderUnlessTheUserNamesOne() throws Exception {
    Path big = Files.createDirectories(temp.resolve("big disk"));

    assertThat(javaOptionsWithTmpdir(big.toString(), null, "clean", "--near", "paragraph", "-o", "-", "-"))
        .first()
        .isEqualTo("-Djava.io.tmpdir=" + big);
    assertThat(javaOptionsWithTmpdir(big.toString(), "-Xmx1g -Djava.io.tmpdir=/elsewhere", "clean", "-o", "-", "-"))
        .containsSubsequence("-Djava.io.tmpdir=" + big, "-Djava.io.tmpdir=/elsewhere");
    assertThat(javaOptions(null, "clean", "--near", "paragraph", "-o", "-", "-"))
        .noneMatch(option -> option.startsWith("-Djava.io.tmpdir"));
    assertThat(javaOptionsWithTmpdir(temp.resolve("mistyped").toString(), null, "clean", "-o", "-", "-"))
        .noneMatch(option -> option.startsWith("-Djava.io.tmpdir"));
  }

  /** The arguments the launcher passes to java before {@code -jar}. */
  private List<String> javaOptions(String userOptions, String... args) throws Exception {
    return javaOptionsWithTmpdir(null, userOptions, args);
  }

  /** The options, with {@code TMPDIR} set to {@code tmpdir} (unset when null). */
  private List<String> javaOptionsWithTmpdir(String tmpdir, String userOptions, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", temp.resolve("newstidy").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile()).redirectErrorStream(true);
    builder.environment().put("PATH", temp.resolve("bin") + ":" + System.getenv("PATH"));
    builder.environment().remove("NEWSTIDY_JAVA_OPTS");
    builder.environment().remove("TMPDIR");
    if (userOptions != null) {
      builder.environment().put("NEWSTIDY_JAVA_OPTS", userOptions);
    }
    if (tmpdir != null) {
      builder.environment().put("TMPDIR", tmpdir);
    }
    Process process = builder.start();
    byte[] printed = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    List<String> lines = new String(printed, StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).as("launcher output").contains("-jar");
    return lines.subList(0, lines.indexOf("-jar"));
  }
}
