package dev.newstidy.output;

import dev.newstidy.model.Article;
import dev.newstidy.model.Origin;
import java.io.IOException;

/**
 * Where finished articles go: per-article files with a manifest, or JSON Lines on stdout. Articles
 * arrive in input order with their run ids.
 */
public interface ArticleSink extends AutoCloseable {
  /**
   * Writes one article, or hands it to a writer of the sink's own: it is complete wherever it went
   * once {@link #close} returns, and a failure to write it is thrown by this call or a later one.
   *
   * @param origin the encoding and page fields of the document the article came from
   */
  void write(long id, Article article, Origin origin) throws IOException;

  /**
   * From now on the sink may hold records until {@link #flush} (or until its buffer is full) instead
   * of passing each on as it is written: for a caller that writes articles in batches and flushes
   * after each, so that the output costs a system call per buffer, not per record. A sink that
   * holds nothing back ignores it.
   */
  default void writeInBatches() {}

  /** Passes on every record written so far that the sink holds; nothing to do for most sinks. */
  default void flush() throws IOException {}

  /** Ends a run that went well. */
  @Override
  void close() throws IOException;

  /**
   * Ends a run that failed or was interrupted: what is complete is kept and listed, nothing
   * half-written is left behind. Safe to call from a shutdown hook, and more than once.
   */
  void abort();

  /**
   * Ends a run that failed on an error of its own (bad input under {@code --strict}, an output
   * error), not on a signal: what was handed to {@link #write} before the failure is written where
   * it still can be, so that the same failing command always leaves the same output, and then the
   * run ends as {@link #abort} ends it. A sink that writes as it is handed articles has nothing to
   * add to {@link #abort}.
   */
  default void fail() {
    abort();
  }
}
