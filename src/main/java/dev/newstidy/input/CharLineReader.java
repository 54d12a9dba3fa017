package dev.newstidy.input;

import java.io.IOException;
import java.io.Reader;

/**
 * Cuts decoded text into numbered lines: for UTF-16 and UTF-32 dumps, whose bytes cannot be cut
 * before decoding, and for the text of a JSON Lines page. Each of {@code \n}, {@code \r\n} and
 * {@code \r} ends one line.
 *
 * <p>Example, pinned by {@code CharLineReaderTest}: {@code "a\r\nb\rc"} gives lines 1 {@code a}, 2
 * {@code b}, 3 {@code c}.
 */
public final class CharLineReader implements LineSource {
  private final Reader in;
  private final char[] buffer = new char[16 * 1024];
  private int position;
  private int limit;
  private boolean eof;
  private int lineNumber;
  private final StringBuilder line = new StringBuilder();

  public CharLineReader(Reader in) {
    this.in = in;
  }

  /** The lines of a text already in memory. */
  public static CharLineReader of(String text) {
    return new CharLineReader(new java.io.StringReader(text));
  }

  @Override
  public Line next() throws IOException {
    line.setLength(0);
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
          line.append(buffer, start, position - start);
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
      line.append(buffer, start, position - start);
    }
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

  private Line finish() {
    return new Line(++lineNumber, line.toString(), 0);
  }
}
