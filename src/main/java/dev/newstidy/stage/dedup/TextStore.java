package dev.newstidy.stage.dedup;

import java.io.IOException;

/**
 * An append-only store of paragraph texts, so that near-duplicate candidates can be confirmed
 * against the earlier text without keeping texts in the heap. The run provides it (a temporary
 * file); the stages only append and read.
 */
public interface TextStore extends AutoCloseable {
  /** Appends {@code text} and returns its number, counting from 0. */
  int append(String text) throws IOException;

  /** The text appended as number {@code id}. */
  String read(int id) throws IOException;

  @Override
  void close() throws IOException;
}
