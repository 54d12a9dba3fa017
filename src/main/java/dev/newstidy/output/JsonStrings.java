package dev.newstidy.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import java.io.IOException;

/**
 * How {@link RecordJson} writes a string value: as Jackson writes it, or, for a sink with Jackson's
 * UTF-8 generator on a byte stream, encoded to UTF-8 here and handed over as bytes.
 *
 * <p>Why: on a 1 GB dump Jackson's string writing was a tenth of a run's CPU samples, most of it
 * in a call per CJK character ({@code _outputMultiByteChar}). The encoding here is one loop over
 * the characters of the string into a buffer the writer keeps, and Jackson then copies the bytes
 * between the quotes. The bytes are the same: a string with anything Jackson would escape or treat
 * with care (a control character, {@code "}, {@code \}, any surrogate) goes to Jackson as before,
 * and so does a string longer than {@link #MAX_CHARS}, so that the buffers stay small. {@code
 * JsonStringsTest} pins both ways against Jackson's own output: {@code 海安市总工会}, {@code café},
 * {@code "quoted"}, a tab, {@code 😀}, a lone surrogate, a very long paragraph.
 */
abstract class JsonStrings {
  /** As Jackson writes them, for every kind of generator. */
  static final JsonStrings JACKSON =
      new JsonStrings() {
        @Override
        void write(JsonGenerator g, String text) throws IOException {
          g.writeString(text);
        }
      };

  /** The longest string encoded here; a longer one goes to Jackson. */
  static final int MAX_CHARS = 1 << 16;

  /** Writes {@code text} as a string value, or {@code null}. */
  abstract void write(JsonGenerator g, String text) throws IOException;

  /** How many strings this writer encoded itself, for tests: none for {@link #JACKSON}. */
  int encodedHere() {
    return 0;
  }

  /** Writes a field whose value is {@code text}, or {@code null}. */
  final void field(JsonGenerator g, String name, String text) throws IOException {
    g.writeFieldName(name);
    write(g, text);
  }

  /**
   * A writer for one generator, which must be Jackson's UTF-8 one ({@code
   * JsonFactory.createGenerator(OutputStream, UTF8)}): others cannot take bytes. Not for use by two
   * threads at once (it keeps its buffers).
   */
  static JsonStrings utf8(JsonGenerator g) {
    if (!(g instanceof UTF8JsonGenerator)) {
      throw new IllegalArgumentException("not a UTF-8 generator: " + g.getClass().getName());
    }
    return new Utf8();
  }

  private static final class Utf8 extends JsonStrings {
    private char[] chars = new char[1024];
    private byte[] bytes = new byte[3 * 1024];
    private int encodedHere;

    @Override
    void write(JsonGenerator g, String text) throws IOException {
      if (text == null) {
        g.writeNull();
        return;
      }
      int length = encode(text);
      if (length < 0) {
        g.writeString(text);
      } else {
        g.writeRawUTF8String(bytes, 0, length);
        encodedHere++;
      }
    }

    @Override
    int encodedHere() {
      return encodedHere;
    }

    /** The UTF-8 length of {@code text} encoded into {@link #bytes}, or -1 to leave it to Jackson. */
    private int encode(String text) {
      int n = text.length();
      if (n > MAX_CHARS) {
        return -1;
      }
      if (n > chars.length) {
        int size = Math.min(MAX_CHARS, Math.max(n, 2 * chars.length));
        chars = new char[size];
        bytes = new byte[3 * size];
      }
      char[] in = chars;
      byte[] out = bytes;
      text.getChars(0, n, in, 0);
      int o = 0;
      for (int i = 0; i < n; i++) {
        char c = in[i];
        if (c < 0x80) {
          if (c < 0x20 || c == '"' || c == '\\') {
            return -1;
          }
          out[o++] = (byte) c;
        } else if (c < 0x800) {
          out[o++] = (byte) (0xC0 | (c >> 6));
          out[o++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isSurrogate(c)) {
          return -1;
        } else {
          out[o++] = (byte) (0xE0 | (c >> 12));
          out[o++] = (byte) (0x80 | ((c >> 6) & 0x3F));
          out[o++] = (byte) (0x80 | (c & 0x3F));
        }
      }
      return o;
    }
  }
}
