package dev.newstidy.input;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decides how to decode a dump from its first 64 KiB, so that stdin streams too: a byte order mark
 * first (it is stripped), then the binary check (a NUL byte), then UTF-8 unless the prefix is
 * largely invalid as UTF-8, and only then a detector (juniversalchardet). A prefix valid as UTF-8
 * apart from a few stray bytes (fewer than 1 in 1,000) stays UTF-8, and those bytes become U+FFFD
 * with a warning.
 *
 * <p>Examples, pinned by {@code DecodingTest}: {@code EF BB BF} gives UTF-8 with a 3-byte mark;
 * {@code FF FE} gives UTF-16LE; a GB18030 news text gives GB18030, {@code detected}; plain ASCII gives
 * UTF-8; a prefix with a NUL byte and no UTF-16 mark is binary.
 */
public final class Decoding {
  /** How many bytes the decision looks at. */
  public static final int PREFIX = 64 * 1024;

  /** The decision: which charset, how long a byte order mark to skip, and why. */
  public record Decision(Charset charset, int bomLength, boolean binary, boolean detected) {
    /** True when lines can be cut on bytes before decoding: no character holds a 0x0A or 0x0D byte. */
    public boolean cutsOnBytes() {
      return Decoding.cutsOnBytes(charset);
    }
  }

  private Decoding() {}

  /**
   * Decides how to decode the input whose first bytes are {@code prefix[0..length)}.
   *
   * @param forced the charset the user named with {@code --encoding}, or null
   */
  public static Decision decide(byte[] prefix, int length, Charset forced) {
    Charset bomCharset = null;
    int bom = 0;
    if (length >= 3 && (prefix[0] & 0xFF) == 0xEF && (prefix[1] & 0xFF) == 0xBB && (prefix[2] & 0xFF) == 0xBF) {
      bomCharset = StandardCharsets.UTF_8;
      bom = 3;
    } else if (length >= 2 && (prefix[0] & 0xFF) == 0xFF && (prefix[1] & 0xFF) == 0xFE) {
      bomCharset = StandardCharsets.UTF_16LE;
      bom = 2;
    } else if (length >= 2 && (prefix[0] & 0xFF) == 0xFE && (prefix[1] & 0xFF) == 0xFF) {
      bomCharset = StandardCharsets.UTF_16BE;
      bom = 2;
    }
    if (forced != null) {
      if (bomCharset != null && sameUnicodeFamily(forced, bomCharset)) {
        // --encoding UTF-16 names the family; the mark says which byte order.
        return new Decision(bomCharset, bom, false, false);
      }
      int skip = 0;
      boolean binary = cutsOnBytes(forced) && hasNul(prefix, skip, length);
      return new Decision(forced, skip, binary, false);
    }
    if (bomCharset != null) {
      return new Decision(bomCharset, bom, false, false);
    }
    if (hasNul(prefix, 0, length)) {
      return new Decision(StandardCharsets.UTF_8, 0, true, false);
    }
    if (isMostlyUtf8(prefix, length)) {
      return new Decision(StandardCharsets.UTF_8, 0, false, false);
    }
    Charset guessed = detect(prefix, length);
    if (guessed != null) {
      return new Decision(guessed, 0, false, true);
    }
    return new Decision(StandardCharsets.UTF_8, 0, false, false);
  }

  /** False for UTF-16 and UTF-32, whose characters can hold 0x0A and 0x0D bytes. */
  static boolean cutsOnBytes(Charset charset) {
    String name = charset.name().toUpperCase(java.util.Locale.ROOT);
    return !name.contains("UTF-16") && !name.contains("UTF-32") && !name.contains("UTF_16") && !name.contains("UTF_32");
  }

  private static boolean sameUnicodeFamily(Charset a, Charset b) {
    String x = a.name().toUpperCase(java.util.Locale.ROOT);
    String y = b.name().toUpperCase(java.util.Locale.ROOT);
    return x.startsWith(y.substring(0, 6));
  }

  private static boolean hasNul(byte[] prefix, int from, int length) {
    for (int i = from; i < length; i++) {
      if (prefix[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * True unless the prefix is largely invalid as UTF-8: fewer than 1 invalid sequence per 1,000
   * bytes, or fewer than 4 in all, or fewer invalid sequences than twice the valid multi-byte ones
   * (UTF-8 text with some damage). GB18030 or Big5 text fails all three. A sequence cut at the
   * prefix's end is not counted.
   */
  static boolean isMostlyUtf8(byte[] prefix, int length) {
    long invalid = 0;
    long multibyte = 0;
    int i = 0;
    while (i < length) {
      int b = prefix[i] & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      int need = b >= 0xF0 && b <= 0xF4 ? 3 : b >= 0xE0 ? (b <= 0xEF ? 2 : -1) : b >= 0xC2 ? 1 : -1;
      if (need < 0) {
        invalid++;
        i++;
        continue;
      }
      if (i + need >= length) {
        break;
      }
      boolean ok = true;
      for (int k = 1; k <= need; k++) {
        if ((prefix[i + k] & 0xC0) != 0x80) {
          ok = false;
          break;
        }
      }
      if (ok) {
        multibyte++;
        i += need + 1;
      } else {
        invalid++;
        i++;
      }
    }
    return invalid * 1000 < Math.max(length, 1) || invalid < 4 || invalid < multibyte * 2;
  }

  private static Charset detect(byte[] prefix, int length) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(prefix, 0, length);
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    if (name == null || !Charset.isSupported(name)) {
      return null;
    }
    Charset charset = Charset.forName(name);
    // GB2312 and GBK are subsets of GB18030: decode with the superset so that no character is lost.
    String upper = charset.name().toUpperCase(java.util.Locale.ROOT);
    if (upper.equals("GB2312") || upper.equals("GBK") || upper.equals("EUC-CN")) {
      return Charset.forName("GB18030");
    }
    return charset.equals(StandardCharsets.UTF_8) ? null : charset;
  }
}
