package dev.newstidy.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Cuts a byte stream into numbered lines, in large chunks and without holding more than one line,
 * then decodes each line. Each of {@code \n}, {@code \r\n} and {@code \r} ends one line. Malformed
 * bytes become U+FFFD and are counted on their line, so that the caller can warn with {@code
 * path:line}.
 *
 * <p>Cutting bytes before decoding is safe for UTF-8, GB18030, Big5 and the other ASCII-compatible
 * encodings: none of their multi-byte characters holds {@code 0x0A} or {@code 0x0D}. UTF-16 and
 * UTF-32 are read by {@link CharLineReader} instead.
 *
 * <p>Example, pinned by {@code LineReaderTest}: the bytes {@code "a\r\nb\rc\n"} give lines 1 {@code
 * a}, 2 {@code b}, 3 {@code c}.
 *
 * <p>A line holds at most {@code maxLineBytes} bytes ({@code --max-line-bytes}): the rest, up to the
 * line end, is read past without being kept, the cut backs off to a whole UTF-8 character, and
 * {@link OverlongLine} is told, so that a dump of one 2 GiB line costs the limit in memory, not the
 * line ({@code LineReaderTest.cutsALineAtTheLimitOnACharacterBoundaryAndReadsOn}).
 */
public final class LineReader implements LineSource {
  static final int CHUNK = 64 * 1024;

  /**
   * The longest decoded line whose buffer the reader keeps for the next lines: 1 Mi chars, 2 MiB of
   * heap for each of the two buffers ({@link #decoded} and {@link #chars}).
   */
  private static final int KEPT_CHARS = 1 << 20;

  /** The default {@code --max-line-bytes}: 16 MiB, far above any page a scraper writes on one line. */
  public static final int DEFAULT_MAX_LINE_BYTES = 16 << 20;

  private final InputStream in;
  private final Charset charset;
  private final boolean asciiFastPath;
  /** UTF-8: lines of one- to three-byte sequences are decoded by {@link #decodeCommonUtf8}. */
  private final boolean utf8;
  /** Where {@link #decodeCommonUtf8} decodes, kept for the next lines up to {@link #KEPT_CHARS}. */
  private char[] chars = new char[256];
  private CharBuffer decoded = CharBuffer.allocate(256);
  private final CharsetDecoder strict;
  private final byte[] buffer = new byte[CHUNK];
  private int position;
  private int limit;
  private boolean eof;
  private int lineNumber;
  private byte[] line = new byte[256];
  private int lineLength;
  private long dropped;
  private final int maxLineBytes;
  private final OverlongLine overlong;

  /** A UTF-8 reader. */
  public LineReader(InputStream in) {
    this(in, StandardCharsets.UTF_8);
  }

  public LineReader(InputStream in, Charset charset) {
    this(in, charset, DEFAULT_MAX_LINE_BYTES, OverlongLine.IGNORE);
  }

  /** A reader that keeps at most {@code maxLineBytes} of a line and tells {@code overlong} of a cut. */
  public LineReader(InputStream in, Charset charset, int maxLineBytes, OverlongLine overlong) {
    this.in = in;
    this.charset = charset;
    this.maxLineBytes = maxLineBytes;
    this.overlong = overlong;
    this.strict =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    String name = charset.name();
    this.utf8 = name.equals("UTF-8");
    // In these encodings every byte below 0x80 is the ASCII character, so ASCII lines skip decoding.
    this.asciiFastPath = utf8 || name.equals("GB18030") || name.equals("GBK") || name.equals("Big5")
        || name.equals("US-ASCII") || name.startsWith("ISO-8859");
  }

  /**
   * Numbers the lines of this reader after {@code lines} lines, for a part of a larger file that
   * starts after them: with 40, the first line read is line 41. Before the first line only.
   */
  public LineReader startingAfter(int lines) {
    if (lineNumber != 0 || lines < 0) {
      throw new IllegalStateException("startingAfter(" + lines + ") after line " + lineNumber);
    }
    lineNumber = lines;
    return this;
  }

  @Override
  public Line next() throws IOException {
    lineLength = 0;
    dropped = 0;
    boolean sawAny = false;
    while (true) {
      if (position >= limit) {
        if (eof || !fill()) {
          return sawAny ? finish() : null;
        }
      }
      sawAny = true;
      // The scan keeps the chunk, its end and where it stands in locals: the quick JIT tier (C1),
      // which the launcher uses alone for most runs under 128 MiB, reloads a field at every step.
      byte[] chunk = buffer;
      int start = position;
      int end = limit;
      int at = start;
      while (at < end) {
        byte b = chunk[at];
        if (b == '\n' || b == '\r') {
          append(start, at);
          position = at + 1;
          if (b == '\r') {
            skipLineFeedAfterReturn();
          }
          return finish();
        }
        at++;
      }
      position = at;
      append(start, at);
    }
  }

  private void skipLineFeedAfterReturn() throws IOException {
    if (position >= limit && !eof) {
      fill();
    }
    if (position < limit && buffer[position] == '\n') {
      position++;
    }
  }

  /**
   * Reads the next bytes: what the input gives in one read, up to a chunk. Over a plain file, a
   * {@link java.io.BufferedInputStream} gives a whole chunk; over a pipe whose writer has paused,
   * it gives what the pipe holds, so that the lines already there are cut and handed on before the
   * reader waits for more (a live feed's records leave as it sends them). Waiting for a whole chunk
   * held a pipe's last lines back until 64 KiB more came or the input ended. Pinned by {@code
   * LineReaderTest.givesTheLinesAPausedPipeHoldsWithoutWaitingForMore}. A line that ends in a lone
   * {@code \r} as the read ends still waits for the next byte, which may be its {@code \n}.
   */
  private boolean fill() throws IOException {
    int n;
    do {
      // A read of nothing is no end: only -1 is.
      n = in.read(buffer, 0, buffer.length);
    } while (n == 0);
    position = 0;
    limit = Math.max(n, 0);
    if (n < 0) {
      eof = true;
    }
    return limit > 0;
  }

  private void append(int from, int to) {
    int n = to - from;
    if (lineLength + n > maxLineBytes) {
      int kept = maxLineBytes - lineLength;
      dropped += n - kept;
      n = kept;
    }
    if (lineLength + n > line.length) {
      // Doubling in long arithmetic: an int would overflow past 1 GiB.
      line = Arrays.copyOf(line, (int) Math.min(maxLineBytes, Math.max(2L * line.length, lineLength + n)));
    }
    System.arraycopy(buffer, from, line, lineLength, n);
    lineLength += n;
  }

  private Line finish() throws IOException {
    lineNumber++;
    if (dropped > 0) {
      long length = lineLength + dropped;
      if (utf8) {
        backOffToCharacterStart();
      }
      overlong.cut(lineNumber, length);
    }
    if (asciiFastPath && isAscii(line, lineLength)) {
      return new Line(lineNumber, new String(line, 0, lineLength, StandardCharsets.ISO_8859_1), 0);
    }
    String text = utf8 ? decodeCommonUtf8() : null;
    if (text != null) {
      return new Line(lineNumber, text, 0);
    }
    text = decodeStrictly();
    return text != null ? new Line(lineNumber, text, 0) : decodeReplacing();
  }

  /**
   * The current line decoded by the strict decoder, or null when it holds a malformed sequence.
   * The same decoding as {@link CharsetDecoder#decode(ByteBuffer)}, into a buffer this reader
   * keeps, so that a line costs its String and nothing else (a new CharBuffer per line and the
   * copy out of it were a fifth of a run's allocation). A buffer for a line longer than {@link
   * #KEPT_CHARS} is not kept.
   */
  private String decodeStrictly() {
    long needed = (long) Math.ceil(lineLength * (double) strict.maxCharsPerByte()) + 1;
    int room = (int) Math.min(Integer.MAX_VALUE - 8, needed);
    CharBuffer out = room <= decoded.capacity() ? decoded.clear() : CharBuffer.allocate(room);
    if (out != decoded && room <= KEPT_CHARS) {
      decoded = out;
    }
    ByteBuffer in = ByteBuffer.wrap(line, 0, lineLength);
    strict.reset();
    CoderResult result = strict.decode(in, out, true);
    if (!result.isUnderflow() || !strict.flush(out).isUnderflow()) {
      return null;
    }
    return out.flip().toString();
  }

  /**
   * The current UTF-8 line decoded, when it holds only well-formed sequences of one to three bytes
   * (ASCII, Latin, CJK: nearly every line of a news dump); else null, and the {@link
   * #decodeStrictly strict decoder} reads it. Each sequence is checked as the strict decoder checks
   * it (no overlong form, no encoded surrogate), so a line decoded here is the one it would give;
   * a four-byte sequence, a stray continuation byte or a cut one hands the whole line over. The
   * JDK's decoder works through buffers: on the quick JIT tier (C1), which the launcher uses alone
   * for most runs under 128 MiB, a loop over 60 MB of lines took 1.7 times as long with it as with
   * this one (on the optimising tier both take the same time). {@code 河岸} (E6 B2 B3 E5 B2 B8)
   * decodes here; {@code 😀} (F0 9F 98 80), the overlong E0 80 80 and the surrogate ED A0 80 do
   * not. Pinned by {@code LineReaderTest.decodesEveryEdgeOfTheCommonFormsAsTheStrictDecoderDoes}
   * and {@code decodesRandomBytesAsTheStrictDecoderDoes}.
   */
  private String decodeCommonUtf8() {
    byte[] in = line;
    int n = lineLength;
    char[] out = chars;
    if (out.length < n) {
      // Grown by doubling up to KEPT_CHARS, so that lines growing longer by little do not each
      // take a new array; a longer line's array is its own.
      out = new char[n > KEPT_CHARS ? n : Math.min(KEPT_CHARS, Math.max(n, 2 * out.length))];
      if (n <= KEPT_CHARS) {
        chars = out;
      }
    }
    int o = 0;
    int i = 0;
    while (i < n) {
      int b = in[i];
      if (b >= 0) {
        out[o++] = (char) b;
        i++;
      } else if ((b & 0xF0) == 0xE0 && i + 2 < n) {
        int b1 = in[i + 1];
        int b2 = in[i + 2];
        int c = (b & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F);
        boolean wellFormed = (b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80;
        if (!wellFormed || c < 0x800 || Character.isSurrogate((char) c)) {
          return null;
        }
        out[o++] = (char) c;
        i += 3;
      } else if ((b & 0xE0) == 0xC0 && i + 1 < n) {
        int b1 = in[i + 1];
        int c = (b & 0x1F) << 6 | (b1 & 0x3F);
        if ((b1 & 0xC0) != 0x80 || c < 0x80) {
          return null;
        }
        out[o++] = (char) c;
        i += 2;
      } else {
        return null;
      }
    }
    return new String(out, 0, o);
  }

  /** Drops the continuation bytes of a UTF-8 character the cut split, and its lead byte. */
  private void backOffToCharacterStart() {
    int end = lineLength;
    while (end > 0 && (line[end - 1] & 0xC0) == 0x80) {
      end--;
    }
    if (end > 0 && (line[end - 1] & 0xC0) == 0xC0) {
      int lead = line[end - 1] & 0xFF;
      int size = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
      if (lineLength - (end - 1) < size) {
        lineLength = end - 1;
      }
    }
  }

  /** Decodes the current line with U+FFFD for each malformed sequence, counting them. */
  private Line decodeReplacing() {
    CharsetDecoder decoder =
        charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.wrap(line, 0, lineLength);
    CharBuffer out = CharBuffer.allocate(lineLength * 2 + 2);
    int invalid = 0;
    while (true) {
      CoderResult result = decoder.decode(bytes, out, true);
      if (result.isError()) {
        out.put('\uFFFD');
        bytes.position(bytes.position() + result.length());
        invalid++;
      } else {
        break;
      }
    }
    decoder.flush(out);
    out.flip();
    return new Line(lineNumber, out.toString(), invalid);
  }

  private static boolean isAscii(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    return true;
  }
}
