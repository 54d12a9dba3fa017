package dev.newstidy.stage.dedup;

import java.util.Arrays;

/**
 * A map from 64-bit fingerprints to longs (packed first-seen locations) by open addressing (linear
 * probing), for the exact-repeat index: each slot a key and its value side by side in one long
 * array, so that a probe and the value it finds share a cache line, where a map with a key array
 * and a value array (such as fastutil's) reads two places a lookup and writes two places an insert.
 *
 * <p>The table is split into {@value #SHARDS} shards by the key's top bits; each grows by a quarter
 * when it is {@value #MAX_LOAD} full, its slot found by scaling the key's low 32 bits to the
 * capacity (multiply and shift, no modulo). So the table runs between {@value #MIN_LOAD} and
 * {@value #MAX_LOAD} full, where one whose size is a power of two halves its load when it doubles
 * (1.32 million fingerprints took fastutil 2^21 slots, 0.63 full, 33.5 MB), and a shard rehashes
 * alone, one sixteenth of the table, rather than the old and new arrays of all of it at once. Keys
 * must be mixed hashes: their bits choose the shard and the slot.
 *
 * <p>Example, pinned by {@code FingerprintTableTest}: {@code putIfAbsent(7, 70)} gives -1 and a
 * second {@code putIfAbsent(7, 71)} gives 70, leaving 70; {@code get(8)} is -1. Key 0, the mark of
 * an empty slot, is kept aside and works like any other. A value of -1 cannot be told from none,
 * as with fastutil's default return value, which the index used before.
 */
final class FingerprintTable {
  /** What {@link #get} and {@link #putIfAbsent} return for a key with no value. */
  static final long NONE = -1L;

  static final double MAX_LOAD = KeyTable.MAX_LOAD;
  static final double MIN_LOAD = KeyTable.MIN_LOAD;

  static final int SHARDS = 16;
  private static final int SHARD_SHIFT = Long.SIZE - Integer.numberOfTrailingZeros(SHARDS);
  /**
   * Each shard's first slots: 65,536 in all (1 MiB), where fastutil's map started. Shards of 256
   * slots grew a dozen times each before the first 40,000 fingerprints were in: JMH's exact-index
   * benchmark (a fresh index for a 10 MB dump) took 41.5 and 45.4 ms against fastutil's 40.4 and
   * 34.8; starting at 4,096 a shard, 33.9 and 39.5 ms against 38.5 and 36.5 (±4 to ±12 ms each).
   */
  private static final int FIRST_CAPACITY = 4096;

  /** Each shard's slots: key at {@code 2 * slot}, value at {@code 2 * slot + 1}; key 0 is empty. */
  private final long[][] slots = new long[SHARDS][];
  private final int[] sizes = new int[SHARDS];
  private final int[] limits = new int[SHARDS];
  private boolean hasZero;
  private long zeroValue = NONE;

  FingerprintTable() {
    for (int shard = 0; shard < SHARDS; shard++) {
      slots[shard] = new long[2 * FIRST_CAPACITY];
      limits[shard] = KeyTable.limit(FIRST_CAPACITY);
    }
  }

  /** The value of {@code key}, or {@link #NONE}. */
  long get(long key) {
    if (key == 0) {
      return zeroValue;
    }
    long[] table = slots[shardOf(key)];
    int at = slotOf(table, key);
    return table[at] == 0 ? NONE : table[at + 1];
  }

  /**
   * Gives {@code key} the value {@code value} unless it has one; returns the value it had, or
   * {@link #NONE} when this put gave it one.
   */
  long putIfAbsent(long key, long value) {
    if (key == 0) {
      long before = zeroValue;
      if (!hasZero) {
        hasZero = true;
        zeroValue = value;
      }
      return before;
    }
    int shard = shardOf(key);
    long[] table = slots[shard];
    int at = slotOf(table, key);
    if (table[at] != 0) {
      return table[at + 1];
    }
    insert(shard, table, at, key, value);
    return NONE;
  }

  /** Sets the value of {@code key}, whether or not it had one: for loading a saved index. */
  void put(long key, long value) {
    if (key == 0) {
      hasZero = true;
      zeroValue = value;
      return;
    }
    int shard = shardOf(key);
    long[] table = slots[shard];
    int at = slotOf(table, key);
    if (table[at] == 0) {
      insert(shard, table, at, key, value);
    } else {
      table[at + 1] = value;
    }
  }

  /** Puts a new key and its value at the empty slot {@code at} of {@code shard}'s table. */
  private void insert(int shard, long[] table, int at, long key, long value) {
    table[at] = key;
    table[at + 1] = value;
    if (++sizes[shard] > limits[shard]) {
      grow(shard);
    }
  }

  /** How many keys have a value. */
  int size() {
    int size = hasZero ? 1 : 0;
    for (int shardSize : sizes) {
      size += shardSize;
    }
    return size;
  }

  /** The keys, in ascending order. */
  long[] sortedKeys() {
    long[] keys = new long[size()];
    int n = 0;
    if (hasZero) {
      keys[n++] = 0;
    }
    for (long[] table : slots) {
      for (int at = 0; at < table.length; at += 2) {
        if (table[at] != 0) {
          keys[n++] = table[at];
        }
      }
    }
    Arrays.sort(keys);
    return keys;
  }

  /** Slots the table has in all, for tests. */
  long capacity() {
    long capacity = 0;
    for (long[] table : slots) {
      capacity += table.length / 2;
    }
    return capacity;
  }

  private static int shardOf(long key) {
    return (int) (key >>> SHARD_SHIFT);
  }

  /** Where {@code key} (not 0) stands in {@code table}, or the empty slot where it would go: an even index. */
  private static int slotOf(long[] table, long key) {
    int capacity = table.length >>> 1;
    int slot = KeyTable.home(key, capacity);
    long found;
    while ((found = table[2 * slot]) != 0 && found != key) {
      slot = slot + 1 == capacity ? 0 : slot + 1;
    }
    return 2 * slot;
  }

  private void grow(int shard) {
    long[] old = slots[shard];
    int oldCapacity = old.length >>> 1;
    int capacity = oldCapacity + oldCapacity / 4;
    if (capacity > Integer.MAX_VALUE / 2 - 8) {
      throw new IllegalStateException("the repeat index is full: " + size() + " paragraphs");
    }
    long[] table = new long[2 * capacity];
    for (int at = 0; at < old.length; at += 2) {
      long key = old[at];
      if (key != 0) {
        int to = slotOf(table, key);
        table[to] = key;
        table[to + 1] = old[at + 1];
      }
    }
    slots[shard] = table;
    limits[shard] = KeyTable.limit(capacity);
  }
}
