package dev.newstidy.stage.dedup;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.text.Normalizer;

/**
 * The identity of a paragraph for repeat detection: its text in NFKC, case folded, with white space
 * removed and full-width and half-width punctuation unified, hashed to 64 bits (Guava's FarmHash
 * fingerprint, stable across runs and machines, so that an index can be kept between nights). Two
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
  private static final HashFunction HASH = Hashing.farmHashFingerprint64();

  /** Punctuation that NFKC leaves wide, and what it is unified with: 。、“”‘’《》【】 and dashes. */
  private static final String WIDE = "。、“”‘’《》【】〔〕—–．";

  private static final String NARROW = ".,\"\"''<>[][]--.";

  private ParagraphFingerprint() {}

  /** The text as compared: NFKC, case folded, white space removed, punctuation unified. */
  public static String normalise(String text) {
    // ASCII is its own NFKC, and most other text already is in NFKC: checking beats normalising.
    String nfkc =
        isAscii(text) || Normalizer.isNormalized(text, Normalizer.Form.NFKC)
            ? text
            : Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(nfkc.length());
    for (int i = 0; i < nfkc.length(); i++) {
      char c = nfkc.charAt(i);
      if (c <= ' ' || (c >= 0x80 && (Character.isWhitespace(c) || Character.isSpaceChar(c)))) {
        continue;
      }
      if (c < 0x80) {
        out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        continue;
      }
      int wide = c >= 0x2000 ? WIDE.indexOf(c) : -1;
      if (wide >= 0) {
        out.append(NARROW.charAt(wide));
      } else {
        out.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : c);
      }
    }
    return out.toString();
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** The 64-bit fingerprint of already-normalised text. */
  public static long ofNormalised(String normalised) {
    return HASH.hashUnencodedChars(normalised).asLong();
  }
}
