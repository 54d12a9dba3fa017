package dev.newstidy.spark;

import dev.newstidy.model.SourceSpan;
import java.io.Serializable;

/**
 * A {@link SourceSpan} that crosses the wire between Spark tasks: where a paragraph was first seen.
 */
record Span(String path, long record, int firstLine, int lastLine) implements Serializable {
  static Span of(SourceSpan span) {
    return new Span(span.path(), span.record(), span.firstLine(), span.lastLine());
  }

  SourceSpan toSourceSpan() {
    return new SourceSpan(path, record, firstLine, lastLine);
  }
}
