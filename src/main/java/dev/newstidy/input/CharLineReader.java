package dev.newstidy.input;

import java.io.IOException;
import java.io.Reader;

/**
 * Cuts decoded text into numbered lines: for UTF-16 and UTF-32 dumps, whose bytes cannot be cut
 * before decoding, and for the text of a JSON Lines page. Each of {@code \n}, {@code \r\n} and
 * {@code \r} ends one line.
 *
 * <p>Example, pinned by {@code CharLineReaderTest}: {@code "a\r\nb\rc"} gives lines 1 {@code a}, 2
 * {@code b}, 3 {@code c}. Like {@link LineReader}, it keeps at most a set number of characters of a
 * line and tells {@link OverlongLine} of a cut, never splitting a surrogate pair.
 */
public final class CharLineReader implements LineSource {
  private final Reader in;
  private final char[] buffer = new char[16 * 1024];
  private int position;
  private int limit;
  private boolean eof;
  private int lineNumber;
  private final StringBuilder line = new StringBuilder();
  private final int maxLineChars;
  private final OverlongLine overlong;
  private long dropped;

  public CharLineReader(Reader in) {
    this(in, Integer.MAX_VALUE - 16, OverlongLine.IGNORE);
  }

  /** A reader that keeps at most {@code maxLineChars} of a line and tells {@code overlong} of a cut. */
  public CharLineReader(Reader in, int maxLineChars, OverlongLine overlong) {
    this.in = in;
    this.maxLineChars = maxLineChars;
    this.overlong = overlong;
  }

  /** The lines of a text already in memory. */
  public static CharLineReader of(String text) {
    return new CharLineReader(new java.io.StringReader(text));
  }

  @Override
  public Line next() throws IOException {
    line.setLength(0);
    dropped = 0;
    boolean sawAny = false;
    while (true) {
      if (position >= limit && !fill()) {
        return sawAny ? finish() : null;
      }
      sawAny = true;
      int start = position;
      while (position < limit) {
        char c = buffer[position];
        if (c == '\n' || c == '\r') {
          append(start, position);
          position++;
          if (c == '\r') {
            if (position >= limit) {
              fill();
            }
            if (position < limit && buffer[position] == '\n') {
              position++;
            }
          }
          return finish();
        }
        position++;
      }
      append(start, position);
    }
  }

  private void append(int from, int to) {
    int n = to - from;
    int kept = (int) Math.min(n, (long) maxLineChars - line.length());
    line.append(buffer, from, kept);
    dropped += n - kept;
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(buffer, 0, buffer.length);
    position = 0;
    limit = Math.max(n, 0);
    if (n < 0) {
      eof = true;
      return false;
    }
    return true;
  }

  private Line finish() throws IOException {
    ++lineNumber;
    if (dropped > 0) {
      long length = line.length() + dropped;
      if (line.length() > 0 && Character.isHighSurrogate(line.charAt(line.length() - 1))) {
        line.setLength(line.length() - 1);
      }
      overlong.cut(lineNumber, length);
    }
    return new Line(lineNumber, line.toString(), 0);
  }
}
