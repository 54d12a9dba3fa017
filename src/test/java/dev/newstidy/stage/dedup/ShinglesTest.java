package dev.newstidy.stage.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShinglesTest {
  @Test
  void jaccardAtLeastIsExactAtOrAboveTheFloorAndZeroBelowIt() {
    java.util.Random random = new java.util.Random(5);
    for (int round = 0; round < 20_000; round++) {
      // Drawn from a small range, so that the sets overlap by every amount, exactly at the floor too.
      int[] a = random.ints(random.nextInt(40), 0, 60).distinct().sorted().toArray();
      int[] b = random.ints(random.nextInt(40), 0, 60).distinct().sorted().toArray();
      double floor = new double[] {0.5, 0.8, 0.3, 1.0}[round % 4];

      double exact = Shingles.jaccard(widened(a), widened(b));

      assertThat(Shingles.jaccardAtLeast(a, b, floor)).as("round %s", round).isEqualTo(exact >= floor ? exact : 0);
      // b at the start of a longer buffer, as a candidate read into a reused one: what follows it is ignored.
      int[] buffer = java.util.Arrays.copyOf(b, b.length + random.nextInt(5));
      java.util.Arrays.fill(buffer, b.length, buffer.length, 30);
      assertThat(Shingles.jaccardAtLeast(a, buffer, b.length, floor)).as("round %s", round).isEqualTo(exact >= floor ? exact : 0);
    }
  }

  @Test
  void sortedDistinctGivesTheOrderOfAPlainSort() {
    java.util.Random random = new java.util.Random(1130);
    for (int round = 0; round < 3_000; round++) {
      int n = random.nextInt(700);
      // Mixed hashes as shingles are, repeats among them, and now and then values from a narrow range
      // or the extremes, which crowd a few buckets.
      int kind = round % 3;
      long[] values = new long[n];
      for (int i = 0; i < n; i++) {
        long drawn = random.nextInt(n / 2 + 1);
        values[i] = kind == 0 ? Shingles.mix(drawn) : kind == 1 ? drawn - n / 4 : (i % 2 == 0 ? Long.MIN_VALUE + drawn : Long.MAX_VALUE - drawn);
      }
      long[] expected = java.util.Arrays.stream(values).sorted().distinct().toArray();

      assertThat(Shingles.sortedDistinct(values.clone(), n)).as("round %s", round).isEqualTo(expected);
    }
  }

  @Test
  void jaccardAtLeastKeepsAPairExactlyAtTheFloor() {
    // Three shared of six in all: exactly 0.5.
    assertThat(Shingles.jaccardAtLeast(new int[] {1, 2, 3, 4}, new int[] {1, 2, 3, 9, 10}, 0.5)).isEqualTo(0.5);
    assertThat(Shingles.jaccardAtLeast(new int[] {1, 2, 3, 4}, new int[] {1, 2, 8, 9, 10}, 0.5)).isZero();
  }

  @Test
  void highHalvesKeepTheOrderAndTheCount() {
    assertThat(Shingles.highHalves(new long[] {-1L << 32 | 5, 3L << 32, 3L << 32 | 1})).containsExactly(-1, 3, 3);
    assertThat(Shingles.highHalves(new long[] {Long.MIN_VALUE, -1L, 0L, Long.MAX_VALUE}))
        .containsExactly(Integer.MIN_VALUE, -1, 0, Integer.MAX_VALUE)
        .isSorted();
  }

  @Test
  void aHalfTwiceInOneListIsSharedAsOftenAsTheOtherHasIt() {
    // Two of one paragraph's shingles with the same high half: one of them is shared, 2 of 3 in all.
    assertThat(Shingles.jaccardAtLeast(new int[] {3, 3, 5}, new int[] {3, 5}, 0.5)).isEqualTo(2.0 / 3);
    assertThat(Shingles.jaccardAtLeast(new int[] {3, 3, 5}, new int[] {3, 3, 5}, 0.5)).isEqualTo(1.0);
  }

  @Test
  void similarityOverTheHalvesIsThatOverTheWholeHashes() {
    java.util.Random random = new java.util.Random(29);
    for (int round = 0; round < 2_000; round++) {
      long[] pool = random.longs(300).map(Shingles::mix).toArray();
      long[] a = java.util.Arrays.stream(pool, 0, 100 + random.nextInt(200)).sorted().toArray();
      long[] b = java.util.Arrays.stream(pool, random.nextInt(150), 300).sorted().toArray();

      assertThat(Shingles.jaccardAtLeast(Shingles.highHalves(a), Shingles.highHalves(b), 0.0))
          .as("round %s", round)
          .isEqualTo(Shingles.jaccard(a, b));
    }
  }

  private static long[] widened(int[] values) {
    return java.util.Arrays.stream(values).asLongStream().toArray();
  }

  @Test
  void chineseTextHasCharacterFiveGrams() {
    assertThat(Shingles.of("今天天气很好")).hasSize(2);
  }

  /** Invented: 30 words, none twice in a row of three. */
  private static final String LONG_LATIN =
      "The county board met today in Linden Cove and voted to repair the old harbor road, widen two"
          + " bridges, and open a ferry office near the market before summer begins";

  @Test
  void latinTextOfThirtyWordsHasWordThreeGrams() {
    assertThat(LONG_LATIN.split(" ")).hasSize(Shingles.SHORT_LATIN_WORDS);
    assertThat(Shingles.of(LONG_LATIN)).hasSize(Shingles.SHORT_LATIN_WORDS - 2);
  }

  @Test
  void shortLatinTextHasCharacterFiveGrams() {
    // thecountyboardmettoday: 22 letters, 18 5-grams.
    assertThat(Shingles.of("The county board met today")).hasSize(18);
  }

  @Test
  void shortLatinCopyWithALetterDroppedKeepsMostCharacterGrams() {
    String text = "Most of the harbor pilots live in villages near Linden Cove.";
    String copy = text.replace(" in ", " n ");

    assertThat(Shingles.jaccard(Shingles.of(text), Shingles.of(copy))).isCloseTo(40.0 / 49, within(1e-9));
  }

  @Test
  void shortLatinTextsThatDifferInAPlaceNameShareFewCharacterGrams() {
    String text = "Most of the harbor pilots live in villages near Linden Cove.";
    String other = text.replace("Linden Cove", "Elm Point");

    assertThat(Shingles.jaccard(Shingles.of(text), Shingles.of(other))).isLessThan(0.7);
  }

  @Test
  void punctuationWidthSpacesAndCaseLeaveShinglesAlone() {
    assertThat(Shingles.of("今天，天气  很好。")).isEqualTo(Shingles.of("今天,天气很好."));
    assertThat(Shingles.of("The  County Board met today.")).isEqualTo(Shingles.of("the county board met today"));
  }

  @Test
  void jaccardIsSharedOverAll() {
    long[] a = {1, 2, 3, 4};
    long[] b = {3, 4, 5, 6};

    assertThat(Shingles.jaccard(a, b)).isEqualTo(2.0 / 6.0);
    assertThat(Shingles.jaccard(a, a)).isEqualTo(1.0);
    assertThat(Shingles.jaccard(new long[0], new long[0])).isZero();
  }
}
