package dev.newstidy.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
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
 */
public final class LineReader implements LineSource {
  static final int CHUNK = 64 * 1024;

  private final InputStream in;
  private final Charset charset;
  private final boolean asciiFastPath;
  private final CharsetDecoder strict;
  private final byte[] buffer = new byte[CHUNK];
  private int position;
  private int limit;
  private boolean eof;
  private int lineNumber;
  private byte[] line = new byte[256];
  private int lineLength;

  /** A UTF-8 reader. */
  public LineReader(InputStream in) {
    this(in, StandardCharsets.UTF_8);
  }

  public LineReader(InputStream in, Charset charset) {
    this.in = in;
    this.charset = charset;
    this.strict =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    String name = charset.name();
    // In these encodings every byte below 0x80 is the ASCII character, so ASCII lines skip decoding.
    this.asciiFastPath = name.equals("UTF-8") || name.equals("GB18030") || name.equals("GBK") || name.equals("Big5")
        || name.equals("US-ASCII") || name.startsWith("ISO-8859");
  }

  @Override
  public Line next() throws IOException {
    lineLength = 0;
    boolean sawAny = false;
    while (true) {
      if (position >= limit) {
        if (eof || !fill()) {
          return sawAny ? finish() : null;
        }
      }
      sawAny = true;
      int start = position;
      while (position < limit) {
        byte b = buffer[position];
        if (b == '\n' || b == '\r') {
          append(start, position);
          position++;
          if (b == '\r') {
            skipLineFeedAfterReturn();
          }
          return finish();
        }
        position++;
      }
      append(start, position);
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

  private boolean fill() throws IOException {
    int n = in.readNBytes(buffer, 0, buffer.length);
    position = 0;
    limit = Math.max(n, 0);
    if (n < buffer.length) {
      eof = true;
    }
    return limit > 0;
  }

  private void append(int from, int to) {
    int n = to - from;
    if (lineLength + n > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + n));
    }
    System.arraycopy(buffer, from, line, lineLength, n);
    lineLength += n;
  }

  private Line finish() {
    lineNumber++;
    if (asciiFastPath && isAscii(line, lineLength)) {
      return new Line(lineNumber, new String(line, 0, lineLength, StandardCharsets.ISO_8859_1), 0);
    }
    try {
      CharBuffer chars = strict.reset().decode(ByteBuffer.wrap(line, 0, lineLength));
      return new Line(lineNumber, chars.toString(), 0);
    } catch (CharacterCodingException e) {
      return decodeReplacing();
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
