package dev.newstidy.stage.dedup;

import java.io.IOException;

/**
 * An append-only store of the paragraphs that took part in near-copy detection: each one's sorted
 * shingle hashes' high halves, its band keys and its text, so that candidates are confirmed by
 * exact Jaccard similarity against stored hashes (nothing re-derived) without keeping either in
 * the heap. The run provides it (a temporary file); the stages only append and read.
 */
public interface ParagraphStore extends AutoCloseable {
  /** How many band keys each paragraph has ({@link MinHash#BANDS}). */
  int KEYS = MinHash.BANDS;

  /**
   * Appends a paragraph and returns its number, counting from 0.
   *
   * @param shingles its sorted shingle hashes' high halves ({@link Shingles#highHalves}); the store keeps them as given
   * @param keys its {@link #KEYS} band keys, read back by {@link #keys} only when the index is saved:
   *     they are made from the whole hashes, which the store does not keep
   * @param location a long kept with it and read back by {@link #location} (the near-copy index's
   *     packed first-seen location, which it needs only for a paragraph found to be copied), so
   *     that the heap need not hold it
   */
  int append(String text, int[] shingles, long[] keys, long location) throws IOException;

  /** The location appended with number {@code id}. */
  long location(int id) throws IOException;

  /** The band keys appended with number {@code id}. */
  long[] keys(int id) throws IOException;

  /** The text appended as number {@code id}; read only for the rare check by edits. */
  String text(int id) throws IOException;

  /** How many shingle hashes were appended with number {@code id}. */
  int shingleCount(int id);

  /** The shingle hashes appended as number {@code id}, equal to those given, in the same order. */
  int[] shingles(int id) throws IOException;

  /**
   * The shingle hashes appended as number {@code id} at the start of {@code buffer} when it holds
   * them all, else in a new array; either way the first {@code count} entries of what is returned,
   * {@code count} being how many were appended. A store that reads from a file copies them into the
   * buffer, so that a candidate costs no array of its own.
   */
  default int[] shingles(int id, int[] buffer) throws IOException {
    return shingles(id);
  }

  @Override
  void close() throws IOException;
}
