package dev.newstidy.spark;

import java.io.Serializable;

/**
 * What of its run a task owns, as the driver decided from the round before: its records {@code
 * fromIndex} to {@code toIndex} (exclusive, -1 for all to the end), which stand on lines {@code
 * fromLine} to {@code toLine} (exclusive); and how far past its end it reads ({@code lookahead}
 * bytes) to finish the article that crosses it and meet the next task.
 *
 * <p>Only what a task owns counts run-wide: the repeats and near copies it first saw there, and
 * its records there. What it reads before (from its start to where its state agrees with the task
 * before it) and after (the look-ahead) the neighbouring tasks own.
 */
record Share(long lookahead, int fromLine, int toLine, int fromIndex, int toIndex) implements Serializable {
  /** All of a whole input's run. */
  static final Share ALL = new Share(0, 0, Integer.MAX_VALUE, 0, -1);

  boolean ownsLine(int line) {
    return line >= fromLine && line < toLine;
  }
}
