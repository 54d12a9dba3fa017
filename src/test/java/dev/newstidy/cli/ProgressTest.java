package dev.newstidy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress bar shows on a terminal (a pseudo-terminal made by {@code script}) and nowhere else:
 * not when stderr is a file or pipe, not with {@code --quiet}. Runs the real command in a child JVM.
 */
@EnabledOnOs(OS.LINUX)
class ProgressTest {
  @TempDir Path temp;

  @Test
  void barShowsOnATerminalOnly() throws Exception {
    Path dump = temp.resolve("dump.txt");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      text.append("# 第").append(i).append("号消息\n\n这是第").append(i).append("条消息的正文。\n\n");
    }
    Files.writeString(dump, text, StandardCharsets.UTF_8);
    String command = javaCommand() + " clean -o - " + dump + " > " + temp.resolve("out.jsonl");

    String onTerminal = run(List.of("script", "-qec", command, "/dev/null"));
    String onPipe = run(List.of("bash", "-c", command + " 2>&1"));
    String quiet = run(List.of("script", "-qec", command.replace(" clean ", " clean --quiet "), "/dev/null"));

    assertThat(onTerminal).contains("newstidy").contains("%").contains("MB").contains("\r");
    assertThat(onPipe).doesNotContain("\r").doesNotContain("\u001b").doesNotContain("%");
    assertThat(quiet).doesNotContain("%");
  }

  @Test
  void theBarKeepsAUsableWidthAt80ColumnsAndWarningsStandOnTheirOwnLine() throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    java.io.PrintStream screen = new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8);
    java.io.StringWriter errText = new java.io.StringWriter();
    java.io.PrintWriter err = new java.io.PrintWriter(errText, true);
    Progress progress = new Progress(40_000_000, screen, 80, 0);

    progress.progress(10_000_000, 1234);
    Thread.sleep(400);
    progress.printAbove(err, "warning: dump.txt:7: a warning");
    progress.progress(20_000_000, 2345);
    progress.close();

    String drawn = bytes.toString(StandardCharsets.UTF_8);
    String lastBar = drawn.substring(drawn.lastIndexOf('\r') + 1).strip();
    assertThat(lastBar).contains("MB").contains("articles/s").doesNotContain(" .").hasSizeLessThan(80);
    String bar = lastBar.substring(lastBar.indexOf('['), lastBar.indexOf(']') + 1);
    assertThat(bar.length()).isGreaterThanOrEqualTo(15);
    // Before the warning the bar's line was blanked and the cursor returned to its start.
    assertThat(drawn).contains("\r" + " ".repeat(79) + "\r");
    assertThat(errText.toString()).isEqualTo("warning: dump.txt:7: a warning\n");
  }

  @Test
  void theWidthComesFromColumnsOrIs80() {
    assertThat(Progress.columns("120")).isEqualTo(120);
    assertThat(Progress.columns(null)).isEqualTo(80);
    assertThat(Progress.columns("wide")).isEqualTo(80);
    assertThat(Progress.columns("3")).isEqualTo(80);
  }

  private static String javaCommand() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return java + " -Dnewstidy.progress.delay.ms=0 -cp " + System.getProperty("java.class.path") + " " + Main.class.getName();
  }

  private String run(List<String> command) throws Exception {
    Path log = Files.createTempFile(temp, "run", ".log");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return Files.readString(log, StandardCharsets.UTF_8);
  }
}
