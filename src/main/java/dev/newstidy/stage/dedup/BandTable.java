package dev.newstidy.stage.dedup;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * The band table of the near-copy index: for each band key the most recent paragraph filed under
 * it, in a primitive open-addressing map, and for each paragraph and band a link to the one filed
 * under the same key before it. Paragraphs are numbered from 0 in the order they are filed; the
 * heap holds between 13 and 27 bytes a key (12-byte slots at load factor 0.9, depending on where
 * the table stands between doublings) and 4 bytes a link.
 *
 * <p>The map is split into {@value #SHARDS} maps by the key's top bits, and the links are kept in
 * chunks ({@link IntChunks}): a single map doubles all at once and holds its old and new arrays
 * together while it rehashes, half again its size at the run's peak of memory; a shard doubles
 * alone, one sixteenth of that. Which keys share a shard changes nothing a lookup finds.
 *
 * <p>Example, pinned by {@code BandTableTest}: paragraphs 0 and 1 filed under keys sharing 3 of 8
 * bands, then paragraph 2 looked up with the keys of paragraph 1, gives 1 first (8 bands shared),
 * then 0 (3 bands shared); a key that nothing was filed under gives nothing.
 */
final class BandTable {
  private static final int BANDS = MinHash.BANDS;

  /** Candidates taken from each band, most recent first. */
  static final int PER_BAND = 16;

  /** Maps the key space is split into, by the key's top bits (keys are mixed hashes). */
  static final int SHARDS = 16;

  private static final int SHARD_SHIFT = Long.SIZE - Integer.numberOfTrailingZeros(SHARDS);

  private final Long2IntOpenHashMap[] lastWithKey = new Long2IntOpenHashMap[SHARDS];
  private final IntChunks previousWithKey = new IntChunks();

  BandTable() {
    for (int i = 0; i < SHARDS; i++) {
      lastWithKey[i] = new Long2IntOpenHashMap(1 << 8, 0.9f);
      lastWithKey[i].defaultReturnValue(-1);
    }
  }

  private Long2IntOpenHashMap shard(long key) {
    return lastWithKey[(int) (key >>> SHARD_SHIFT)];
  }

  /** Files paragraph {@code id}, the next number, under its band {@code keys}. */
  void file(long[] keys, int id) {
    if (id * BANDS != previousWithKey.size()) {
      throw new IllegalStateException("band table out of step: " + id);
    }
    for (int band = 0; band < BANDS; band++) {
      previousWithKey.add(shard(keys[band]).put(keys[band], id));
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
      for (int id = shard(keys[band]).get(keys[band]); id >= 0 && seen < PER_BAND; id = previousWithKey.get(id * BANDS + band)) {
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
    LongArrayList all = new LongArrayList();
    for (Long2IntOpenHashMap map : lastWithKey) {
      all.addAll(map.keySet());
    }
    long[] keys = all.toLongArray();
    Arrays.sort(keys);
    out.writeInt(keys.length);
    for (long key : keys) {
      out.writeLong(key);
      out.writeInt(shard(key).get(key));
    }
    out.writeInt(count);
    for (int i = 0; i < count * BANDS; i++) {
      out.writeInt(previousWithKey.get(i));
    }
  }

  /** Reads what {@link #write} wrote into this empty table; returns the paragraph count. */
  int read(DataInputStream in) throws IOException {
    int keys = in.readInt();
    for (int i = 0; i < keys; i++) {
      long key = in.readLong();
      shard(key).put(key, in.readInt());
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
