package dev.newstidy.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermSetTest {
  @Test
  void keysAreSortedAndDistinct() {
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
    assertThat(set.capacity()).isEqualTo(31);
    assertThat(set.contains(30)).isTrue();
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
}
