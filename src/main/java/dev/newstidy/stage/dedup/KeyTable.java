package dev.newstidy.stage.dedup;

/**
 * A map from 64-bit keys to non-negative ints by open addressing (linear probing), for the band
 * keys of the near-copy index: 12 bytes a slot, kept between {@value #MIN_LOAD} and {@value
 * #MAX_LOAD} full. A table whose size is a power of two (such as fastutil's) halves its load when
 * it doubles, so that it runs anywhere from 0.45 to 0.9 full and may hold twice the slots its keys
 * need; this one grows by a quarter, its slot found by scaling the key's low 32 bits to the
 * capacity (multiply and shift, no modulo), which works for any capacity. Keys must be mixed
 * hashes: their low bits choose the slot.
 *
 * <p>Example, pinned by {@code KeyTableTest}: after {@code put(7, 1)} and {@code put(7, 2)}, {@code
 * get(7)} is 2 and the second put returned 1; {@code get(8)} is -1. Key 0, the mark of an empty
 * slot, is kept aside and works like any other.
 */
final class KeyTable {
  static final double MAX_LOAD = 0.9;
  static final double MIN_LOAD = MAX_LOAD / 1.25;
  private static final int FIRST_CAPACITY = 256;
  private static final long LOW_BITS = 0xFFFF_FFFFL;

  private long[] keys = new long[FIRST_CAPACITY];
  private int[] values = new int[FIRST_CAPACITY];
  /** Keys other than 0 held, and how many may be before the table grows. */
  private int size;
  private int limit = limit(FIRST_CAPACITY);
  private int zeroValue = -1;

  /** The value of {@code key}, or -1 when it has none. */
  int get(long key) {
    if (key == 0) {
      return zeroValue;
    }
    int slot = slotOf(keys, key);
    return keys[slot] == 0 ? -1 : values[slot];
  }

  /** Sets the value of {@code key} ({@code value} ≥ 0) and returns its previous one, or -1. */
  int put(long key, int value) {
    if (key == 0) {
      int previous = zeroValue;
      zeroValue = value;
      return previous;
    }
    int slot = slotOf(keys, key);
    if (keys[slot] != 0) {
      int previous = values[slot];
      values[slot] = value;
      return previous;
    }
    keys[slot] = key;
    values[slot] = value;
    if (++size > limit) {
      grow();
    }
    return -1;
  }

  /** The keys held, in no particular order. */
  long[] keys() {
    long[] all = new long[size + (zeroValue >= 0 ? 1 : 0)];
    int n = 0;
    for (long key : keys) {
      if (key != 0) {
        all[n++] = key;
      }
    }
    if (zeroValue >= 0) {
      all[n] = 0;
    }
    return all;
  }

  /** Slots the table has, for tests. */
  int capacity() {
    return keys.length;
  }

  /** The slot holding {@code key} (not 0), or the empty slot where it would go. */
  private static int slotOf(long[] keys, long key) {
    int capacity = keys.length;
    int slot = (int) (((key & LOW_BITS) * capacity) >>> 32);
    while (keys[slot] != 0 && keys[slot] != key) {
      slot = slot + 1 == capacity ? 0 : slot + 1;
    }
    return slot;
  }

  private void grow() {
    int capacity = keys.length + keys.length / 4;
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[capacity];
    values = new int[capacity];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int slot = slotOf(keys, oldKeys[i]);
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
      }
    }
    limit = limit(capacity);
  }

  private static int limit(int capacity) {
    return (int) Math.min(capacity - 1L, (long) (capacity * MAX_LOAD));
  }
}
