package dev.newstidy.stage.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShinglesTest {
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
