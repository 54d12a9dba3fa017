package dev.newstidy.stage.dedup;

import java.util.Arrays;

/**
 * An append-only list of longs kept in fixed chunks of {@value #CHUNK} values, so that it grows
 * without copying: an array list that doubles holds its old and new arrays at once while it
 * copies, half again the memory it needs at the moment it is largest. For the near-copy index's
 * per-paragraph tables and its paragraph store's, which grow with the run.
 *
 * <p>Example, pinned by {@code LongChunksTest}: after adding {@code i << 33} for i from 0 past one chunk,
 * {@code get(CHUNK)} is {@code CHUNK << 33}.
 */
public final class LongChunks {
  static final int SHIFT = 16;
  static final int CHUNK = 1 << SHIFT;
  private static final int MASK = CHUNK - 1;

  private long[][] chunks = new long[4][];
  private int size;

  /** Appends {@code value}. */
  public void add(long value) {
    int chunk = size >>> SHIFT;
    if (chunk == chunks.length) {
      chunks = Arrays.copyOf(chunks, chunks.length * 2);
    }
    if (chunks[chunk] == null) {
      chunks[chunk] = new long[CHUNK];
    }
    chunks[chunk][size & MASK] = value;
    size++;
  }

  /** The value at {@code index}, which must be under {@link #size}. */
  public long get(int index) {
    if (index >= size) {
      throw new IndexOutOfBoundsException(index + " of " + size);
    }
    return chunks[index >>> SHIFT][index & MASK];
  }

  public int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }
}
