package dev.newstidy.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.newstidy.model.Article;
import dev.newstidy.model.Origin;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;

/**
 * Writes one JSON record per line to standard output, and nothing else. A reader that closes the
 * pipe early ({@code | head -n 1}) is noticed within a few records and ends the run quietly.
 *
 * <p>Each record is flushed as it is written, so records stream out as articles finish.
 *
 * <p>Two ways in, the same bytes out: on the process's stdout ({@link #JsonLinesSink(OutputStream,
 * java.util.function.Supplier)}) Jackson's UTF-8 generator writes straight into a 64 KiB buffer,
 * with no character encoder in between (about a third faster than a {@code Writer}); in-process
 * runs (tests) hand a {@code PrintWriter}. {@code JsonLinesSinkTest} pins that both give the same
 * bytes.
 */
public final class JsonLinesSink implements ArticleSink {
  /** How many records pass between checks for a closed pipe; each check flushes. */
  private static final int CHECK_EVERY = 64;

  /** The writer of the in-process way, or null on the byte stream. */
  private final PrintWriter out;

  /** The buffered byte stream, or null when writing to {@link #out}. */
  private final OutputStream bytes;

  private final java.util.function.Supplier<IOException> failure;
  private final JsonGenerator generator;

  /** How the records' strings are written: encoded here on the byte stream, by Jackson otherwise. */
  private final JsonStrings strings;

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
    this.bytes = null;
    this.failure = failure;
    this.generator = JsonStreams.generator(out);
    this.strings = JsonStrings.JACKSON;
  }

  /**
   * Records as UTF-8 straight onto {@code stdout}, which this sink buffers and flushes but never
   * closes.
   *
   * @param failure as for the writer: the error a failed write left, if the stream keeps it
   */
  public JsonLinesSink(OutputStream stdout, java.util.function.Supplier<IOException> failure)
      throws IOException {
    this.out = null;
    this.bytes = new BufferedOutputStream(stdout, 1 << 16);
    this.failure = failure;
    this.generator = JsonStreams.generator(bytes);
    this.strings = JsonStrings.utf8(generator);
  }

  @Override
  public synchronized void write(long id, Article article, Origin origin) throws IOException {
    if (bytes != null) {
      try {
        RecordJson.write(generator, id, article, origin, true, null, RecordJson.languageOf(article), strings);
        generator.writeRaw('\n');
        // Each record leaves at once, as on the writer: a reader of a stream (tail -f … | newstidy
        // clean - -o -) sees it now, not a 64 KiB burst later, and a closed pipe fails this write.
        generator.flush();
        bytes.flush();
      } catch (IOException e) {
        throw stopped(e);
      }
      return;
    }
    RecordJson.write(generator, id, article, origin, true, null);
    generator.writeRaw('\n');
    generator.flush();
    if (++sinceCheck >= CHECK_EVERY) {
      sinceCheck = 0;
      if (out.checkError()) {
        throw stopped(null);
      }
    }
  }

  /**
   * Why stdout stopped taking records: its reader went away, or writing failed.
   *
   * @param thrown what the byte stream threw, or null on the writer (which swallows it)
   */
  private IOException stopped(IOException thrown) {
    IOException cause = failure.get();
    if (cause == null) {
      cause = thrown;
    }
    String message = cause == null ? null : cause.getMessage();
    if (cause == null || (message != null && (message.contains("Broken pipe") || message.contains("EPIPE")))) {
      return new BrokenPipeException();
    }
    return new OutputException("stdout", message == null ? cause.getClass().getSimpleName() : message, cause);
  }

  @Override
  public synchronized void close() throws IOException {
    if (bytes != null) {
      try {
        generator.close();
        bytes.flush();
      } catch (IOException e) {
        throw stopped(e);
      }
      return;
    }
    generator.close();
    if (out.checkError()) {
      throw stopped(null);
    }
  }

  @Override
  public synchronized void abort() {
    if (bytes != null) {
      try {
        generator.flush();
        bytes.flush();
      } catch (IOException e) {
        // The run is already failing; what it failed with is the error to report.
      }
      return;
    }
    out.flush();
  }
}
