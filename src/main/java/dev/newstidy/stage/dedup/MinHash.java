package dev.newstidy.stage.dedup;

import java.util.Arrays;

/**
 * MinHash signatures of sorted shingle hashes and the band keys that locality-sensitive hashing
 * files them under: 32 hash functions in 8 bands of 4 rows. With these a pair at Jaccard
 * similarity 0.8 shares at least one band key with probability 0.985, one at 0.5 with 0.41.
 *
 * <p>Example, pinned by {@code MinHashTest}: the same shingles give the same 8 keys; two sets
 * with nothing in common share none (a chance collision of 64-bit keys aside).
 */
final class MinHash {
  static final int HASHES = 32;
  static final int BANDS = 8;
  static final int ROWS = HASHES / BANDS;

  private static final long[] SEEDS = seeds();

  /** Function {@code i} adds the multiplier of function {@code HASHES - 1 - i}. */
  private static final long[] ADDENDS = reversed(SEEDS);

  private MinHash() {}

  /** The 8 band keys of sorted shingle hashes: each band's 4 rows of the signature, mixed. */
  static long[] bandKeys(long[] shingles) {
    return bandKeys(shingles, new long[HASHES]);
  }

  /** {@link #bandKeys(long[])}, the signature made in {@code signature} ({@value #HASHES} entries, overwritten). */
  static long[] bandKeys(long[] shingles, long[] signature) {
    signature(shingles, signature);
    long[] keys = new long[BANDS];
    for (int band = 0; band < BANDS; band++) {
      long h = 0x9E3779B97F4A7C15L * (band + 1);
      for (int r = 0; r < ROWS; r++) {
        h = Shingles.mix(h ^ signature[band * ROWS + r]);
      }
      keys[band] = h;
    }
    return keys;
  }

  /**
   * The MinHash signature: for each of 32 hash functions, the least hash over the shingles. Each
   * function is {@code h·a + b} over the shingle's (already mixed) hash, with odd multipliers: one
   * multiply and add per function instead of a full mix. One function at a time over all the
   * shingles, its least value in a local: twice as fast as all 32 per shingle, whose least values
   * go back and forth to memory (a shingle lowers a function's least value rarely, so the branch
   * is well predicted). For shingles {@code [3, 5]} function {@code i} gives the lesser, as signed
   * longs, of {@code 3·a_i + b_i} and {@code 5·a_i + b_i}; pinned by {@code MinHashTest} against
   * that definition.
   */
  static long[] signature(long[] shingles) {
    return signature(shingles, new long[HASHES]);
  }

  /** {@link #signature(long[])} into {@code min}, which it returns. */
  private static long[] signature(long[] shingles, long[] min) {
    for (int i = 0; i < HASHES; i++) {
      long multiplier = SEEDS[i];
      long addend = ADDENDS[i];
      long least = Long.MAX_VALUE;
      for (long s : shingles) {
        long h = s * multiplier + addend;
        if (h < least) {
          least = h;
        }
      }
      min[i] = least;
    }
    return min;
  }

  /** What the band keys depend on, for the index file's settings hash. */
  static String settings() {
    return "minhash=" + HASHES + "x" + BANDS + "x" + ROWS + ";seeds=" + SEEDS[0];
  }

  private static long[] reversed(long[] values) {
    long[] out = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[values.length - 1 - i];
    }
    return out;
  }

  /** Multiplier and addend of function {@code i}, for tests. */
  static long[] function(int i) {
    return new long[] {SEEDS[i], ADDENDS[i]};
  }

  private static long[] seeds() {
    long[] seeds = new long[HASHES];
    long x = 0x6e65777374696479L;
    for (int i = 0; i < HASHES; i++) {
      x += 0x9E3779B97F4A7C15L;
      seeds[i] = Shingles.mix(x) | 1L;
    }
    return seeds;
  }
}
