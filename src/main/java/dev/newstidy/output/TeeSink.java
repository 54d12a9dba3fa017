package dev.newstidy.output;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.newstidy.model.Article;
import dev.newstidy.model.Origin;
import java.io.IOException;

/**
 * Hands every article to two sinks, the main one first: {@code clean --html} feeds the review page
 * the very records the files or JSON Lines get. Closing closes both, and a failure of the first
 * still aborts the second, so no half-written review is left behind. Pinned by {@code TeeSinkTest}.
 */
public final class TeeSink implements ArticleSink {
  private final ArticleSink first;
  private final ArticleSink second;

  public TeeSink(ArticleSink first, ArticleSink second) {
    this.first = checkNotNull(first, "first");
    this.second = checkNotNull(second, "second");
  }

  @Override
  public void write(long id, Article article, Origin origin) throws IOException {
    first.write(id, article, origin);
    second.write(id, article, origin);
  }

  @Override
  public void writeInBatches() {
    first.writeInBatches();
    second.writeInBatches();
  }

  @Override
  public void flush() throws IOException {
    first.flush();
    second.flush();
  }

  @Override
  public void close() throws IOException {
    try {
      first.close();
    } catch (IOException | RuntimeException e) {
      second.abort();
      throw e;
    }
    second.close();
  }

  @Override
  public void fail() {
    try {
      first.fail();
    } finally {
      second.fail();
    }
  }

  @Override
  public void abort() {
    try {
      first.abort();
    } finally {
      second.abort();
    }
  }
}
