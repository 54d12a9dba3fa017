package dev.newstidy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every example of the README in a copy of {@code samples/} and compares it with what the tool
 * gives, so that the README cannot drift from the tool. A {@code console} example is run line by
 * line and compared with what a terminal would show. Any other fenced block except {@code sh}
 * (commands to type) is an output example and must follow a line {@code <!-- example: COMMAND -->}
 * (invisible on the rendered page): a {@code json} block is compared, parsed, with what COMMAND
 * prints on stdout, field names in the same order; a {@code properties} block is written to
 * {@code .newstidy.properties} before COMMAND runs, which must then report no error; any other block
 * is compared line by line with COMMAND's stdout. In an example, a line that is only {@code …}
 * stands for any number of lines, a {@code …} inside a line or a JSON string for any text, and the
 * run time of the summary line ({@code 0.2 s}) and of a report ({@code "seconds"}, {@code
 * "mb_per_second"}) for any time.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class ReadmeExamplesTest {
  /** A fenced console block: {@code ```console} up to the closing fence. */
  private static final Pattern CONSOLE_BLOCK = Pattern.compile("(?ms)^```console\n(.*?)^```$");

  /** The run time that ends a summary line: {@code · 0.2 s}. */
  private static final Pattern RUN_TIME = Pattern.compile(" · [0-9]+(\\.[0-9]+)? s$");

  /**
   * A fenced block and the line before it: {@code <!-- example: cat report.json -->}, then {@code
   * ```json} up to the closing fence.
   */
  private static final Pattern FENCED_BLOCK = Pattern.compile("(?ms)^([^\n]*)\n```(\\w*)\n(.*?)^```$");

  /** The line that names the command of an output example: {@code <!-- example: ls out/ -->}. */
  private static final Pattern EXAMPLE_COMMAND = Pattern.compile("^<!-- example: (.+) -->$");

  /** Report fields that differ from run to run: the run time and the speed. */
  private static final Set<String> TIMES = Set.of("seconds", "mb_per_second");

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

  /** Every fenced block that is neither a console example nor commands: language, command, text. */
  static List<Arguments> outputExamples() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    List<Arguments> blocks = new ArrayList<>();
    Matcher m = FENCED_BLOCK.matcher(readme);
    while (m.find()) {
      String language = m.group(2);
      if (language.equals("console") || language.equals("sh")) {
        continue;
      }
      Matcher command = EXAMPLE_COMMAND.matcher(m.group(1));
      assertThat(command.matches())
          .as("the README's ```%s block that opens with%n%s%nneeds the line <!-- example: COMMAND --> before it", language, m.group(3).lines().findFirst().orElse(""))
          .isTrue();
      blocks.add(Arguments.of(language, command.group(1), m.group(3)));
    }
    assertThat(blocks).isNotEmpty();
    return blocks;
  }

  @ParameterizedTest(name = "{index}: {0} from {1}")
  @MethodSource("outputExamples")
  void theOutputExampleIsWhatItsCommandGives(String language, String command, String example) throws Exception {
    copySamples();
    writeLauncher();
    if (language.equals("properties")) {
      Files.writeString(temp.resolve(".newstidy.properties"), example, StandardCharsets.UTF_8);
    }

    Shown shown = runApart(command);

    switch (language) {
      case "properties" -> assertThat(shown.err()).as(command).doesNotContain("error:");
      case "json" -> {
        ObjectMapper json = new ObjectMapper();
        assertThat(jsonMatches(json.readTree(example), json.readTree(shown.out()), ""))
            .as("the README shows:%n%s%n%s prints:%n%s", example, command, shown.out())
            .isTrue();
      }
      default -> assertThat(matches(lines(example), lines(shown.out())))
          .as("the README shows:%n%s%n%s prints:%n%s", example, command, shown.out())
          .isTrue();
    }
  }

  @Test
  void aJsonExampleMustNameEveryFieldInOrderWithItsValue() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode example = json.readTree("{\"path\": \"a/青石.txt\", \"lines\": [1, 2], \"seconds\": 0.2}");

    assertThat(jsonMatches(example, json.readTree("{\"path\":\"a/青石.txt\",\"lines\":[1,2],\"seconds\":9.5}"), "")).isTrue();
    // A field the example lacks, fields in another order, another value: the README has drifted.
    assertThat(jsonMatches(example, json.readTree("{\"path\":\"a/青石.txt\",\"lines\":[1,2],\"seconds\":0.2,\"encoding\":\"UTF-8\"}"), "")).isFalse();
    assertThat(jsonMatches(example, json.readTree("{\"lines\":[1,2],\"path\":\"a/青石.txt\",\"seconds\":0.2}"), "")).isFalse();
    assertThat(jsonMatches(example, json.readTree("{\"path\":\"a/青石.txt\",\"lines\":[1,3],\"seconds\":0.2}"), "")).isFalse();
    assertThat(jsonMatches(example, json.readTree("{\"path\":\"a/青石.txt\",\"lines\":[1,2],\"seconds\":\"soon\"}"), "")).isFalse();
  }

  @Test
  void anEllipsisInAJsonStringStandsForAnyText() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode example = json.readTree("{\"text\": \"入冬以来…逐一检修。\"}");

    assertThat(jsonMatches(example, json.readTree("{\"text\":\"入冬以来,柳河镇的电工逐一检修。\"}"), "")).isTrue();
    assertThat(jsonMatches(example, json.readTree("{\"text\":\"入夏以来,柳河镇的电工逐一检修。\"}"), "")).isFalse();
    assertThat(jsonMatches(json.readTree("{\"n\": \"…\"}"), json.readTree("{\"n\": 3}"), "")).isFalse();
  }

  /**
   * True when {@code actual} fits {@code expected}: the same field names in the same order, the
   * same values, a string with {@code …} matching as a line does, and any number for a {@linkplain
   * #TIMES time}. {@code key} is the field that holds the two values.
   */
  static boolean jsonMatches(JsonNode expected, JsonNode actual, String key) {
    if (TIMES.contains(key)) {
      return actual.isNumber();
    }
    if (expected.isObject()) {
      if (!actual.isObject() || !fieldNames(expected).equals(fieldNames(actual))) {
        return false;
      }
      for (String name : fieldNames(expected)) {
        if (!jsonMatches(expected.get(name), actual.get(name), name)) {
          return false;
        }
      }
      return true;
    }
    if (expected.isArray()) {
      if (!actual.isArray() || expected.size() != actual.size()) {
        return false;
      }
      for (int i = 0; i < expected.size(); i++) {
        if (!jsonMatches(expected.get(i), actual.get(i), key)) {
          return false;
        }
      }
      return true;
    }
    if (expected.isTextual() && expected.asText().contains("…")) {
      return actual.isTextual() && lineMatches(expected.asText(), actual.asText());
    }
    return expected.equals(actual);
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
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

  private record Shown(String out, String err) {}

  /** Runs one command line of bash in the copy, stdout and stderr kept apart. */
  private Shown runApart(String command) throws Exception {
    Path out = temp.resolve("example.out");
    Path err = temp.resolve("example.err");
    Process p =
        new ProcessBuilder("bash", "-c", command)
            .directory(temp.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Shown(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }
}
