package dev.newstidy.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Where a piece of text came from: the input path as given on the command line ({@code -} for
 * stdin), the 1-based record for JSON Lines dumps (0 for plain text), and 1-based first and last
 * lines of the input text.
 */
public record SourceSpan(String path, long record, int firstLine, int lastLine) {
  public SourceSpan {
    checkNotNull(path, "path");
    checkArgument(record >= 0, "record %s is negative", record);
    checkArgument(firstLine >= 1, "firstLine %s is not 1-based", firstLine);
    checkArgument(lastLine >= firstLine, "lastLine %s before firstLine %s", lastLine, firstLine);
  }

  /** A span of plain text lines, outside any JSON Lines record. */
  public static SourceSpan of(String path, int firstLine, int lastLine) {
    return new SourceSpan(path, 0, firstLine, lastLine);
  }

  /** The smallest span that covers this span and {@code later}, which must come from the same input. */
  public SourceSpan through(SourceSpan later) {
    checkArgument(later.path.equals(path) && later.record == record, "%s and %s differ", this, later);
    return new SourceSpan(path, record, Math.min(firstLine, later.firstLine), Math.max(lastLine, later.lastLine));
  }

  /**
   * The record's own equality, written out: the one a record gets from the compiler is linked on
   * its first call through {@code ObjectMethods}, which builds a tree of method handles and spins
   * their classes at run time, about 18 ms of CPU in a cold JVM before a short run's first record
   * (the class-data archive does not hold them). Spans are equal when their four parts are: {@code
   * a.txt:3-5} equals {@code a.txt:3-5}, not {@code a.txt:3-6} nor record 1 of {@code a.txt}
   * (pinned by {@code SourceSpanTest}).
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof SourceSpan span
        && span.record == record
        && span.firstLine == firstLine
        && span.lastLine == lastLine
        && span.path.equals(path);
  }

  /** Agrees with {@link #equals}, written out for the same reason. */
  @Override
  public int hashCode() {
    return ((path.hashCode() * 31 + Long.hashCode(record)) * 31 + firstLine) * 31 + lastLine;
  }

  /** {@code path:line}, the position form editors and CI annotators parse. */
  public String position() {
    return record == 0 ? path + ":" + firstLine : path + ":" + record;
  }
}
