package dev.newstidy.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.newstidy.model.Flag;
import dev.newstidy.model.InputStats;
import dev.newstidy.model.RemovalReason;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The JSON run summary ({@code --report FILE}, {@code stats --json}): inputs with their bytes and
 * records, articles, counts per flag, removals per reason, joins, warnings, wall time and throughput.
 */
public final class RunReport {
  private RunReport() {}

  /** Writes the report of {@code summary} as one JSON object. */
  public static void write(JsonGenerator g, RunSummary summary, double seconds) throws IOException {
    g.writeStartObject();
    g.writeNumberField("schema", 1);
    g.writeArrayFieldStart("inputs");
    for (InputStats input : summary.inputs()) {
      g.writeStartObject();
      g.writeStringField("path", input.path());
      g.writeNumberField("bytes", input.bytes());
      g.writeNumberField("records", input.records());
      g.writeNumberField("malformed", input.malformed());
      g.writeStringField("compression", input.compression());
      g.writeStringField("encoding", input.encoding());
      g.writeBooleanField("skipped", input.binary());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeNumberField("blocks", summary.blocks());
    g.writeNumberField("articles", summary.articles());
    g.writeObjectFieldStart("flags");
    for (Flag flag : Flag.values()) {
      g.writeNumberField(flag.wireName(), summary.flagged(flag));
    }
    g.writeEndObject();
    // Repeats that --keep-duplicates left in the text are counted as kept, never as removed.
    g.writeObjectFieldStart("removed");
    for (Map.Entry<RemovalReason, Long> e : summary.removals().entrySet()) {
      long removed = e.getValue() - summary.kept(e.getKey());
      if (removed > 0) {
        g.writeNumberField(e.getKey().wireName(), removed);
      }
    }
    g.writeEndObject();
    g.writeObjectFieldStart("kept");
    for (RemovalReason reason : summary.removals().keySet()) {
      if (summary.kept(reason) > 0) {
        g.writeNumberField(reason.wireName(), summary.kept(reason));
      }
    }
    g.writeEndObject();
    g.writeNumberField("repeated_stories", summary.repeatedStories());
    g.writeNumberField("joins", summary.joins());
    g.writeNumberField("warnings", summary.warnings());
    g.writeNumberField("seconds", Math.round(seconds * 1000) / 1000.0);
    double mb = summary.bytes() / 1e6;
    g.writeNumberField("mb_per_second", seconds > 0 ? Math.round(mb / seconds * 100) / 100.0 : 0.0);
    g.writeEndObject();
  }

  /** Prints the report, pretty, on {@code out}. */
  public static void print(java.io.PrintWriter out, RunSummary summary, double seconds) throws IOException {
    try (JsonGenerator g = JsonStreams.generator(out)) {
      g.useDefaultPrettyPrinter();
      write(g, summary, seconds);
    }
    out.println();
  }

  /** Writes the report to {@code file} through a temporary file and a rename. */
  public static void writeFile(Path file, RunSummary summary, double seconds) throws OutputException {
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      // A device or a pipe (/dev/stderr, a FIFO) is written to, never replaced.
      try {
        writeTo(file, summary, seconds);
        return;
      } catch (IOException e) {
        throw new OutputException(file.toString(), "cannot write the report: " + describe(e), e);
      }
    }
    Path temp = file.resolveSibling("." + file.getFileName() + ".part");
    try {
      writeTo(temp, summary, seconds);
      AtomicMove.replace(temp, file);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // the report is already failing
      }
      throw new OutputException(file.toString(), "cannot write the report: " + describe(e), e);
    }
  }

  private static void writeTo(Path target, RunSummary summary, double seconds) throws IOException {
    try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
        JsonGenerator g = JsonStreams.generator(w)) {
      g.useDefaultPrettyPrinter();
      write(g, summary, seconds);
      g.flush();
      w.write('\n');
    }
  }

  /** Checks before a run that the report can be written: its folder exists, and it is no folder. */
  public static void checkWritable(Path file) throws OutputException {
    if (Files.isDirectory(file)) {
      throw new OutputException(file.toString(), "is a folder; name a file for the report");
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new OutputException(file.toString(), "cannot write the report: no such folder " + parent);
    }
  }

  /**
   * The reason alone: the error names the report, never the temporary {@code .r.json.part} that a
   * file-system message would name. Example: {@code Is a directory}, {@code permission denied}.
   */
  private static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
