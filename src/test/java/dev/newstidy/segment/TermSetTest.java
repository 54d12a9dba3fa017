package dev.newstidy.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TermSetTest {
  @Test
  void keysAreDistinct() {
    TermSet set = TermSet.adopt(new long[] {9, 3, 9, 5}, 4);

    assertThat(set.size()).isEqualTo(3);
    assertThat(set.contains(3)).isTrue();
    assertThat(set.contains(4)).isFalse();
  }

  @Test
  void onlyTheFirstCountKeysCount() {
    TermSet set = TermSet.adopt(new long[] {7, 2, 0, 0}, 2);

    assertThat(set.size()).isEqualTo(2);
    assertThat(set.contains(0)).isFalse();
  }

  @Test
  void sharedCountsKeysInBoth() {
    TermSet a = TermSet.adopt(new long[] {9, 3, 9, 5}, 4);
    TermSet b = TermSet.adopt(new long[] {12, 1, 9, 3}, 4);

    assertThat(a.shared(b)).isEqualTo(2);
    assertThat(b.shared(a)).isEqualTo(2);
    assertThat(a.shared(TermSet.EMPTY)).isZero();
  }

  @Test
  void unionMergesBothSetsOnce() {
    TermSet a = TermSet.adopt(new long[] {9, 3, 9, 5}, 4);
    TermSet b = TermSet.adopt(new long[] {12, 1, 9, 3}, 4);

    TermSet union = a.union(b);

    assertThat(union.size()).isEqualTo(5);
    assertThat(union.shared(TermSet.adopt(new long[] {1, 3, 5, 9, 12}, 5))).isEqualTo(5);
    assertThat(a.union(TermSet.EMPTY)).isSameAs(a);
    assertThat(TermSet.EMPTY.union(b)).isSameAs(b);
  }

  @Test
  void keepsOnlyTheDistinctKeysOfAManyTimesRepeatedTerm() {
    long[] keys = new long[4000];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = i % 31;
    }

    TermSet set = TermSet.adopt(keys, keys.length);

    assertThat(set.size()).isEqualTo(31);
    assertThat(set.capacity()).isLessThanOrEqualTo(4 * 31);
    assertThat(set.contains(30)).isTrue();
  }

  @Test
  void keepsUpToTwiceTheFittedTable() {
    // 33 distinct keys fit a table of 128; a builder told to expect 100 keys starts at 256 and
    // keeps it (twice the fit, about eight slots per key); told 400, it starts at 1,024 and is cut.
    long[] keys = new long[400];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = i % 33;
    }

    assertThat(TermSet.adopt(keys, 100).capacity()).isEqualTo(256);
    assertThat(TermSet.adopt(keys, 400).capacity()).isEqualTo(128);
    assertThat(TermSet.adopt(keys, 400).size()).isEqualTo(33);
  }

  @Test
  void addAllWithRepeatsCollectsTheKeysTheBuilderHeldAlready() {
    TermSet.Builder seen = new TermSet.Builder(4);
    TermSet.Builder again = new TermSet.Builder(4);

    seen.addAll(TermSet.adopt(new long[] {3, 0}, 2), again);
    seen.addAll(TermSet.adopt(new long[] {5, 3, 0}, 3), again);
    seen.addAll(TermSet.adopt(new long[] {7}, 1), again);
    TermSet repeated = again.build();

    assertThat(repeated.size()).isEqualTo(2);
    assertThat(repeated.contains(3)).isTrue();
    assertThat(repeated.contains(0)).isTrue();
    assertThat(repeated.contains(5)).isFalse();
    assertThat(seen.build().size()).isEqualTo(4);
  }

  @Test
  void intersectionKeepsKeysInBoth() {
    TermSet a = TermSet.adopt(new long[] {9, 3, 9, 5}, 4);
    TermSet b = TermSet.adopt(new long[] {12, 1, 9, 3}, 4);

    TermSet both = a.intersection(b);

    assertThat(both.size()).isEqualTo(2);
    assertThat(both.contains(3)).isTrue();
    assertThat(both.contains(9)).isTrue();
    assertThat(a.intersection(TermSet.adopt(new long[] {4}, 1)).isEmpty()).isTrue();
    assertThat(TermSet.EMPTY.intersection(a).isEmpty()).isTrue();
  }

  @Test
  void keysThatDifferOnlyInHighBitsStayApart() {
    // Two bigrams with one second character differ only above bit 21: they must not meet.
    long[] keys = new long[64];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = (long) i << 40;
    }

    TermSet set = TermSet.adopt(keys, keys.length);

    assertThat(set.size()).isEqualTo(64);
    assertThat(set.contains(0)).isTrue();
    assertThat(set.contains(63L << 40)).isTrue();
    assertThat(set.contains(64L << 40)).isFalse();
  }

  @Test
  void seededSweepAgreesWithAHashSet() {
    // Sizes, membership, shared counts and unions as java.util's set gives them, 0 and negative
    // keys included, over sets small enough to collide and large enough to grow the table.
    Random random = new Random(23);
    for (int round = 0; round < 2000; round++) {
      long[] a = randomKeys(random);
      long[] b = randomKeys(random);
      Set<Long> sa = asSet(a);
      Set<Long> sb = asSet(b);
      Set<Long> both = new HashSet<>(sa);
      both.retainAll(sb);
      Set<Long> either = new HashSet<>(sa);
      either.addAll(sb);

      TermSet ta = TermSet.adopt(a, a.length);
      TermSet tb = TermSet.adopt(b, b.length);
      TermSet union = ta.union(tb);
      TermSet common = ta.intersection(tb);

      assertThat(ta.size()).isEqualTo(sa.size());
      assertThat(ta.shared(tb)).isEqualTo(both.size());
      assertThat(tb.shared(ta)).isEqualTo(both.size());
      assertThat(union.size()).isEqualTo(either.size());
      assertThat(common.size()).isEqualTo(both.size());
      for (long key : b) {
        assertThat(ta.contains(key)).isEqualTo(sa.contains(key));
        assertThat(union.contains(key)).isTrue();
        assertThat(common.contains(key)).isEqualTo(both.contains(key));
      }
    }
  }

  private static long[] randomKeys(Random random) {
    long[] keys = new long[random.nextInt(random.nextBoolean() ? 12 : 300)];
    for (int i = 0; i < keys.length; i++) {
      switch (random.nextInt(4)) {
        case 0 -> keys[i] = random.nextInt(40);
        case 1 -> keys[i] = (long) random.nextInt(40) << 40;
        case 2 -> keys[i] = -random.nextInt(40);
        default -> keys[i] = random.nextLong();
      }
    }
    return keys;
  }

  private static Set<Long> asSet(long[] keys) {
    Set<Long> set = new HashSet<>();
    for (long key : keys) {
      set.add(key);
    }
    return set;
  }
}
