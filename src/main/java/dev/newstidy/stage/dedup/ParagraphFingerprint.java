package dev.newstidy.stage.dedup;

import com.google.common.hash.HashCode;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.text.Normalizer;

/**
 * The identity of a paragraph for exact-repeat detection: its text in NFKC with all white space
 * removed, hashed to 128 bits. Two blocks that differ only in spacing or in full-width versus
 * compatibility forms ({@code ＡＢＣ} and {@code ABC}) share a fingerprint.
 *
 * <p>128 bits, not 64: at 10⁹ distinct paragraphs a 64-bit hash collides somewhere with a chance of
 * about 3%, and a collision silently deletes a paragraph; at 128 bits the chance is about 10⁻²¹.
 *
 * <p>Example, pinned by {@code ParagraphFingerprintTest}: {@code "海安 市总工会"} and {@code
 * "海安市总工会"} have the same fingerprint; {@code normalisedLength} of both is 6.
 */
public final class ParagraphFingerprint {
  private static final HashFunction HASH = Hashing.murmur3_128(0x6e657773);

  private ParagraphFingerprint() {}

  /** The text as compared: NFKC, white space removed. */
  public static String normalise(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(nfkc.length());
    for (int i = 0; i < nfkc.length(); i++) {
      char c = nfkc.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The 128-bit fingerprint of already-normalised text. */
  public static HashCode ofNormalised(String normalised) {
    return HASH.hashUnencodedChars(normalised);
  }
}
