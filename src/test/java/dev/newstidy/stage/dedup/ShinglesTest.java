package dev.newstidy.stage.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShinglesTest {
  @Test
  void jaccardAtLeastIsExactAtOrAboveTheFloorAndZeroBelowIt() {
    java.util.Random random = new java.util.Random(5);
    for (int round = 0; round < 20_000; round++) {
      // Drawn from a small range, so that the sets overlap by every amount, exactly at the floor too.
      long[] a = random.longs(random.nextInt(40), 0, 60).distinct().sorted().toArray();
      long[] b = random.longs(random.nextInt(40), 0, 60).distinct().sorted().toArray();
      double floor = new double[] {0.5, 0.8, 0.3, 1.0}[round % 4];

      double exact = Shingles.jaccard(a, b);

      assertThat(Shingles.jaccardAtLeast(a, b, floor)).as("round %s", round).isEqualTo(exact >= floor ? exact : 0);
    }
  }

  @Test
  void jaccardAtLeastKeepsAPairExactlyAtTheFloor() {
    // Three shared of six in all: exactly 0.5.
    assertThat(Shingles.jaccardAtLeast(new long[] {1, 2, 3, 4}, new long[] {1, 2, 3, 9, 10}, 0.5)).isEqualTo(0.5);
    assertThat(Shingles.jaccardAtLeast(new long[] {1, 2, 3, 4}, new long[] {1, 2, 8, 9, 10}, 0.5)).isZero();
  }

  @Test
  void chineseTextHasCharacterFiveGrams() {
    assertThat(Shingles.of("今天天气很好")).hasSize(2);
  }

  @Test
  void latinTextHasWordThreeGrams() {
    assertThat(Shingles.of("The county board met today")).hasSize(3);
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
