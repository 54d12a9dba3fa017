package dev.newstidy.stage.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinHashTest {
  private static final String MARKET = "北岭县新建的农贸市场本周开业，三百多个摊位全部租出，附近五个村的村民买菜不用再进城了。";
  private static final String SCHOOL = "南溪镇中心小学的新教学楼通过验收，秋季开学后，全校一千二百名学生将搬进新教室上课。";

  @Test
  void theSameShinglesGiveTheSameEightKeys() {
    long[] keys = MinHash.bandKeys(Shingles.of(MARKET));
    assertThat(keys).hasSize(MinHash.BANDS).isEqualTo(MinHash.bandKeys(Shingles.of(MARKET)));
  }

  @Test
  void setsWithNothingInCommonShareNoKey() {
    long[] market = MinHash.bandKeys(Shingles.of(MARKET));
    for (long key : MinHash.bandKeys(Shingles.of(SCHOOL))) {
      assertThat(market).doesNotContain(key);
    }
  }

  @Test
  void eachRowOfTheSignatureIsTheLeastOverTheShingles() {
    long[] one = MinHash.signature(new long[] {42L});
    long[] two = MinHash.signature(new long[] {42L, 7L});
    assertThat(one).hasSize(MinHash.HASHES);
    for (int i = 0; i < MinHash.HASHES; i++) {
      assertThat(two[i]).isLessThanOrEqualTo(one[i]);
    }
  }
}
