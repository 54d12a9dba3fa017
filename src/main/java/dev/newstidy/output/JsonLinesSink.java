package dev.newstidy.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.newstidy.model.Article;
import dev.newstidy.model.Origin;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Writes one JSON record per line to standard output, and nothing else. A reader that closes the
 * pipe early ({@code | head -n 1}) is noticed within a few records and ends the run quietly.
 */
public final class JsonLinesSink implements ArticleSink {
  /** How many records pass between checks for a closed pipe; each check flushes. */
  private static final int CHECK_EVERY = 64;

  private final PrintWriter out;
  private final java.util.function.Supplier<IOException> failure;
  private final JsonGenerator generator;
  private int sinceCheck;

  public JsonLinesSink(PrintWriter out) throws IOException {
    this(out, () -> null);
  }

  /**
   * @param failure the error stdout's last write failed with, if known: a closed pipe ends the run
   *     quietly, anything else (a full disk) is an output error
   */
  public JsonLinesSink(PrintWriter out, java.util.function.Supplier<IOException> failure)
      throws IOException {
    this.out = out;
    this.failure = failure;
    this.generator =
        JsonStreams.generator(out);
  }

  @Override
  public synchronized void write(long id, Article article, Origin origin) throws IOException {
    RecordJson.write(generator, id, article, origin, true, null);
    generator.writeRaw('\n');
    generator.flush();
    if (++sinceCheck >= CHECK_EVERY) {
      sinceCheck = 0;
      if (out.checkError()) {
        throw stopped();
      }
    }
  }

  /** Why stdout stopped taking records: its reader went away, or writing failed. */
  private IOException stopped() {
    IOException cause = failure.get();
    String message = cause == null ? null : cause.getMessage();
    if (cause == null || (message != null && (message.contains("Broken pipe") || message.contains("EPIPE")))) {
      return new BrokenPipeException();
    }
    return new OutputException("stdout", message == null ? cause.getClass().getSimpleName() : message, cause);
  }

  @Override
  public synchronized void close() throws IOException {
    generator.close();
    if (out.checkError()) {
      throw stopped();
    }
  }

  @Override
  public synchronized void abort() {
    out.flush();
  }
}
