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

  /** Ends a run that went well. */
  @Override
  void close() throws IOException;

  /**
   * Ends a run that failed or was interrupted: what is complete is kept and listed, nothing
   * half-written is left behind. Safe to call from a shutdown hook, and more than once.
   */
  void abort();
}
