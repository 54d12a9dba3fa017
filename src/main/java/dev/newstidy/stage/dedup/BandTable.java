package dev.newstidy.stage.dedup;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * The band table of the near-copy index: for each band key the most recent paragraph filed under
 * it, in a primitive open-addressing map, and for each paragraph and band a link to the one filed
 * under the same key before it. Paragraphs are numbered from 0 in the order they are filed; the
 * heap holds about 18 bytes a key (load factor 0.9) and 4 bytes a link.
 *
 * <p>Example, pinned by {@code BandTableTest}: paragraphs 0 and 1 filed under keys sharing 3 of 8
 * bands, then paragraph 2 looked up with the keys of paragraph 1, gives 1 first (8 bands shared),
 * then 0 (3 bands shared); a key that nothing was filed under gives nothing.
 */
final class BandTable {
  private static final int BANDS = MinHash.BANDS;

  /** Candidates taken from each band, most recent first. */
  static final int PER_BAND = 16;

  private final Long2IntOpenHashMap lastWithKey = new Long2IntOpenHashMap(1 << 12, 0.9f);
  private final IntArrayList previousWithKey = new IntArrayList();

  BandTable() {
    lastWithKey.defaultReturnValue(-1);
  }

  /** Files paragraph {@code id}, the next number, under its band {@code keys}. */
  void file(long[] keys, int id) {
    if (id * BANDS != previousWithKey.size()) {
      throw new IllegalStateException("band table out of step: " + id);
    }
    for (int band = 0; band < BANDS; band++) {
      previousWithKey.add(lastWithKey.put(keys[band], id));
    }
  }

  /**
   * The earlier paragraphs sharing a band with these keys, the most recent {@link #PER_BAND} of
   * each band, in the order they are confirmed: those sharing the most bands first, then the
   * earliest. Each is packed as {@code (BANDS - bands shared) << 32 | id}, so that one ascending
   * sort of primitives gives that order; {@code (int)} of an entry is its id. The bound keeps a run
   * linear when thousands of paragraphs share a boilerplate sentence.
   */
  long[] candidates(long[] keys) {
    int[] ids = new int[BANDS * PER_BAND];
    int found = 0;
    for (int band = 0; band < BANDS; band++) {
      int seen = 0;
      for (int id = lastWithKey.get(keys[band]); id >= 0 && seen < PER_BAND; id = previousWithKey.getInt(id * BANDS + band)) {
        ids[found++] = id;
        seen++;
      }
    }
    if (found == 0) {
      return new long[0];
    }
    // An id comes once from each band it shares: sorted, the length of its run is its bands shared.
    Arrays.sort(ids, 0, found);
    long[] order = new long[found];
    int distinct = 0;
    for (int i = 0; i < found; ) {
      int run = i;
      while (run < found && ids[run] == ids[i]) {
        run++;
      }
      order[distinct++] = (long) (BANDS - (run - i)) << 32 | ids[i];
      i = run;
    }
    Arrays.sort(order, 0, distinct);
    return distinct == found ? order : Arrays.copyOf(order, distinct);
  }

  /** Writes the keys in ascending order with their latest paragraph, then the links of {@code count} paragraphs. */
  void write(DataOutputStream out, int count) throws IOException {
    long[] keys = lastWithKey.keySet().toLongArray();
    Arrays.sort(keys);
    out.writeInt(keys.length);
    for (long key : keys) {
      out.writeLong(key);
      out.writeInt(lastWithKey.get(key));
    }
    out.writeInt(count);
    for (int i = 0; i < count * BANDS; i++) {
      out.writeInt(previousWithKey.getInt(i));
    }
  }

  /** Reads what {@link #write} wrote into this empty table; returns the paragraph count. */
  int read(DataInputStream in) throws IOException {
    int keys = in.readInt();
    for (int i = 0; i < keys; i++) {
      lastWithKey.put(in.readLong(), in.readInt());
    }
    int count = in.readInt();
    if (count < 0) {
      throw new IOException("impossible paragraph count " + count);
    }
    for (int i = 0; i < count * BANDS; i++) {
      previousWithKey.add(in.readInt());
    }
    return count;
  }
}
