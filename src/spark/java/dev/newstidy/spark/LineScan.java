package dev.newstidy.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/**
 * What one byte range of a text file holds for cutting the file into tasks: how many lines end in
 * it, and where in it the first block starts, so that the lines before any place are the sums of
 * the counts of the ranges before it. Lines end as the CLI's reader ends them: at {@code \n}, at
 * {@code \r}, and at {@code \r\n} once.
 *
 * <p>Example, pinned by {@code LineScanTest}: in {@code "a\nb\n\nc\n"} the range from byte 2 holds
 * 3 line ends, and its first block starts at byte 5 ({@code c}, after the empty line), 2 lines into
 * the range. A range with no empty line starts at its first line start; one with no line start
 * gives no start ({@code -1}).
 *
 * @param lineEnds line ends in the range (a {@code \r} at its end counts when no {@code \n} follows)
 * @param start the file offset of the first block start in the range, or -1
 * @param linesToStart line ends in the range before {@code start}
 */
record LineScan(long lineEnds, long start, long linesToStart) implements Serializable {

  /**
   * Scans {@code in}, which gives the file from byte {@code from - 1} (from 0 when {@code from} is
   * 0) up to byte {@code to} and one more if the file has it.
   */
  static LineScan of(InputStream in, long from, long to) throws IOException {
    int previous = from == 0 ? '\n' : in.read();
    // Whether the byte before is in the range: a \r before it is the range before's to count.
    boolean previousOurs = false;
    long ends = 0;
    long firstLineStart = -1;
    long firstLineEnds = 0;
    long blockStart = -1;
    long blockEnds = 0;
    boolean emptySeen = false;
    byte[] buffer = new byte[1 << 16];
    long at = from;
    boolean done = false;
    int n;
    while (!done && at <= to && (n = in.read(buffer, 0, (int) Math.min(buffer.length, to + 1 - at))) > 0) {
      for (int i = 0; i < n; i++, at++) {
        int b = buffer[i] & 0xFF;
        if (previousOurs && previous == '\r' && b != '\n') {
          ends++;
        }
        if (at == to) {
          // The byte after the range only says whether a \r at its end ended a line.
          previousOurs = false;
          done = true;
          break;
        }
        if (previous == '\n' || (previous == '\r' && b != '\n')) {
          if (firstLineStart < 0) {
            firstLineStart = at;
            firstLineEnds = ends;
          }
          if (b == '\n' || b == '\r') {
            emptySeen = true;
          } else if (emptySeen && blockStart < 0) {
            blockStart = at;
            blockEnds = ends;
          }
        }
        if (b == '\n') {
          ends++;
        }
        previous = b;
        previousOurs = true;
      }
    }
    if (previousOurs && previous == '\r') {
      // The file ends on a \r: it ends a line.
      ends++;
    }
    if (from == 0) {
      return new LineScan(ends, 0, 0);
    }
    return blockStart >= 0
        ? new LineScan(ends, blockStart, blockEnds)
        : new LineScan(ends, firstLineStart, firstLineStart < 0 ? 0 : firstLineEnds);
  }
}
