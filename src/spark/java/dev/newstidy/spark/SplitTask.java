package dev.newstidy.spark;

import java.io.Serializable;

/**
 * One task of the job: a whole input, or a part of a large text input that starts at a block start
 * ({@code start}) and is cut where the next part starts ({@code end}), read with its lines numbered
 * as in the whole file. Tasks are numbered in run order: input order, then offset.
 *
 * @param index the task's place in the run
 * @param input the input's place in the run
 * @param start the byte offset the task reads from (0 for a whole input)
 * @param end the byte offset where the next part of the same file starts, or -1 when none does
 * @param linesBefore the file's lines before {@code start}
 * @param whole true when the task reads the whole input (compressed, structured, or small)
 */
record SplitTask(int index, int input, String uri, long start, long end, int linesBefore, boolean whole)
    implements Serializable {

  /** An input read by one task. */
  static SplitTask whole(int index, int input, String uri) {
    return new SplitTask(index, input, uri, 0, -1, 0, true);
  }

  /** The line the task reads first. */
  int startLine() {
    return linesBefore + 1;
  }

  /** Whether another part of the same file follows this one. */
  boolean hasNext() {
    return end >= 0;
  }

  /** The task's first place in run order. */
  long startPos() {
    return pos(input, whole ? 0 : startLine());
  }

  /** A place in run order: the input, then the line in it. */
  static long pos(int input, int line) {
    return ((long) input << 40) | line;
  }
}
