package dev.newstidy.stage.dedup;

import java.util.Arrays;

/**
 * The most recent paragraph ids filed under each band key that two paragraphs or more share, at
 * most {@value #MOST} a key, latest first, in small blocks of one int pool: what a lookup of the
 * {@link BandTable} reads, in one place, where a chain of links per paragraph and band cost a
 * scattered memory read for every step back and 4 bytes for every paragraph and band (three
 * quarters of them empty: most keys are filed once). A key's block starts with room for 2 ids and
 * moves to one of 4, 8 and then {@value #MOST} as more are filed under it; a block left behind is
 * reused for the next key of its size. Older ids than the last {@value #MOST} are never looked up,
 * so they are dropped.
 *
 * <p>The pool is kept in fixed chunks of {@value #CHUNK} ints, so that it grows without copying.
 * A block is referred to by where it starts in the pool; its first int holds how many ids it has.
 *
 * <p>Example, pinned by {@code RecentIdsTest}: {@code start(3, 5)}, then {@code add} of 8 gives
 * {@code [8, 5, 3]}; after ids 0 to 19 under one key, {@code [19, 18, …, 4]}.
 */
final class RecentIds {
  /** Ids kept a key at most: those a lookup takes ({@link BandTable#PER_BAND}). */
  static final int MOST = BandTable.PER_BAND;

  static final int SHIFT = 16;
  static final int CHUNK = 1 << SHIFT;
  private static final int MASK = CHUNK - 1;

  /** Room of each block size, in ids; a block is one int more (its count). */
  private static final int[] ROOM = {2, 4, 8, MOST};

  private int[][] chunks = new int[4][];
  /** Where the next new block goes. */
  private int end;
  /** Of each block size, the first block left behind (its next in its first int), or -1. */
  private final int[] free = {-1, -1, -1, -1};

  /** A new block holding {@code latest}, then {@code earlier}; returns where it starts. */
  int start(int earlier, int latest) {
    int block = allocate(0);
    int[] chunk = chunks[block >>> SHIFT];
    int at = block & MASK;
    chunk[at] = 2;
    chunk[at + 1] = latest;
    chunk[at + 2] = earlier;
    return block;
  }

  /**
   * Puts {@code id} first in {@code block}, dropping its oldest id when it holds {@value #MOST};
   * returns where the block now starts (a full block of a smaller size moves to a larger one).
   */
  int add(int block, int id) {
    int[] chunk = chunks[block >>> SHIFT];
    int at = block & MASK;
    int count = chunk[at];
    int size = sizeOf(count);
    if (count < ROOM[size] || count == MOST) {
      int kept = Math.min(count, MOST - 1);
      System.arraycopy(chunk, at + 1, chunk, at + 2, kept);
      chunk[at + 1] = id;
      chunk[at] = kept + 1;
      return block;
    }
    int moved = allocate(size + 1);
    int[] to = chunks[moved >>> SHIFT];
    int toAt = moved & MASK;
    to[toAt] = count + 1;
    to[toAt + 1] = id;
    System.arraycopy(chunk, at + 1, to, toAt + 2, count);
    chunk[at] = free[size];
    free[size] = block;
    return moved;
  }

  /** The latest id in {@code block}. */
  int latest(int block) {
    return chunks[block >>> SHIFT][(block & MASK) + 1];
  }

  /** Copies the ids of {@code block}, latest first, to {@code into} from {@code from}; returns how many. */
  int copy(int block, int[] into, int from) {
    int[] chunk = chunks[block >>> SHIFT];
    int at = block & MASK;
    int count = chunk[at];
    System.arraycopy(chunk, at + 1, into, from, count);
    return count;
  }

  /** The block size that holds {@code count} ids, as an index into {@link #ROOM}. */
  private static int sizeOf(int count) {
    return count <= 2 ? 0 : count <= 4 ? 1 : count <= 8 ? 2 : 3;
  }

  /** A block of size {@code size}: one left behind, or a new one (never across a chunk's end). */
  private int allocate(int size) {
    int block = free[size];
    if (block >= 0) {
      free[size] = chunks[block >>> SHIFT][block & MASK];
      return block;
    }
    int length = ROOM[size] + 1;
    if ((end & MASK) + length > CHUNK) {
      end = (end | MASK) + 1;
    }
    int chunk = end >>> SHIFT;
    if (chunk == chunks.length) {
      chunks = Arrays.copyOf(chunks, chunks.length * 2);
    }
    if (chunks[chunk] == null) {
      chunks[chunk] = new int[CHUNK];
    }
    block = end;
    end += length;
    return block;
  }
}
