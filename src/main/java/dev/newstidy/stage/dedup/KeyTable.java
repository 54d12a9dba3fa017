package dev.newstidy.stage.dedup;

/**
 * A map from 32-bit keys to non-negative ints by open addressing (linear probing), for the band
 * keys of the near-copy index: each slot one long, the key in its high half and the value in its
 * low one, so that a probe reads one array, 8 bytes a slot, the table kept between {@value
 * #MIN_LOAD} and {@value #MAX_LOAD} full. A table whose size is a power of two (such as
 * fastutil's) halves its load when it doubles, so that it runs anywhere from 0.45 to 0.9 full and
 * may hold twice the slots its keys need; this one grows by a quarter, its slot found by scaling
 * the key to the capacity (multiply and shift, no modulo), which works for any capacity. Keys must
 * be mixed hashes: their high bits choose the slot.
 *
 * <p>Example, pinned by {@code KeyTableTest}: after {@code put(7, 1)} and {@code put(7, 2)}, {@code
 * get(7)} is 2 and the second put returned 1; {@code get(8)} is -1. Key 0 with value 0 would be
 * the empty slot's 0, so key 0 is kept aside and works like any other.
 */
final class KeyTable {
  static final double MAX_LOAD = 0.9;
  static final double MIN_LOAD = MAX_LOAD / 1.25;
  private static final int FIRST_CAPACITY = 256;
  private static final long LOW_BITS = 0xFFFF_FFFFL;

  /** Each slot's {@code key << 32 | value}, 0 when empty. */
  private long[] slots = new long[FIRST_CAPACITY];
  /** Keys other than 0 held, and how many may be before the table grows. */
  private int size;
  private int limit = limit(FIRST_CAPACITY);
  private int zeroValue = -1;

  /** The value of {@code key}, or -1 when it has none. */
  int get(int key) {
    if (key == 0) {
      return zeroValue;
    }
    long slot = slots[slotOf(slots, key)];
    return slot == 0 ? -1 : (int) slot;
  }

  /** Sets the value of {@code key} ({@code value} ≥ 0) and returns its previous one, or -1. */
  int put(int key, int value) {
    if (value < 0) {
      // Below 0 it would spread its sign over the key half of the slot.
      throw new IllegalArgumentException("negative value " + value);
    }
    if (key == 0) {
      int previous = zeroValue;
      zeroValue = value;
      return previous;
    }
    int at = slotOf(slots, key);
    long before = slots[at];
    slots[at] = (long) key << 32 | value;
    if (before != 0) {
      return (int) before;
    }
    if (++size > limit) {
      grow();
    }
    return -1;
  }

  /** Slots the table has, for tests. */
  int capacity() {
    return slots.length;
  }

  /** The slot holding {@code key} (not 0), or the empty slot where it would go. */
  private static int slotOf(long[] slots, int key) {
    int capacity = slots.length;
    int at = home(key, capacity);
    long slot;
    while ((slot = slots[at]) != 0 && (int) (slot >>> 32) != key) {
      at = at + 1 == capacity ? 0 : at + 1;
    }
    return at;
  }

  private void grow() {
    int capacity = slots.length + slots.length / 4;
    long[] old = slots;
    slots = new long[capacity];
    for (long slot : old) {
      if (slot != 0) {
        slots[slotOf(slots, (int) (slot >>> 32))] = slot;
      }
    }
    limit = limit(capacity);
  }

  /**
   * The slot a key's probe starts from: its low 32 bits scaled to {@code capacity} (multiply and
   * shift, any capacity). {@link FingerprintTable} places its keys the same way.
   */
  static int home(long key, int capacity) {
    return (int) (((key & LOW_BITS) * capacity) >>> 32);
  }

  /** Keys a table of {@code capacity} slots holds before it grows; one slot always stays empty. */
  static int limit(int capacity) {
    return (int) Math.min(capacity - 1L, (long) (capacity * MAX_LOAD));
  }
}
