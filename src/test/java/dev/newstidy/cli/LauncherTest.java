package dev.newstidy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar's entry point answers {@code --version} without loading picocli, and a run over plain
 * text loads no Jackson {@code ObjectMapper} and no commons-compress factory: each costs start-up
 * time. The class loads are read from a child JVM's {@code -Xlog:class+load}.
 */
class LauncherTest {
  @TempDir Path temp;

  @Test
  void answersVersionAloneWithoutLoadingPicocli() throws Exception {
    Child child = run("--version");

    assertThat(child.code()).isZero();
    assertThat(child.out()).matches("newstidy \\S+\n");
    assertThat(child.loaded()).noneMatch(c -> c.startsWith("picocli."));
  }

  @Test
  void versionWithAnotherArgumentStillGoesToPicocli() throws Exception {
    Child child = run("--version", "--help");

    assertThat(child.code()).isZero();
    assertThat(child.loaded()).anyMatch(c -> c.startsWith("picocli."));
  }

  @Test
  void aPlainTextRunBuildsNoObjectMapper() throws Exception {
    Path dump = temp.resolve("dump.txt");
    Files.writeString(dump, "# 青石镇新桥通车\n\n青石镇新桥昨日通车,两岸村民往来更加方便。\n", StandardCharsets.UTF_8);

    Child child = run("clean", "--quiet", "--output", "-", dump.toString());

    assertThat(child.code()).isZero();
    assertThat(child.out()).contains("青石镇新桥通车");
    assertThat(child.loaded()).doesNotContain("com.fasterxml.jackson.databind.ObjectMapper");
    assertThat(child.loaded()).doesNotContain("org.apache.commons.compress.compressors.CompressorStreamFactory");
  }

  @Test
  void onlyVersionOrVAloneIsAnsweredBeforePicocli() {
    assertThat(Launcher.asksVersionAlone(new String[] {"--version"})).isTrue();
    assertThat(Launcher.asksVersionAlone(new String[] {"-V"})).isTrue();
    assertThat(Launcher.asksVersionAlone(new String[] {})).isFalse();
    assertThat(Launcher.asksVersionAlone(new String[] {"--version", "--help"})).isFalse();
    assertThat(Launcher.asksVersionAlone(new String[] {"clean", "--version"})).isFalse();
    assertThat(Launcher.asksVersionAlone(new String[] {"--versions"})).isFalse();
  }

  @Test
  void aClosedPipeKeepsExitZeroAndAFullDiskIsExitThree() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);

    assertThat(Launcher.printVersion(failing("Broken pipe"), errors)).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(Launcher.printVersion(failing("No space left on device"), errors)).isEqualTo(ExitCode.IO);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("error: stdout: cannot write: No space left on device\n");
  }

  private static OutputStream failing(String message) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException(message);
      }
    };
  }

  private record Child(int code, String out, List<String> loaded) {}

  private Child run(String... args) throws Exception {
    Path log = temp.resolve("classes.log");
    Path out = temp.resolve("out.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> line =
        Stream.concat(
                Stream.of(java, "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"), Launcher.class.getName()),
                Stream.of(args))
            .toList();
    Process p = new ProcessBuilder(line).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    // Lines read "[0.051s][info][class,load] picocli.CommandLine source: …".
    List<String> loaded =
        Files.readAllLines(log).stream().map(l -> l.replaceFirst("^(\\[[^]]*\\])+\\s*", "").split(" ")[0]).toList();
    return new Child(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), loaded);
  }
}
