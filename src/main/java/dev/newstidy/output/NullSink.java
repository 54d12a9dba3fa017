package dev.newstidy.output;

import dev.newstidy.model.Article;
import dev.newstidy.model.Origin;

/** A sink that keeps nothing, for {@code newstidy stats}: the run summary is the result. */
public final class NullSink implements ArticleSink {
  @Override
  public void write(long id, Article article, Origin origin) {}

  @Override
  public void close() {}

  @Override
  public void abort() {}
}
