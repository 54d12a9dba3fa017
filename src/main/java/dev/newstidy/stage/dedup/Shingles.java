package dev.newstidy.stage.dedup;

import dev.newstidy.text.Scripts;
import java.util.Arrays;

/**
 * The shingles of a paragraph for near-duplicate detection, as sorted distinct 64-bit hashes:
 * character 5-grams for Chinese text (no word spaces to go by), word 3-grams for Latin text of
 * {@value #SHORT_LATIN_WORDS} words or more, and character 5-grams again for shorter Latin text. The
 * text is the normalised text of {@link ParagraphFingerprint}, with punctuation dropped, so that
 * widened punctuation and doubled spaces change nothing.
 *
 * <p>Why short Latin text is cut into characters: one dropped letter breaks three word 3-grams, so
 * a paragraph of w words keeps a Jaccard similarity of about (w - 5) / (w + 1) with its copy, under
 * the default threshold 0.8 below 30 words and under 0.5 (too low to be found by the bands or
 * checked by edits) below 11. {@code "Most of the harbor pilots live in villages near Linden
 * Cove."} and the same with {@code "in"} typed {@code "n"} share 6 of 12 word 3-grams (0.5, found
 * by the bands with probability 0.41), but 40 of 49 character 5-grams (0.82). Word 3-grams stay for
 * longer text, where they tell a rewritten clause from a few dropped letters better and cost a
 * fifth as many hashes. Character 5-grams of short Latin text find copies but are too lenient to
 * confirm them ({@link #isShortLatin}): {@link NearDuplicateIndex} confirms those by edits only.
 *
 * <p>Examples, pinned by {@code ShinglesTest}: {@code "今天天气很好"} has the two 5-grams {@code
 * 今天天气很} and {@code 天天气很好}; a Latin paragraph of 30 words has 28 word 3-grams, such as
 * {@code the county board}, {@code county board met} and {@code board met today}; {@code "the
 * county board met today"} has the 18 character 5-grams of {@code thecountyboardmettoday}.
 */
public final class Shingles {
  static final int CJK_GRAM = 5;
  static final int WORD_GRAM = 3;

  /** Latin text of fewer words than this is cut into character 5-grams (see the class comment). */
  static final int SHORT_LATIN_WORDS = 30;

  private Shingles() {}

  /** The sorted distinct shingle hashes of {@code text} (raw paragraph text). */
  public static long[] of(String text) {
    return of(text, ParagraphFingerprint.normalise(text));
  }

  /** {@link #of(String)} given the text's normalised form too, so that it is made once. */
  static long[] of(String text, String normal) {
    return of(text, normal, kindOf(text, normal));
  }

  /** {@link #of(String, String)} given the text's kind too ({@link #kindOf}), so that it is found once. */
  static long[] of(String text, String normal, Kind kind) {
    return of(text, normal, kind, new Scratch());
  }

  /** {@link #of(String, String, Kind)} with its working arrays taken from {@code scratch}. */
  static long[] of(String text, String normal, Kind kind, Scratch scratch) {
    return kind == Kind.LONG_LATIN ? wordGrams(text, scratch) : characterGrams(normal, scratch);
  }

  /**
   * The working arrays of making a paragraph's shingles: its letters, its word hashes (word
   * 3-grams), its unsorted hashes, and the counting sort's buckets and output. What {@link #of}
   * returns is never one of them. A new scratch grows each array to the size the first paragraph
   * needs; one kept by a thread for paragraph after paragraph keeps arrays of up to {@value #KEPT}
   * entries (about 2 MiB in all) and makes a longer one for that paragraph alone. One thread uses a
   * scratch.
   */
  static final class Scratch {
    /** The most entries an array kept for the next paragraph holds (512 KiB of hashes). */
    static final int KEPT = 1 << 16;

    private static final int WORDS = 0;
    private static final int HASHES = 1;
    private static final int PLACED = 2;

    private char[] letters = new char[0];
    /** The word hashes, the unsorted hashes and the sort's output, at {@link #WORDS}, {@link #HASHES}, {@link #PLACED}. */
    private final long[][] longs = {new long[0], new long[0], new long[0]};
    private int[] starts = new int[0];

    char[] letters(int n) {
      if (letters.length < n) {
        if (n > KEPT) {
          return new char[n];
        }
        letters = new char[grown(letters.length, n)];
      }
      return letters;
    }

    long[] words(int n) {
      return longs(WORDS, n);
    }

    long[] hashes(int n) {
      return longs(HASHES, n);
    }

    long[] placed(int n) {
      return longs(PLACED, n);
    }

    private long[] longs(int which, int n) {
      long[] kept = longs[which];
      if (kept.length < n) {
        if (n > KEPT) {
          return new long[n];
        }
        kept = new long[grown(kept.length, n)];
        longs[which] = kept;
      }
      return kept;
    }

    /** Zeroed over the first {@code n}, as the counting sort needs its buckets. */
    int[] starts(int n) {
      if (starts.length < n) {
        if (n > KEPT) {
          return new int[n];
        }
        starts = new int[grown(starts.length, n)];
        return starts;
      }
      Arrays.fill(starts, 0, n, 0);
      return starts;
    }

    private static int grown(int length, int needed) {
      return Math.min(KEPT, Math.max(needed, 2 * length));
    }
  }

  /** How a paragraph is cut into shingles, and whether its shingles may confirm a copy. */
  enum Kind {
    /** Chinese text: character 5-grams. */
    CHINESE,
    /** Latin text under {@value #SHORT_LATIN_WORDS} words: character 5-grams, confirmed by edits only. */
    SHORT_LATIN,
    /** Latin text of {@value #SHORT_LATIN_WORDS} words or more: word 3-grams. */
    LONG_LATIN;

    /** True when the shingles are character 5-grams of the normalised text. */
    boolean byCharacters() {
      return this != LONG_LATIN;
    }
  }

  /** The kind of {@code text} given its normalised form: one pass for the script, one for the words. */
  static Kind kindOf(String text, String normal) {
    if (isChinese(normal)) {
      return Kind.CHINESE;
    }
    return words(text) < SHORT_LATIN_WORDS ? Kind.SHORT_LATIN : Kind.LONG_LATIN;
  }

  /**
   * True when {@code text} (raw paragraph text) is Latin text of under {@value #SHORT_LATIN_WORDS}
   * words, cut into character 5-grams. Their Jaccard similarity finds a copy but is too lenient to
   * prove one: {@code "According to the county, enrollment has fallen by 287 students over the past
   * 10 years, and parents who spoke…"} (29 words) and the same with {@code 198} and {@code 4} share
   * 0.82 of their 5-grams, but differ in five characters. Pinned by {@code NearDuplicateIndexTest}.
   */
  public static boolean isShortLatin(String text) {
    return isShortLatin(text, ParagraphFingerprint.normalise(text));
  }

  /** {@link #isShortLatin(String)} given the text's normalised form too. */
  static boolean isShortLatin(String text, String normal) {
    return kindOf(text, normal) == Kind.SHORT_LATIN;
  }

  /** True when Han characters are at least a third of the letters of normalised text. */
  private static boolean isChinese(String normal) {
    int cjk = 0;
    int latin = 0;
    for (int i = 0; i < normal.length(); i++) {
      char c = normal.charAt(i);
      if (Scripts.isHan(c)) {
        cjk++;
      } else if (Character.isLetter(c)) {
        latin++;
      }
    }
    return cjk * 3 >= latin;
  }

  /** The number of words, runs of letters and digits, as {@link #wordGrams} counts them. */
  private static int words(String text) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        n++;
      }
      inWord = letter;
    }
    return n;
  }

  /** Character 5-grams over the letters and digits of normalised text. */
  private static long[] characterGrams(String normal, Scratch scratch) {
    char[] letters = scratch.letters(normal.length());
    int n = 0;
    for (int i = 0; i < normal.length(); i++) {
      char c = normal.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        letters[n++] = c;
      }
    }
    if (n == 0) {
      return new long[0];
    }
    if (n < CJK_GRAM) {
      return new long[] {hash(letters, 0, n)};
    }
    int count = n - CJK_GRAM + 1;
    long[] grams = scratch.hashes(count);
    for (int i = 0; i < count; i++) {
      grams[i] = hash(letters, i, i + CJK_GRAM);
    }
    return sortedDistinct(grams, count, scratch);
  }

  /** Word 3-grams: each word hashed once, three neighbours combined, no strings built. */
  private static long[] wordGrams(String text, Scratch scratch) {
    long[] words = scratch.words(text.length() / 2 + 1);
    int n = 0;
    long h = FNV_OFFSET;
    boolean inWord = false;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        char lower = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
        h = (h ^ lower) * FNV_PRIME;
        inWord = true;
      } else if (inWord) {
        words[n++] = mix(h);
        h = FNV_OFFSET;
        inWord = false;
      }
    }
    if (n == 0) {
      return new long[0];
    }
    if (n < WORD_GRAM) {
      long all = 0;
      for (int i = 0; i < n; i++) {
        all = mix(all ^ words[i]);
      }
      return new long[] {all};
    }
    int count = n - WORD_GRAM + 1;
    long[] grams = scratch.hashes(count);
    for (int i = 0; i < count; i++) {
      grams[i] = mix(words[i] ^ Long.rotateLeft(words[i + 1], 21) ^ Long.rotateLeft(words[i + 2], 42));
    }
    return sortedDistinct(grams, count, scratch);
  }

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  /** FNV-1a over {@code chars[from..to)}, then a strong mix. */
  private static long hash(char[] chars, int from, int to) {
    long h = FNV_OFFSET;
    for (int i = from; i < to; i++) {
      h = (h ^ chars[i]) * FNV_PRIME;
    }
    return mix(h);
  }

  /** Under this many hashes a plain sort is as quick as placing them by their top bits. */
  private static final int FEW = 32;

  /**
   * Sorts the first {@code n} hashes and keeps each once. The hashes are mixed, so their top bits
   * spread them evenly: a counting pass by the top bits (a bucket for every one to two hashes) puts
   * each hash among the few of its bucket, and an insertion sort over the nearly sorted whole
   * finishes the order with few moves; about 5 times as quick as {@link Arrays#sort} on the few
   * hundred hashes of a paragraph, whose comparisons mispredict half the time. The order is that
   * of signed longs, as {@link Arrays#sort} gives ({@code ShinglesTest} pins the two equal).
   */
  static long[] sortedDistinct(long[] values, int n) {
    return sortedDistinct(values, n, new Scratch());
  }

  /**
   * {@link #sortedDistinct(long[], int)} with the sort's working arrays from {@code scratch}; the
   * result is an array of its own, of the distinct count. {@code values} may be reordered.
   */
  private static long[] sortedDistinct(long[] values, int n, Scratch scratch) {
    long[] sorted = n < FEW ? sortedFew(values, n) : placedByTopBits(values, n, scratch);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (distinct == 0 || sorted[distinct - 1] != sorted[i]) {
        sorted[distinct++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, distinct);
  }

  private static long[] sortedFew(long[] values, int n) {
    Arrays.sort(values, 0, n);
    return values;
  }

  /**
   * The first {@code n} values sorted, in the first {@code n} places of {@code scratch}'s output
   * array: counted into buckets by their top bits, then insertion sorted.
   */
  private static long[] placedByTopBits(long[] values, int n, Scratch scratch) {
    int bits = Integer.SIZE - Integer.numberOfLeadingZeros(n);
    int shift = Long.SIZE - bits;
    int buckets = (1 << bits) + 1;
    int[] starts = scratch.starts(buckets);
    for (int i = 0; i < n; i++) {
      // The sign bit flipped, so that buckets follow the order of signed values.
      starts[(int) ((values[i] ^ Long.MIN_VALUE) >>> shift) + 1]++;
    }
    for (int b = 1; b < buckets; b++) {
      starts[b] += starts[b - 1];
    }
    long[] placed = scratch.placed(n);
    for (int i = 0; i < n; i++) {
      long value = values[i];
      placed[starts[(int) ((value ^ Long.MIN_VALUE) >>> shift)]++] = value;
    }
    for (int i = 1; i < n; i++) {
      long value = placed[i];
      int j = i - 1;
      while (j >= 0 && placed[j] > value) {
        placed[j + 1] = placed[j];
        j--;
      }
      placed[j + 1] = value;
    }
    return placed;
  }

  /** The finaliser of SplitMix64. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /**
   * The high 32 bits of each of the sorted hashes {@code sorted}, in the same order, so sorted as
   * well: what the near-copy index keeps of a paragraph's shingles and confirms candidates with, at
   * half the bytes to store, read back and keep in memory. The 64-bit hashes still make the MinHash
   * signature. Two paragraphs' similarity over the halves is never lower than that over the whole
   * hashes, and higher only when two different shingles of theirs share their high 32 bits: for two
   * sets of 200, about one comparison in 100,000 (some 70 of the 7.9 million that near mode makes
   * on a 1 GB {@code gen_dump.py} dump), usually by one shingle; the chance grows with the square of
   * the sizes. So a verdict can only move toward a removal (or an earlier first copy), and only at
   * the threshold's edge. Two of one paragraph's shingles that share their halves are both kept, so
   * the count stays the set's. Example, pinned by {@code ShinglesTest}: {@code [-1L << 32 | 5, 3L
   * << 32, 3L << 32 | 1]} gives {@code [-1, 3, 3]}.
   */
  static int[] highHalves(long[] sorted) {
    int[] halves = new int[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      halves[i] = (int) (sorted[i] >> 32);
    }
    return halves;
  }

  /** Merge steps between two tests of {@link #jaccardAtLeast}'s bound. */
  private static final int MERGE_STRETCH = 16;

  /**
   * The Jaccard similarity of two sorted hash lists ({@link #highHalves}) when it is at least {@code
   * floor}; otherwise 0, found as soon as the shingles left cannot lift it to {@code floor}. Jaccard
   * ≥ f needs {@code shared ≥ f·(|a|+|b|)/(1+f)}: for two sets of 100 and a floor of 0.5 the merge
   * stops once fewer than 67 can still be shared. A value in both lists counts as shared as many
   * times as the list that has it fewer times holds it (a multiset's Jaccard). Pinned by {@code
   * ShinglesTest}.
   */
  public static double jaccardAtLeast(int[] a, int[] b, double floor) {
    return jaccardAtLeast(a, b, b.length, floor);
  }

  /**
   * As {@link #jaccardAtLeast(int[], int[], double)}, with {@code b}'s set the first {@code
   * bLength} entries of the array (a buffer reused from one comparison to the next).
   */
  public static double jaccardAtLeast(int[] a, int[] b, int bLength, double floor) {
    // A hair under the bound, so that a pair exactly at the floor is never cut by rounding.
    double needed = floor * (a.length + bLength) / (1 + floor) - 1e-9;
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.length && j < bLength) {
      // A step moves i, j or both by one, so this many steps stay inside both arrays. Within a
      // stretch the merge has no branch to mispredict (half of them would be, on unrelated sets);
      // the bound is tested between stretches.
      int stretch = Math.min(MERGE_STRETCH, Math.min(a.length - i, bLength - j));
      for (int step = 0; step < stretch; step++) {
        int x = a[i];
        int y = b[j];
        shared += x == y ? 1 : 0;
        i += x <= y ? 1 : 0;
        j += x >= y ? 1 : 0;
      }
      if (shared + Math.min(a.length - i, bLength - j) < needed) {
        return 0;
      }
    }
    int union = a.length + bLength - shared;
    double similarity = union == 0 ? 0 : (double) shared / union;
    return similarity >= floor ? similarity : 0;
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
