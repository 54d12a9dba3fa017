package dev.newstidy.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The {@code --version} line, read from the properties the build writes: {@code newstidy 0.1.0}.
 * It imports nothing from picocli, so that {@link Launcher} can answer without loading it.
 */
final class BuildVersion {
  private BuildVersion() {}

  /** {@code newstidy VERSION}, or {@code newstidy unknown} when the build wrote no version. */
  static String line() throws IOException {
    Properties p = new Properties();
    try (InputStream in = BuildVersion.class.getResourceAsStream("/dev/newstidy/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    }
    // concat, not +: a + compiles to an invokedynamic whose first call costs milliseconds.
    return "newstidy ".concat(p.getProperty("version", "unknown"));
  }
}
