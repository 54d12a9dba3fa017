package dev.newstidy.stage.dedup;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.Arrays;

/**
 * The shingles of a paragraph for near-duplicate detection, as sorted distinct 64-bit hashes:
 * character 5-grams for Chinese text (no word spaces to go by), word 3-grams for Latin text. The
 * text is the normalised text of {@link ParagraphFingerprint}, with punctuation dropped, so that
 * widened punctuation and doubled spaces change nothing.
 *
 * <p>Examples, pinned by {@code ShinglesTest}: {@code "今天天气很好"} has the two 5-grams {@code
 * 今天天气很} and {@code 天天气很好}; {@code "the county board met today"} has the three 3-grams {@code
 * the county board}, {@code county board met} and {@code board met today}.
 */
public final class Shingles {
  /** What separates words: anything but letters and digits. */
  private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

  static final int CJK_GRAM = 5;
  static final int WORD_GRAM = 3;

  private Shingles() {}

  /** The sorted distinct shingle hashes of {@code text} (raw paragraph text). */
  public static long[] of(String text) {
    String normal = ParagraphFingerprint.normalise(text);
    int cjk = 0;
    int latin = 0;
    for (int i = 0; i < normal.length(); i++) {
      char c = normal.charAt(i);
      if (Character.isIdeographic(c)) {
        cjk++;
      } else if (Character.isLetter(c)) {
        latin++;
      }
    }
    return cjk * 3 >= latin ? characterGrams(normal) : wordGrams(text);
  }

  private static long[] characterGrams(String normal) {
    StringBuilder letters = new StringBuilder(normal.length());
    for (int i = 0; i < normal.length(); i++) {
      char c = normal.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        letters.append(c);
      }
    }
    LongOpenHashSet set = new LongOpenHashSet();
    for (int i = 0; i + CJK_GRAM <= letters.length(); i++) {
      set.add(hash(letters, i, i + CJK_GRAM));
    }
    if (set.isEmpty() && letters.length() > 0) {
      set.add(hash(letters, 0, letters.length()));
    }
    return sorted(set);
  }

  private static long[] wordGrams(String text) {
    String[] words =
        NON_WORD.split(
            java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
                .toLowerCase(java.util.Locale.ROOT));
    int n = 0;
    for (String w : words) {
      if (!w.isEmpty()) {
        words[n++] = w;
      }
    }
    LongOpenHashSet set = new LongOpenHashSet();
    for (int i = 0; i + WORD_GRAM <= n; i++) {
      set.add(hash(String.join(" ", Arrays.copyOfRange(words, i, i + WORD_GRAM)), 0, -1));
    }
    if (set.isEmpty() && n > 0) {
      set.add(hash(String.join(" ", Arrays.copyOfRange(words, 0, n)), 0, -1));
    }
    return sorted(set);
  }

  /** FNV-1a over the chars, then a strong mix, so that nearby grams spread over all 64 bits. */
  private static long hash(CharSequence s, int from, int to) {
    int end = to < 0 ? s.length() : to;
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < end; i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  /** The finaliser of SplitMix64. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long[] sorted(LongOpenHashSet set) {
    long[] out = set.toLongArray();
    Arrays.sort(out);
    return out;
  }

  /** The Jaccard similarity of two sorted distinct shingle sets: shared over all. */
  public static double jaccard(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - shared;
    return union == 0 ? 0 : (double) shared / union;
  }
}
