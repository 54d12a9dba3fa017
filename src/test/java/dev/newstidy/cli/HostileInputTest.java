package dev.newstidy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile inputs run in a JVM with a small heap: memory stays bounded, the run ends with a clear line. */
class HostileInputTest {
  @TempDir Path temp;

  @ParameterizedTest
  @ValueSource(strings = {"1", "2"})
  void lineOfNinetyMegabytesIsCutUnderASmallHeap(String threads) throws Exception {
    Path dump = temp.resolve("one-line.txt");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dump), 1 << 16)) {
      out.write("# 长行测试\n\n".getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "河".repeat(1 << 12).getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 90L << 20; written += chunk.length) {
        out.write(chunk);
      }
      out.write("\n\n正文结束。\n".getBytes(StandardCharsets.UTF_8));
    }

    Run run = newstidy("-Xmx96m", "clean", "--threads", threads, "-o", "-", dump.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains(dump + ":3: line of 94371840 bytes is over --max-line-bytes 16777216; cut")
        .doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
  }

  /**
   * The two hostile inputs of a small compressed file that expands past the heap: a page of one
   * paragraph repeated 900,000 times (100 MB), held whole as one article's removals before
   * {@code --max-article-bytes}, and 100 MB of lines with no blank line among them, held whole as
   * one block before {@code BlockReader} cut blocks. Each ran out of a 256 MiB heap; now both are
   * read through, cut with a warning, in one run.
   */
  @Test
  void pageOfRepeatsAndRunWithoutBlankLinesEachPastTheHeapRunUnderTwoHundredFiftySixMegabytes() throws Exception {
    Path repeats = zstd("repeats.txt.zst", "# 青石镇水渠通水\n\n",
        "青石镇今年新修水渠三条，灌溉农田两千亩，村民收入明显增加，镇政府表示明年将继续投入。\n\n");
    Path run = zstd("run.txt.zst", "# 青石镇水渠通水\n\n开头一段。\n\n",
        "青石镇今年新修水渠三条灌溉农田两千亩村民收入明显增加镇政府表示明年将继续投入\n");

    Run result = newstidy("-Xmx256m", "clean", "--quiet", "-o", "-", repeats.toString(), run.toString());

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.err()).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
  }

  /** A zstd file of {@code head} and then {@code body} repeated to 100 MB. */
  private Path zstd(String name, String head, String body) throws Exception {
    Path file = temp.resolve(name);
    byte[] chunk = body.repeat(1 << 10).getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = new com.github.luben.zstd.ZstdOutputStream(
        new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
      out.write(head.getBytes(StandardCharsets.UTF_8));
      for (long written = 0; written < 100L << 20; written += chunk.length) {
        out.write(chunk);
      }
    }
    return file;
  }

  @Test
  void runningOutOfMemoryIsOneLineAndExitFour() {
    StringWriter err = new StringWriter();
    InputStreamThatExhaustsTheHeap stdin = new InputStreamThatExhaustsTheHeap();

    int code = Main.run(new String[] {"clean", "-q", "-o", "-", "-"}, stdin, new PrintWriter(new StringWriter()), new PrintWriter(err));

    assertThat(code).isEqualTo(ExitCode.INTERNAL);
    assertThat(err.toString())
        .startsWith("error: out of memory (simulated)")
        .contains("JAVA_TOOL_OPTIONS=-Xmx… for ./newstidy, java -Xmx… -jar for the jar")
        .doesNotContain("\tat ")
        .hasLineCount(1);
  }

  /** A stdin whose read fails as an exhausted heap would. */
  private static final class InputStreamThatExhaustsTheHeap extends java.io.InputStream {
    @Override
    public int read() {
      throw new OutOfMemoryError("simulated");
    }

    @Override
    public int read(byte[] b, int off, int len) {
      throw new OutOfMemoryError("simulated");
    }
  }

  record Run(int code, String err) {}

  private Run newstidy(String heap, String... args) throws Exception {
    // The serial collector, as ./newstidy runs inputs of 32 MiB and more: on a 2-core machine it
    // costs less CPU here than G1, whose concurrent threads compete with the run (the two 100 MB
    // inputs: about 8 against 9.5-10 s of CPU in 3 alternating runs each).
    CliRun run = CliRun.inOwnJvm(temp, List.of(heap, "-XX:+UseSerialGC"), args);
    return new Run(run.exitCode(), run.err());
  }

}
