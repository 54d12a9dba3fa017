package dev.newstidy.segment;

/**
 * A set of cohesion terms as {@link LexicalCohesion} keys them: distinct {@code long}s in an
 * open-addressing hash table, so that a text's terms are collected in one pass, two sets are
 * compared by one probe per key of the smaller, and no term is ever a {@code String}.
 *
 * <p>Example, pinned by {@code TermSetTest}: the keys {@code 9, 3, 9, 5} make the set {@code 3, 5,
 * 9}; it shares two keys ({@code 3, 9}) with {@code 1, 3, 9, 12}, and its union with that set is
 * {@code 1, 3, 5, 9, 12}.
 *
 * <p>The keys were once sorted and compared by a merge; sorting each text's keys was the larger
 * part of the cohesion cost (a paragraph of 300 Chinese characters gives about 300 bigrams), and
 * only counts are ever read from a set, so the order bought nothing. A set never changes once
 * built: the segmenter keeps sets of recent texts and shares them between candidates.
 */
final class TermSet {
  static final TermSet EMPTY = new TermSet(new long[0], false, 0);

  /** The table's slots: a key, or 0 for an empty slot; the key 0 itself is {@link #hasZero}. */
  private final long[] table;

  private final boolean hasZero;
  private final int size;

  private TermSet(long[] table, boolean hasZero, int size) {
    this.table = table;
    this.hasZero = hasZero;
    this.size = size;
  }

  /** The set of {@code keys[0, count)}; the array is only read. */
  static TermSet adopt(long[] keys, int count) {
    Builder builder = new Builder(count);
    for (int i = 0; i < count; i++) {
      builder.add(keys[i]);
    }
    return builder.build();
  }

  /** The length of the table the set keeps, for tests. */
  int capacity() {
    return table.length;
  }

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  boolean contains(long key) {
    if (key == 0) {
      return hasZero;
    }
    if (table.length == 0) {
      return false;
    }
    int mask = table.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      long k = table[i];
      if (k == key) {
        return true;
      }
      if (k == 0) {
        return false;
      }
    }
  }

  /** The keys of both sets; either set itself when the other is empty. */
  TermSet union(TermSet other) {
    if (other.size == 0) {
      return this;
    }
    if (size == 0) {
      return other;
    }
    Builder builder = new Builder(size + other.size);
    builder.addAll(this);
    builder.addAll(other);
    return builder.build();
  }

  /** How many keys the two sets share: each key of the smaller looked up in the larger. */
  int shared(TermSet other) {
    TermSet small = size <= other.size ? this : other;
    TermSet large = small == this ? other : this;
    if (small.size == 0) {
      return 0;
    }
    int shared = small.hasZero && large.hasZero ? 1 : 0;
    for (long key : small.table) {
      if (key != 0 && large.contains(key)) {
        shared++;
      }
    }
    return shared;
  }

  /**
   * The keys found in both sets, each key of the smaller looked up in the larger: {@code 3, 5, 9}
   * and {@code 1, 3, 9, 12} give {@code 3, 9}.
   */
  TermSet intersection(TermSet other) {
    TermSet small = size <= other.size ? this : other;
    TermSet large = small == this ? other : this;
    if (small.size == 0) {
      return EMPTY;
    }
    Builder both = new Builder(small.size);
    if (small.hasZero && large.hasZero) {
      both.add(0);
    }
    for (long key : small.table) {
      if (key != 0 && large.contains(key)) {
        both.add(key);
      }
    }
    return both.build();
  }

  /**
   * The slot a key's probe starts at: the key times the golden-ratio constant, high and low halves
   * folded, so that keys which differ only in high bits (a bigram's first code point) spread too.
   */
  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  /** The table length for {@code keys} keys: a power of two, at most half full. */
  private static int capacityFor(int keys) {
    return Math.max(8, Integer.highestOneBit(Math.max(1, keys) * 2 - 1) << 1);
  }

  /**
   * Collects keys into a set, growing its table as keys come: the terms of a text are added as
   * they are cut, with no array of every term and no sort. Used by one thread, then dropped.
   */
  static final class Builder {
    /**
     * The largest table a builder starts with, whatever its expected count: a long text of few
     * distinct words (a 5,000,000-character paragraph of 31 terms) grows from here only as far as
     * its distinct keys need, instead of one slot per character.
     */
    private static final int START_AT_MOST = 1 << 12;

    private long[] table;
    private boolean hasZero;
    private int size;

    /** @param expected how many keys may come, repeats included: sizes the first table */
    Builder(int expected) {
      table = new long[Math.min(START_AT_MOST, capacityFor(expected))];
    }

    /** Adds {@code key}; true when it is new to the builder, false when it was added before. */
    boolean add(long key) {
      if (key == 0) {
        boolean added = !hasZero;
        size += added ? 1 : 0;
        hasZero = true;
        return added;
      }
      int mask = table.length - 1;
      int i = slot(key, mask);
      while (table[i] != 0) {
        if (table[i] == key) {
          return false;
        }
        i = (i + 1) & mask;
      }
      table[i] = key;
      size++;
      if (size * 2 > table.length) {
        table = rehashed(table, table.length * 2);
      }
      return true;
    }

    /**
     * Adds the keys of {@code set}, and to {@code repeats} each of them this builder held already:
     * after {@code 3, 5} then {@code 5, 9}, the builder holds {@code 3, 5, 9} and {@code repeats}
     * got {@code 5}. One pass and no set in between, where a union and an intersection would copy
     * both.
     */
    void addAll(TermSet set, Builder repeats) {
      if (set.hasZero && !add(0)) {
        repeats.add(0);
      }
      for (long key : set.table) {
        if (key != 0 && !add(key)) {
          repeats.add(key);
        }
      }
    }

    void addAll(TermSet set) {
      if (set.hasZero) {
        add(0);
      }
      for (long key : set.table) {
        if (key != 0) {
          add(key);
        }
      }
    }

    /**
     * The set of the keys added. A table that grew much larger than its keys need (the builder
     * was told to expect many more keys than were distinct) is cut down: a table more than twice
     * the fitted length (a power of two, at most half full: two to four slots per key, eight at
     * least) is rehashed to that length. A remembered set of more than a handful of keys so keeps
     * up to about eight slots per key: 33 keys may keep 256 slots, never 512. Pinned by {@code
     * TermSetTest.keepsUpToTwiceTheFittedTable} and {@code
     * TermSetTest.keepsOnlyTheDistinctKeysOfAManyTimesRepeatedTerm}.
     */
    TermSet build() {
      if (size == 0) {
        return EMPTY;
      }
      int fit = capacityFor(size);
      long[] kept = table.length > 2 * fit ? rehashed(table, fit) : table;
      table = null;
      return new TermSet(kept, hasZero, size);
    }

    private static long[] rehashed(long[] from, int length) {
      long[] to = new long[length];
      int mask = length - 1;
      for (long key : from) {
        if (key != 0) {
          int i = slot(key, mask);
          while (to[i] != 0) {
            i = (i + 1) & mask;
          }
          to[i] = key;
        }
      }
      return to;
    }
  }
}
