package dev.newstidy.stage.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
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

  @Test
  void eachFunctionIsTheLeastOfItsMultiplyAndAddOverTheShingles() {
    Random random = new Random(20261130L);
    for (int round = 0; round < 200; round++) {
      long[] shingles = random.longs(1 + random.nextInt(300)).sorted().toArray();
      long[] signature = MinHash.signature(shingles);
      for (int i = 0; i < MinHash.HASHES; i++) {
        long[] function = MinHash.function(i);
        long least = Long.MAX_VALUE;
        for (long s : shingles) {
          least = Math.min(least, s * function[0] + function[1]);
        }
        assertThat(signature[i]).isEqualTo(least);
      }
    }
  }

  @Test
  void theKeysOfAFixedSetStayTheSame() {
    // Index files hold band keys: a faster signature must give the very keys it gave before.
    long[] shingles = {-9000000000000000000L, -5L, 0L, 3L, 5L, 1234567890123L, 8000000000000000000L};
    assertThat(MinHash.bandKeys(shingles))
        .containsExactly(
            -3438158446853845940L, 1273906918251817324L, 241156957201143730L, 6739772375758021466L,
            -8130649465875426038L, -4385315901447240319L, -1303424089467245043L, -2431126054636435635L);
  }
}
