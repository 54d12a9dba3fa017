package dev.newstidy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every {@code console} example of the README in a copy of {@code samples/} and compares what a
 * terminal would show, so that the README cannot drift from the tool. In an example, a line that
 * is only {@code …} stands for any number of lines, a {@code …} inside a line for any text, and the
 * run time of the summary line ({@code 0.2 s}) for any time.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class ReadmeExamplesTest {
  /** A fenced console block: {@code ```console} up to the closing fence. */
  private static final Pattern CONSOLE_BLOCK = Pattern.compile("(?ms)^```console\n(.*?)^```$");

  /** The run time that ends a summary line: {@code · 0.2 s}. */
  private static final Pattern RUN_TIME = Pattern.compile(" · [0-9]+(\\.[0-9]+)? s$");

  @TempDir Path temp;

  static List<String> examples() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    List<String> blocks = new ArrayList<>();
    Matcher m = CONSOLE_BLOCK.matcher(readme);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    assertThat(blocks).isNotEmpty();
    return blocks;
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("examples")
  void theExampleShowsWhatTheToolPrints(String example) throws Exception {
    copySamples();
    writeLauncher();
    // Each command is echoed as the README shows it; $? is carried past the echo for `echo $?`.
    StringBuilder script = new StringBuilder("status=0\n");
    for (String line : example.split("\n")) {
      if (line.startsWith("$ ")) {
        String command = line.substring(2);
        script.append("printf '%s\\n' ").append(quote(line)).append('\n');
        script.append("(exit $status); { ").append(command).append(" ; } 2>&1; status=$?\n");
      }
    }

    String shown = run(script.toString());

    assertThat(matches(lines(example), lines(shown)))
        .as("the README shows:%n%s%nthe tool prints:%n%s", example, shown)
        .isTrue();
  }

  /** True when {@code actual} fits {@code expected}, whose {@code …} lines match any run of lines. */
  static boolean matches(List<String> expected, List<String> actual) {
    return matches(expected, 0, actual, 0);
  }

  private static boolean matches(List<String> expected, int e, List<String> actual, int a) {
    if (e == expected.size()) {
      return a == actual.size();
    }
    if (expected.get(e).equals("…")) {
      for (int skip = a; skip <= actual.size(); skip++) {
        if (matches(expected, e + 1, actual, skip)) {
          return true;
        }
      }
      return false;
    }
    return a < actual.size()
        && lineMatches(expected.get(e), actual.get(a))
        && matches(expected, e + 1, actual, a + 1);
  }

  private static boolean lineMatches(String expected, String actual) {
    StringBuilder regex = new StringBuilder();
    for (String piece : expected.split("…", -1)) {
      regex.append(regex.length() == 0 ? "" : ".*").append(Pattern.quote(piece));
    }
    return actual.matches(regex.toString());
  }

  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      out.add(RUN_TIME.matcher(line).replaceAll(" · N s"));
    }
    return out;
  }

  private void copySamples() throws IOException {
    Path to = Files.createDirectories(temp.resolve("samples"));
    try (Stream<Path> files = Files.list(Path.of("samples"))) {
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(file.getFileName().toString()));
      }
    }
  }

  /** {@code ./newstidy} in the copy runs the classes under test in a JVM of its own. */
  private void writeLauncher() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path launcher =
        Files.writeString(
            temp.resolve("newstidy"),
            "#!/bin/sh\nexec " + quote(java) + " -cp " + quote(System.getProperty("java.class.path"))
                + " " + Main.class.getName() + " \"$@\"\n");
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private String run(String script) throws Exception {
    Path log = temp.resolve("shown.log");
    Process p =
        new ProcessBuilder("bash", "-c", script)
            .directory(temp.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }
}
