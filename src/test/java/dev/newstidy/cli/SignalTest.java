package dev.newstidy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A run stopped by SIGINT or SIGTERM exits 130 or 143 and leaves no partial article file and no
 * broken manifest: every file the manifest lists is complete. Runs the real command in a child JVM.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class SignalTest {
  @TempDir Path temp;

  @ParameterizedTest(name = "{0}")
  @CsvSource({"INT, 130", "TERM, 143"})
  void stoppedRunKeepsOnlyCompleteFilesAndATruthfulManifest(String signal, int expectedCode)
      throws Exception {
    Path dump = temp.resolve("big.txt");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 60_000; i++) {
      text.append("# 第").append(i).append("号消息\n\n这是第").append(i).append("条消息的正文,内容各不相同。\n\n");
    }
    Files.writeString(dump, text, StandardCharsets.UTF_8);
    Path out = temp.resolve("out");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "clean", "--quiet", dump.toString(), "--output", out.toString())
            .redirectErrorStream(true)
            .redirectOutput(temp.resolve("child.log").toFile())
            .start();
    waitForArticles(out.resolve(".manifest.jsonl.part"), child);

    new ProcessBuilder("kill", "-" + signal, Long.toString(child.pid())).start().waitFor();

    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isEqualTo(expectedCode);
    // One line, the same for both signals (SIGINT used to exit silently).
    assertThat(Files.readString(temp.resolve("child.log")))
        .isEqualTo("error: the run was stopped by a signal; complete output is kept\n");
    List<String> manifest = Files.readAllLines(out.resolve("manifest.jsonl"));
    assertThat(manifest).isNotEmpty().hasSizeLessThan(60_000);
    ObjectMapper json = new ObjectMapper();
    for (String line : manifest) {
      Path file = out.resolve(json.readTree(line).get("file").asText());
      assertThat(Files.readString(file)).startsWith("---\n").endsWith("。\n");
    }
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.endsWith(".part"))
          .contains("manifest.jsonl", ".newstidy-journal")
          .hasSize(manifest.size() + 2);
    }
  }

  private static void waitForArticles(Path manifestPart, Process child) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline && child.isAlive()) {
      if (Files.exists(manifestPart) && lineCount(manifestPart) >= 20) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the child run wrote no articles in time");
  }

  private static long lineCount(Path file) throws IOException {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.count();
    }
  }
}
