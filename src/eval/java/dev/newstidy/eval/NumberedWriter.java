package dev.newstidy.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes dump lines and counts them (1-based, as newstidy numbers them) and their UTF-8 bytes, so
 * that the truth can name the line of every block it plants.
 */
final class NumberedWriter {
  private static final int WRAP_COLUMNS = 72;

  private final Writer out;
  private int lines;
  private long bytes;

  NumberedWriter(Writer out) {
    this.out = out;
  }

  /** The number the next line written will have. */
  int nextLine() {
    return lines + 1;
  }

  /** How many lines were written. */
  int lines() {
    return lines;
  }

  /** How many UTF-8 bytes were written. */
  long bytes() {
    return bytes;
  }

  /** Writes {@code n} blank lines. */
  void blank(int n) {
    for (int i = 0; i < n; i++) {
      line("");
    }
  }

  /**
   * Writes one block, on one line or wrapped at spaces near 72 columns as some papers set English
   * text; returns the block's first line.
   */
  int block(String text, boolean wrap) {
    int first = nextLine();
    if (!wrap || text.length() <= WRAP_COLUMNS) {
      line(text);
      return first;
    }
    int start = 0;
    while (text.length() - start > WRAP_COLUMNS) {
      int space = text.lastIndexOf(' ', start + WRAP_COLUMNS);
      if (space <= start) {
        space = text.indexOf(' ', start + WRAP_COLUMNS);
        if (space < 0) {
          break;
        }
      }
      line(text.substring(start, space));
      start = space + 1;
    }
    line(text.substring(start));
    return first;
  }

  private void line(String text) {
    try {
      out.write(text);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    lines++;
    bytes += utf8Length(text) + 1;
  }

  private static long utf8Length(String text) {
    long n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // A surrogate pair is 4 bytes: 2 for each half.
      n += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
    }
    return n;
  }
}
