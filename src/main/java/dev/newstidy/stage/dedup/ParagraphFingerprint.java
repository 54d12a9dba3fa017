package dev.newstidy.stage.dedup;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.text.Normalizer;

/**
 * The identity of a paragraph for repeat detection: its text in NFKC, case folded, with white space
 * removed and full-width and half-width punctuation unified, hashed to 64 bits (the first half of
 * Guava's seeded Murmur3-128, fed character by character so that no normalised copy is built; it is
 * stable across runs and machines, so that an index can be kept between nights). Two
 * blocks that differ only in spacing, case, or {@code ，} against {@code ,} share a fingerprint; the
 * output keeps the original text.
 *
 * <p>Why 64 bits: the index stores one 8-byte key per distinct paragraph, so that it stays within
 * 32 bytes a paragraph. The price is the chance of a collision, one paragraph wrongly taken for a
 * repeat of another: with n distinct paragraphs the expected number of colliding pairs is n²/2⁶⁵,
 * 3·10⁻⁶ at 10 million and 0.027 at 10⁹ (a 2.7% chance that one paragraph in a billion is removed
 * wrongly). Each such removal is recorded with what it repeats, so it can be audited; {@code
 * --keep-duplicates} marks repeats without removing them.
 *
 * <p>Examples, pinned by {@code ParagraphFingerprintTest}: {@code "海安 市总工会"} and {@code
 * "海安市总工会"} share a fingerprint, as do {@code "很好，我们"} and {@code "很好,我们"}, and {@code
 * "The Bridge"} and {@code "the  bridge"}.
 */
public final class ParagraphFingerprint {
  /** Murmur3 hashes as a stream, so the normalised text is never built; its first 64 bits are kept. */
  private static final HashFunction HASH = Hashing.murmur3_128(0x6e657773);

  /** Punctuation that NFKC leaves wide, and what it is unified with: 。、“”‘’《》【】 and dashes. */
  static final String WIDE = "。、“”‘’《》【】〔〕—–．";

  private static final String NARROW = ".,\"\"''<>[][]--.";

  private ParagraphFingerprint() {}

  /** The text as compared: NFKC, case folded, white space removed, punctuation unified. */
  public static String normalise(String text) {
    String nfkc = nfkc(text);
    StringBuilder out = new StringBuilder(nfkc.length());
    for (int i = 0; i < nfkc.length(); i++) {
      char c = nfkc.charAt(i);
      if (!isSpace(c)) {
        out.append(normalisedChar(c));
      }
    }
    return out.toString();
  }

  /**
   * The text in NFKC. ASCII is its own NFKC, and most other text already is: checking beats
   * normalising.
   */
  private static String nfkc(String text) {
    return isAscii(text) || Normalizer.isNormalized(text, Normalizer.Form.NFKC)
        ? text
        : Normalizer.normalize(text, Normalizer.Form.NFKC);
  }

  /** White space, which comparison leaves out. */
  private static boolean isSpace(char c) {
    return c <= ' ' || (c >= 0x80 && (Character.isWhitespace(c) || Character.isSpaceChar(c)));
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** A paragraph's fingerprint and the length of its normalised text. */
  public record Fingerprint(long hash, int length) {}

  /**
   * The fingerprint of {@code text}, normalised as it is hashed: no normalised copy is built
   * (unless the text needs NFKC, which is rare), so that every block costs one pass.
   */
  public static Fingerprint of(String text) {
    String nfkc = nfkc(text);
    Hasher hasher = HASH.newHasher();
    int length = 0;
    for (int i = 0; i < nfkc.length(); i++) {
      char c = nfkc.charAt(i);
      if (!isSpace(c)) {
        hasher.putChar(normalisedChar(c));
        length++;
      }
    }
    return new Fingerprint(hasher.hash().asLong(), length);
  }

  /** One character as compared: lower case, and wide punctuation made narrow. */
  private static char normalisedChar(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    int wide = c >= 0x2000 ? WIDE.indexOf(c) : -1;
    if (wide >= 0) {
      return NARROW.charAt(wide);
    }
    return Character.isUpperCase(c) ? Character.toLowerCase(c) : c;
  }

  /** The 64-bit fingerprint of already-normalised text: the same as {@link #of} gives. */
  public static long ofNormalised(String normalised) {
    Hasher hasher = HASH.newHasher();
    for (int i = 0; i < normalised.length(); i++) {
      hasher.putChar(normalised.charAt(i));
    }
    return hasher.hash().asLong();
  }
}
