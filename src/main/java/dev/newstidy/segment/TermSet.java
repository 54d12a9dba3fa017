package dev.newstidy.segment;

import java.util.Arrays;

/**
 * A set of cohesion terms as {@link LexicalCohesion} keys them: sorted, distinct {@code long}s, so
 * that two sets are compared by one merge and no term is ever a {@code String}.
 *
 * <p>Example, pinned by {@code TermSetTest}: the keys {@code 9, 3, 9, 5} make the set {@code 3, 5,
 * 9}; it shares two keys ({@code 3, 9}) with {@code 1, 3, 9, 12}, and its union with that set is
 * {@code 1, 3, 5, 9, 12}.
 */
final class TermSet {
  static final TermSet EMPTY = new TermSet(new long[0], 0);

  private final long[] keys;
  private final int size;

  private TermSet(long[] keys, int size) {
    this.keys = keys;
    this.size = size;
  }

  /**
   * The set of {@code keys[0, count)}, which it sorts in place and takes over: the caller keeps
   * no reference to the array. When the distinct keys fill much less of the array than it holds,
   * the set keeps a copy of them instead: the terms of a long paragraph of few words would
   * otherwise keep one key per character alive (a 5,000,000-character paragraph of 31 terms,
   * 40 MB), for as long as the set is remembered. Pinned by {@code
   * TermSetTest.keepsOnlyTheDistinctKeysOfAManyTimesRepeatedTerm}.
   */
  static TermSet adopt(long[] keys, int count) {
    if (count == 0) {
      return EMPTY;
    }
    Arrays.sort(keys, 0, count);
    int distinct = 1;
    for (int i = 1; i < count; i++) {
      if (keys[i] != keys[distinct - 1]) {
        keys[distinct++] = keys[i];
      }
    }
    boolean muchShorter = distinct < keys.length - keys.length / WASTE_KEPT;
    return new TermSet(muchShorter ? Arrays.copyOf(keys, distinct) : keys, distinct);
  }

  /** The set keeps its caller's array when no more than one slot in this many goes unused. */
  private static final int WASTE_KEPT = 8;

  /** The length of the array the set keeps, for tests. */
  int capacity() {
    return keys.length;
  }

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  boolean contains(long key) {
    return Arrays.binarySearch(keys, 0, size, key) >= 0;
  }

  /** The keys of both sets, by one merge; either set itself when the other is empty. */
  TermSet union(TermSet other) {
    if (other.size == 0) {
      return this;
    }
    if (size == 0) {
      return other;
    }
    long[] merged = new long[size + other.size];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < size || j < other.size) {
      long x = i < size ? keys[i] : Long.MAX_VALUE;
      long y = j < other.size ? other.keys[j] : Long.MAX_VALUE;
      // A side that ran out reads as Long.MAX_VALUE: the other side's keys come first.
      if (x <= y) {
        i++;
      }
      if (y <= x) {
        j++;
      }
      merged[n++] = Math.min(x, y);
    }
    return new TermSet(merged, n);
  }

  /** How many keys the two sets share, by one merge of the sorted keys. */
  int shared(TermSet other) {
    long[] a = keys;
    long[] b = other.keys;
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < size && j < other.size) {
      long x = a[i];
      long y = b[j];
      if (x == y) {
        shared++;
        i++;
        j++;
      } else if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    return shared;
  }

  /** The keys found in both sets, by one merge: {@code 3, 5, 9} and {@code 1, 3, 9, 12} give {@code 3, 9}. */
  TermSet intersection(TermSet other) {
    if (size == 0 || other.size == 0) {
      return EMPTY;
    }
    long[] both = new long[Math.min(size, other.size)];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < size && j < other.size) {
      long x = keys[i];
      long y = other.keys[j];
      if (x == y) {
        both[n++] = x;
        i++;
        j++;
      } else if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    return n == 0 ? EMPTY : new TermSet(both, n);
  }
}
