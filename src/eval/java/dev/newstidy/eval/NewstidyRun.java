package dev.newstidy.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newstidy.cli.Main;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code newstidy clean --quiet --output - FILE} in this JVM, exactly as the command line
 * would, and reads its JSON Lines records.
 *
 * @param records one per article, in output order
 * @param seconds wall time of the run
 */
public record NewstidyRun(List<JsonNode> records, double seconds) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public NewstidyRun {
    records = List.copyOf(records);
  }

  /** Cleans {@code dump} with default settings; fails when newstidy exits with anything but 0. */
  public static NewstidyRun clean(Path dump) throws IOException {
    return clean(dump, List.of());
  }

  /** Cleans {@code dump} with extra options such as {@code --near paragraph}. */
  public static NewstidyRun clean(Path dump, List<String> options) throws IOException {
    List<String> args = new ArrayList<>(List.of("clean", "--quiet", "--output", "-"));
    args.addAll(options);
    args.add(dump.toString());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    long start = System.nanoTime();
    int code =
        Main.run(
            args.toArray(String[]::new),
            InputStream.nullInputStream(),
            new PrintWriter(out),
            new PrintWriter(err));
    double seconds = (System.nanoTime() - start) / 1e9;
    if (code != 0) {
      throw new IOException("newstidy exited with " + code + ": " + err);
    }
    List<JsonNode> records = new ArrayList<>();
    for (String line : out.toString().split("\n")) {
      if (!line.isBlank()) {
        records.add(JSON.readTree(line));
      }
    }
    return new NewstidyRun(records, seconds);
  }
}
