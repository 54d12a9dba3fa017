package dev.newstidy.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.newstidy.model.Article;
import dev.newstidy.model.Origin;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;

/**
 * Writes one JSON record per line to standard output, and nothing else. A reader that closes the
 * pipe early ({@code | head -n 1}) is noticed at the next record that leaves (within a batch, when
 * written in batches) and ends the run quietly.
 *
 * <p>Each record is flushed as it is written, so records stream out as articles finish; a caller
 * that writes in batches ({@link #writeInBatches}) has them leave at its {@link #flush} instead, or
 * once 64 KiB of them have gathered. Either way they leave at a record's end, in one write, so
 * that a run stopped between two writes leaves no record cut (one that would take what is held
 * past 1 MiB streams on as it comes instead, as every record over 64 KiB did before).
 *
 * <p>Two ways in, the same bytes out: on the process's stdout ({@link #JsonLinesSink(OutputStream,
 * java.util.function.Supplier)}) Jackson's UTF-8 generator writes straight into a buffer of whole
 * records, with no character encoder in between (about a third faster than a {@code Writer});
 * in-process runs (tests) hand a {@code PrintWriter}. {@code JsonLinesSinkTest} pins that both give
 * the same bytes.
 */
public final class JsonLinesSink implements ArticleSink {
  /** How many records pass between checks for a closed pipe; each check flushes. */
  private static final int CHECK_EVERY = 64;

  /** The writer of the in-process way, or null on the byte stream. */
  private final PrintWriter out;

  /** The byte stream records leave on, or null when writing to {@link #out}. */
  private final OutputStream bytes;

  /** The records written and not yet passed to {@link #bytes}; null with {@link #out}. */
  private final Records held;

  private final java.util.function.Supplier<IOException> failure;
  private final JsonGenerator generator;

  /** How the records' strings are written: encoded here on the byte stream, by Jackson otherwise. */
  private final JsonStrings strings;

  private int sinceCheck;
  /** Whether each record is flushed as it is written; not once {@link #writeInBatches} was called. */
  private boolean eachRecordLeaves = true;

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
    this.held = null;
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
    this.bytes = stdout;
    this.held = new Records(stdout);
    this.failure = failure;
    this.generator = JsonStreams.generator(held);
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
        // Written in batches, the records leave at the batch's flush instead, or when 64 KiB of
        // them have gathered; whole, unless longer than Records holds.
        generator.flush();
        if (eachRecordLeaves || held.size() >= Records.LEAVE_AT) {
          held.pass();
        }
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

  /**
   * On the byte stream, records then leave at {@link #flush}, or at the end of the record that
   * takes what is held past 64 KiB: a flush per record was a write system call per record, 62,555
   * for a 200 MB dump, where a batch of 64 records takes one or a few (3,975 in all). On the writer,
   * each record still leaves at once.
   */
  @Override
  public synchronized void writeInBatches() {
    eachRecordLeaves = out != null;
  }

  @Override
  public synchronized void flush() throws IOException {
    if (bytes != null) {
      try {
        generator.flush();
        held.pass();
      } catch (IOException e) {
        throw stopped(e);
      }
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (bytes != null) {
      try {
        generator.close();
        held.pass();
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
        held.pass();
      } catch (IOException e) {
        // The run is already failing; what it failed with is the error to report.
      }
      return;
    }
    out.flush();
  }

  /**
   * Records written and not yet passed on: a byte array that grows to hold them, written out only
   * when told, so that what leaves is whole records; but never past {@link #HELD_AT_MOST}: a record
   * longer than that (a cut article of 16 MiB) streams on as it comes, as one would without this,
   * so that it costs no copy of itself in the heap.
   */
  private static final class Records extends OutputStream {
    /** Records held past this many bytes leave at the end of the next record. */
    static final int LEAVE_AT = 1 << 16;

    private static final int HELD_AT_MOST = 1 << 20;

    private final OutputStream to;
    private byte[] buffer = new byte[2 * LEAVE_AT];
    private int size;

    Records(OutputStream to) {
      this.to = to;
    }

    int size() {
      return size;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (size + len > buffer.length) {
        if (size + len > HELD_AT_MOST) {
          writeHeld();
          to.write(b, off, len);
          return;
        }
        buffer = java.util.Arrays.copyOf(buffer, Math.min(HELD_AT_MOST, Math.max(size + len, 2 * buffer.length)));
      }
      System.arraycopy(b, off, buffer, size, len);
      size += len;
    }

    /** Writes what is held on in one call and flushes the stream; holds nothing after. */
    void pass() throws IOException {
      writeHeld();
      to.flush();
    }

    private void writeHeld() throws IOException {
      if (size > 0) {
        to.write(buffer, 0, size);
        size = 0;
      }
    }
  }
}
