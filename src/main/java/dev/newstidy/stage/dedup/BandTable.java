package dev.newstidy.stage.dedup;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * The band table of the near-copy index: for each band key the paragraphs filed under it, the
 * latest {@value #PER_BAND} at most, in a primitive open-addressing map ({@link KeyTable}) that
 * holds a key's one paragraph itself and points a key shared by more to their block in {@link
 * RecentIds}. Paragraphs are numbered from 0 in the order they are filed; the heap holds about 9
 * to 11 bytes a distinct key (8-byte slots, the table 0.72 to 0.9 full) and 12 to 68 bytes a
 * shared one.
 *
 * <p>The map is split into {@value #SHARDS} maps by the key's top bits: a single map grows all at
 * once and holds its old and new arrays together while it rehashes; a shard grows alone, one
 * sixteenth of that. Which keys share a shard changes nothing a lookup finds.
 *
 * <p>A shard's map holds a 32-bit tag of each 64-bit key ({@link #tag}, its two halves XORed), so
 * that the table is two thirds of what whole keys took: two keys in one shard with the same tag
 * share their entry. For mixed keys a lookup meets another key's tag with a chance of the keys held
 * over 2^36: 1 in 6,900 lookups once 10 million keys are held. Such a lookup adds the other key's
 * paragraphs to the candidates, each of which is still confirmed against its shingles before
 * anything is removed; and the two keys share one list of the latest {@value #PER_BAND}, so a
 * crowded key that shares this one's tag can push its paragraphs out of the list and a near copy
 * sharing only that band is missed, as one sharing only a crowded band of its own always is.
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

  private static final int MAX_FOUND = BANDS * PER_BAND;
  private static final long[] NONE = new long[0];

  /** In a {@link KeyTable} value: the rest is where the key's block of ids starts in {@link #shared}. */
  private static final int SHARED = 1 << 30;

  private final KeyTable[] filedUnder = new KeyTable[SHARDS];
  private final RecentIds shared = new RecentIds();
  /** Paragraphs filed, the next id. */
  private int count;

  // Scratch of candidates(), reused from one lookup to the next (one thread uses a table).
  /** Each band's chain, latest first: band {@code b}'s from {@code b * PER_BAND}. */
  private final int[] chains = new int[MAX_FOUND];
  private final int[] chainLengths = new int[BANDS];
  /** Where each chain's merge stands. */
  private final int[] heads = new int[BANDS];
  /** The ids sharing {@code s} bands, highest first, from {@code s * MAX_FOUND}. */
  private final int[] buckets = new int[(BANDS + 1) * MAX_FOUND];
  private final int[] bucketSizes = new int[BANDS + 1];

  BandTable() {
    for (int i = 0; i < SHARDS; i++) {
      filedUnder[i] = new KeyTable();
    }
  }

  private KeyTable shard(long key) {
    return filedUnder[(int) (key >>> SHARD_SHIFT)];
  }

  /**
   * The 32 bits a shard's map holds of {@code key}: its halves XORed, {@code 0x0000_0001_0000_0003L}
   * → 2. Keys that differ anywhere differ in their tag unless the two halves' differences cancel.
   */
  static int tag(long key) {
    return (int) key ^ (int) (key >>> 32);
  }

  /** Files paragraph {@code id}, the next number, under its band {@code keys}. */
  void file(long[] keys, int id) {
    if (id != count) {
      throw new IllegalStateException("band table out of step: " + id);
    }
    checkArgument(id < SHARED, "too many paragraphs: %s", id);
    for (int band = 0; band < BANDS; band++) {
      file(keys[band], id);
    }
    count++;
  }

  private void file(long key, int id) {
    KeyTable table = shard(key);
    int tag = tag(key);
    int before = table.put(tag, id);
    if (before < 0 || before == id) {
      return;
    }
    if (before < SHARED) {
      table.put(tag, sharedValue(shared.start(before, id)));
    } else if (shared.latest(before & ~SHARED) != id) {
      table.put(tag, sharedValue(shared.add(before & ~SHARED, id)));
    } else {
      table.put(tag, before);
    }
  }

  /**
   * The map value that points to the block of ids at {@code block}: {@code 5} → {@code SHARED | 5}.
   * A block must start below {@code SHARED} (2^30 slots, 4 GiB of ids) for the flag to be read back.
   */
  static int sharedValue(int block) {
    checkState(
        block >= 0 && block < SHARED,
        "recent-id block at %s is past the %s slots a band-table value can point to",
        block,
        SHARED);
    return SHARED | block;
  }

  /** Puts the ids filed under {@code key}, latest first, in {@code into} from {@code from}; returns how many. */
  private int filed(long key, int[] into, int from) {
    int value = shard(key).get(tag(key));
    if (value < 0) {
      return 0;
    }
    if (value < SHARED) {
      into[from] = value;
      return 1;
    }
    return shared.copy(value & ~SHARED, into, from);
  }

  /**
   * The earlier paragraphs sharing a band with these keys, the most recent {@link #PER_BAND} of
   * each band, in the order they are confirmed: those sharing the most bands first, then the
   * earliest. Each is packed as {@code (BANDS - bands shared) << 32 | id}, the order of an
   * ascending sort of the entries; {@code (int)} of an entry is its id. The bound keeps a run
   * linear when thousands of paragraphs share a boilerplate sentence.
   *
   * <p>No sort: each band's chain runs from its latest paragraph back, so the chains are merged
   * from the highest id down, an id's bands shared counted as it comes off their heads, and each id
   * goes to the bucket of its count, read back lowest id first. Chains {@code [9, 4]} and {@code
   * [9, 7]} give 9 (2 bands), then 4 and 7 (1 band each).
   */
  long[] candidates(long[] keys) {
    int found = 0;
    for (int band = 0; band < BANDS; band++) {
      int length = filed(keys[band], chains, band * PER_BAND);
      chainLengths[band] = length;
      found += length;
    }
    if (found == 0) {
      return NONE;
    }
    Arrays.fill(heads, 0);
    Arrays.fill(bucketSizes, 0);
    int distinct = 0;
    for (int id = highestHead(); id >= 0; id = highestHead()) {
      int shared = takeHeads(id);
      buckets[shared * MAX_FOUND + bucketSizes[shared]++] = id;
      distinct++;
    }
    long[] order = new long[distinct];
    int n = 0;
    for (int shared = BANDS; shared >= 1; shared--) {
      for (int k = bucketSizes[shared] - 1; k >= 0; k--) {
        order[n++] = (long) (BANDS - shared) << 32 | buckets[shared * MAX_FOUND + k];
      }
    }
    return order;
  }

  /** The highest id at the head of a chain not yet merged, or -1 when all are. */
  private int highestHead() {
    int highest = -1;
    for (int band = 0; band < BANDS; band++) {
      int at = heads[band];
      if (at < chainLengths[band]) {
        highest = Math.max(highest, chains[band * PER_BAND + at]);
      }
    }
    return highest;
  }

  /** Moves past {@code id} in every chain it heads; returns how many it headed (bands shared). */
  private int takeHeads(int id) {
    int shared = 0;
    for (int band = 0; band < BANDS; band++) {
      int at = heads[band];
      if (at < chainLengths[band] && chains[band * PER_BAND + at] == id) {
        heads[band] = at + 1;
        shared++;
      }
    }
    return shared;
  }

  /** The band keys of paragraph {@code id}, read back from what the index stored of it. */
  interface KeysOf {
    long[] of(int id) throws IOException;
  }

  /**
   * Writes the keys in ascending order with their latest paragraph, then for each paragraph and band
   * the paragraph filed under the same key before it among the latest {@value #PER_BAND}, or -1:
   * the links a chain walk of them follows, which find what this table finds. The table holds tags,
   * not keys, so the keys are read back for every paragraph: once for the list of keys, and once
   * more for the links, so that saving holds one array of them (8 bytes a paragraph and band), not
   * two. Where two keys share a tag, each is written with their merged list's latest paragraph and
   * links; loading only reads past them.
   */
  void write(DataOutputStream out, KeysOf keysOf) throws IOException {
    writeKeys(out, keysOf);
    out.writeInt(count);
    for (int id = 0; id < count; id++) {
      long[] bandKeys = keysOf.of(id);
      for (int band = 0; band < BANDS; band++) {
        int length = filed(bandKeys[band], chains, 0);
        int link = -1;
        for (int k = 0; k + 1 < length; k++) {
          if (chains[k] == id) {
            link = chains[k + 1];
            break;
          }
        }
        out.writeInt(link);
      }
    }
  }

  /** Writes the distinct band keys of all paragraphs, ascending, each with its latest paragraph. */
  private void writeKeys(DataOutputStream out, KeysOf keysOf) throws IOException {
    long all = (long) count * BANDS;
    if (all > Integer.MAX_VALUE - 8) {
      throw new IOException("too many paragraphs (" + count + ") to save the near-copy index");
    }
    long[] keys = new long[(int) all];
    for (int id = 0; id < count; id++) {
      System.arraycopy(keysOf.of(id), 0, keys, id * BANDS, BANDS);
    }
    Arrays.sort(keys);
    int distinct = 0;
    for (int i = 0; i < keys.length; i++) {
      if (i == 0 || keys[i] != keys[i - 1]) {
        keys[distinct++] = keys[i];
      }
    }
    out.writeInt(distinct);
    for (int i = 0; i < distinct; i++) {
      out.writeLong(keys[i]);
      filed(keys[i], chains, 0);
      out.writeInt(chains[0]);
    }
  }

  /**
   * Reads past what {@link #write} wrote and returns the paragraph count; the table stays empty, to
   * be filled by filing the paragraphs again in order, which gives the table that was written.
   */
  static int skip(DataInputStream in) throws IOException {
    int keys = in.readInt();
    if (keys < 0) {
      throw new IOException("impossible key count " + keys);
    }
    in.skipNBytes((long) keys * (Long.BYTES + Integer.BYTES));
    int count = in.readInt();
    if (count < 0) {
      throw new IOException("impossible paragraph count " + count);
    }
    in.skipNBytes((long) count * BANDS * Integer.BYTES);
    return count;
  }
}
