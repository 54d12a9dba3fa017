package dev.newstidy.input;

import java.io.IOException;

/**
 * Cuts the text of a markup collection into the text of its records, from {@code <NAME…>} to
 * {@code </NAME>}, wherever they stand on their lines, without parsing what lies between. Each
 * record can then be parsed on its own, so that one broken record costs only itself, and text
 * outside records (a missing root element, a declaration, a DOCTYPE) is passed over.
 *
 * <p>Example, pinned by {@code RecordChunksTest}: for {@code doc}, the lines {@code <docs>}, {@code
 * <doc><t>甲</t></doc><doc>}, {@code <t>乙</t>}, {@code </doc>} give {@code <doc><t>甲</t></doc>}
 * (line 2) and {@code <doc>\n<t>乙</t>\n</doc>} (line 2). A record that a new {@code <doc>} or the
 * end of the input interrupts comes back unclosed, and reading resumes at the interruption.
 */
final class RecordChunks {
  /** A record longer than this is taken for an unclosed one. */
  static final int MAX_CHARS = 16 << 20;

  /**
   * The text of one record.
   *
   * @param firstLine the input line its start tag stands on
   * @param closed false when a new record or the end of the input came before its end tag
   * @param invalidBytes malformed byte sequences on the record's lines, replaced with U+FFFD
   */
  record Chunk(String text, int firstLine, boolean closed, int invalidBytes) {
    Chunk(String text, int firstLine, boolean closed) {
      this(text, firstLine, closed, 0);
    }
  }

  private final LineSource lines;
  private final String element;
  private final String open;
  private final String close;
  private String rest;
  private int restLine;
  private int restInvalid;

  RecordChunks(LineSource lines, String element) {
    this.lines = lines;
    this.element = element;
    this.open = "<" + element;
    this.close = "</" + element + ">";
  }

  /** How many records {@link #next} has given so far, closed or not: the place of the last one. */
  private long given;

  /**
   * The next closed record, or null at the end of the input, after telling {@code malformed} of
   * each record on the way that holds invalid bytes or never closes (that one is skipped). Its place
   * among all records, skipped ones included, is {@link #given()}.
   */
  Chunk nextClosed(String label, RecordReader.Malformed malformed) throws IOException {
    for (Chunk chunk = next(); chunk != null; chunk = next()) {
      String at = label + ":" + chunk.firstLine();
      if (chunk.invalidBytes() > 0) {
        malformed.invalid(at, chunk.invalidBytes());
      }
      if (chunk.closed()) {
        return chunk;
      }
      malformed.record(at, "<" + element + "> not closed");
    }
    return null;
  }

  /** The place of the record {@link #nextClosed} or {@link #next} gave last, from 1. */
  long given() {
    return given;
  }

  /** The next record, or null at the end of the input. */
  Chunk next() throws IOException {
    Chunk chunk = read();
    if (chunk != null) {
      given++;
    }
    return chunk;
  }

  private Chunk read() throws IOException {
    int at = -1;
    while (at < 0) {
      if (rest == null && !advance()) {
        return null;
      }
      at = findOpen(rest, 0);
      if (at < 0) {
        rest = null;
      }
    }
    int firstLine = restLine;
    int invalid = restInvalid;
    String current = rest.substring(at);
    StringBuilder text = new StringBuilder();
    int from = open.length();
    while (true) {
      int end = current.indexOf(close, from);
      int again = findOpen(current, from);
      if (again >= 0 && (end < 0 || again < end)) {
        text.append(current, 0, again);
        rest = current.substring(again);
        return new Chunk(text.toString(), firstLine, false, invalid);
      }
      if (end >= 0) {
        text.append(current, 0, end + close.length());
        rest = current.substring(end + close.length());
        return new Chunk(text.toString(), firstLine, true, invalid);
      }
      text.append(current).append('\n');
      if (text.length() > MAX_CHARS || !advance()) {
        return new Chunk(text.toString(), firstLine, false, invalid);
      }
      invalid += restInvalid;
      current = rest;
      from = 0;
    }
  }

  private boolean advance() throws IOException {
    Line line = lines.next();
    if (line == null) {
      rest = null;
      return false;
    }
    rest = line.text();
    restLine = line.number();
    restInvalid = line.invalidBytes();
    return true;
  }

  /** Where {@code <NAME>} or {@code <NAME } opens in {@code text} from {@code from}, or -1. */
  private int findOpen(String text, int from) {
    for (int at = text.indexOf(open, from); at >= 0; at = text.indexOf(open, at + 1)) {
      int after = at + open.length();
      if (after == text.length() || text.charAt(after) == '>' || Character.isWhitespace(text.charAt(after))) {
        return at;
      }
    }
    return -1;
  }
}
