package dev.newstidy.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newstidy.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs {@code newstidy clean} on every case under {@code src/test/resources/golden/<case>/input.*}
 * (text, or a structured input known by its name: {@code input.xml}, {@code input.sgm}, …) and compares the folder it writes with {@code <case>/expected/}, file by file and byte by byte.
 *
 * <p>After an intended change of output, rewrite the expectations with {@code mvn test
 * -Dtest=GoldenCaseTest -Dgolden.update=true} and review the difference in git.
 */
class GoldenCaseTest {
  private static final Path ROOT = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @TempDir Path temp;

  static Stream<String> cases() throws IOException {
    try (Stream<Path> folders = Files.list(ROOT)) {
      return folders.filter(f -> input(f) != null)
          .map(f -> f.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void writesTheExpectedFilesAndManifest(String name) throws IOException {
    Path folder = ROOT.resolve(name);
    Path out = temp.resolve("out");
    StringWriter err = new StringWriter();

    int code =
        Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err))
            .execute("clean", "--quiet", input(folder).toString(), "--output", out.toString());

    assertThat(code).as(err.toString()).isZero();
    Path expected = folder.resolve("expected");
    if (UPDATE) {
      replace(expected, out);
    }
    assertThat(listing(out)).isEqualTo(listing(expected));
    for (String file : listing(out)) {
      assertThat(Files.readString(out.resolve(file)))
          .as("%s/%s", name, file)
          .isEqualTo(Files.readString(expected.resolve(file)));
    }
  }

  /** The case's one {@code input.*} file, or null. */
  private static Path input(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().startsWith("input.")).sorted().findFirst().orElse(null);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void replace(Path expected, Path actual) throws IOException {
    if (Files.exists(expected)) {
      for (String old : listing(expected)) {
        Files.delete(expected.resolve(old));
      }
    }
    Files.createDirectories(expected);
    for (String file : listing(actual)) {
      Files.copy(actual.resolve(file), expected.resolve(file));
    }
  }

  private static List<String> listing(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
