package dev.newstidy.eval;

import java.util.SplittableRandom;

/** Seeded choices shared by the article composers and the corruptor. */
final class RandomPicks {
  private RandomPicks() {}

  /** One element of {@code options}, uniformly. */
  static String any(SplittableRandom random, String[] options) {
    return options[random.nextInt(options.length)];
  }

  /** True with probability {@code p}. */
  static boolean chance(SplittableRandom random, double p) {
    return p > 0 && random.nextDouble() < p;
  }

  /** An integer in {@code [low, high]}. */
  static int between(SplittableRandom random, int low, int high) {
    return low + random.nextInt(high - low + 1);
  }
}
