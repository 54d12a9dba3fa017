package dev.newstidy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A write error on stdout other than a closed pipe is exit 3, for every command that prints. */
class StdoutFailureTest {
  private static final String DUMP =
      "# 柳溪镇新建图书馆开放\n\n柳溪镇图书馆昨日开放,藏书两万册,设有少儿阅览室,\n\n开放首日接待读者八百余人次。贺岚 史进\n\n"
          + "# 柳溪镇图书馆延长开放时间\n\n柳溪镇图书馆昨日开放,藏书两万册,设有少儿阅览室,\n\n周末开放时间延长至晚上九点。贺岚\n";

  @TempDir Path temp;

  @ParameterizedTest
  @ValueSource(strings = {"check", "stats --json", "stats", "clean --dry-run -o out", "clean -o -"})
  @EnabledOnOs(OS.LINUX)
  void fullDiskOnStdoutIsExitThree(String command) throws Exception {
    Path dump = temp.resolve("dump.txt");
    Files.writeString(dump, DUMP);
    List<String> line = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    line.addAll(List.of(command.split(" ")));
    line.add(dump.toString());
    Path err = temp.resolve("err.txt");

    Process p = new ProcessBuilder(line)
        .directory(temp.toFile())
        .redirectOutput(new File("/dev/full"))
        .redirectError(err.toFile())
        .start();

    assertThat(p.waitFor()).as(Files.readString(err, StandardCharsets.UTF_8)).isEqualTo(3);
    assertThat(Files.readString(err, StandardCharsets.UTF_8)).contains("error: stdout");
  }

  @Test
  void closedPipeKeepsTheCodeTheCommandReturned() {
    StringWriter err = new StringWriter();

    int code = Main.withStdoutFailure(ExitCode.FINDINGS, new IOException("Broken pipe"), new PrintWriter(err, true));

    assertThat(code).isEqualTo(ExitCode.FINDINGS);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void earlierFailureKeepsItsOwnCode() {
    StringWriter err = new StringWriter();

    int code = Main.withStdoutFailure(ExitCode.USAGE, new IOException("No space left on device"), new PrintWriter(err, true));

    assertThat(code).isEqualTo(ExitCode.USAGE);
  }
}
