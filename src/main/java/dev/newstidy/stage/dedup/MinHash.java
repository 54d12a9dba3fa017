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

  private MinHash() {}

  /** The 8 band keys of sorted shingle hashes: each band's 4 rows of the signature, mixed. */
  static long[] bandKeys(long[] shingles) {
    long[] signature = signature(shingles);
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

  /** The MinHash signature: for each of 32 hash functions, the least hash over the shingles. */
  static long[] signature(long[] shingles) {
    long[] min = new long[HASHES];
    Arrays.fill(min, Long.MAX_VALUE);
    // Each function is h·a + b over the shingle's (already mixed) hash, with odd multipliers: one
    // multiply and add per function instead of a full mix.
    for (long s : shingles) {
      for (int i = 0; i < HASHES; i++) {
        long h = s * SEEDS[i] + SEEDS[HASHES - 1 - i];
        if (h < min[i]) {
          min[i] = h;
        }
      }
    }
    return min;
  }

  /** What the band keys depend on, for the index file's settings hash. */
  static String settings() {
    return "minhash=" + HASHES + "x" + BANDS + "x" + ROWS + ";seeds=" + SEEDS[0];
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
