package dev.newstidy.input;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Cuts a UTF-8 byte stream into numbered lines, in large chunks and without holding more than one
 * line. Each of {@code \n}, {@code \r\n} and {@code \r} ends one line; a UTF-8 byte order mark is
 * dropped. Malformed bytes become U+FFFD and are counted on their line, so that the caller can warn
 * with {@code path:line}.
 *
 * <p>Cutting bytes before decoding is safe for UTF-8: no multi-byte sequence contains {@code 0x0A}
 * or {@code 0x0D}.
 *
 * <p>Example: the bytes {@code "a\r\nb\rc\n"} give lines 1 {@code a}, 2 {@code b}, 3 {@code c}.
 */
public final class LineReader implements Closeable {
  /** The prefix inspected for NUL bytes, and the read chunk size. */
  static final int CHUNK = 64 * 1024;

  private final InputStream in;
  private final byte[] buffer = new byte[CHUNK];
  private int position;
  private int limit;
  private boolean eof;
  private boolean binary;
  private int lineNumber;
  private byte[] line = new byte[256];
  private int lineLength;

  private final CharsetDecoder strict =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  /** Opens the reader and inspects the first chunk for a byte order mark and for NUL bytes. */
  public LineReader(InputStream in) throws IOException {
    this.in = in;
    fill();
    if (limit >= 3 && buffer[0] == (byte) 0xEF && buffer[1] == (byte) 0xBB && buffer[2] == (byte) 0xBF) {
      position = 3;
    }
    for (int i = position; i < limit; i++) {
      if (buffer[i] == 0) {
        binary = true;
        break;
      }
    }
  }

  /** True when the first 64 KiB hold a NUL byte: the input is not text. */
  public boolean isBinary() {
    return binary;
  }

  /** The next line, or null at the end of the input. */
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
    ByteBuffer bytes = ByteBuffer.wrap(line, 0, lineLength);
    if (isAscii(line, lineLength)) {
      return new Line(lineNumber, new String(line, 0, lineLength, StandardCharsets.ISO_8859_1), 0);
    }
    try {
      CharBuffer chars = strict.reset().decode(bytes);
      return new Line(lineNumber, chars.toString(), 0);
    } catch (CharacterCodingException e) {
      return decodeReplacing();
    }
  }

  /** Decodes the current line with U+FFFD for each malformed sequence, counting them. */
  private Line decodeReplacing() {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.wrap(line, 0, lineLength);
    CharBuffer out = CharBuffer.allocate(lineLength + 1);
    int invalid = 0;
    while (true) {
      var result = decoder.decode(bytes, out, true);
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

  @Override
  public void close() throws IOException {
    in.close();
  }
}
