package dev.newstidy.spark;

import com.google.common.hash.Hashing;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Where two neighbouring parts of one file agree: the part before reads on past its end, the part
 * after starts from its own first block with a fresh segmenter, and from the first record where
 * both give the same record on the same line, and go on giving the same records to the end of the
 * look-ahead, the part after's state is the sequential run's. The part before keeps what precedes
 * that record, the part after what follows.
 *
 * <p>The last record of a look-ahead cut before the end of the file is never compared: the cut,
 * not the text, ended it. Example, pinned by {@code SplitSyncTest}: a tail {@code (40,a) (52,b)
 * (60,c) (71,d)} cut, and a head {@code (45,x) (52,b) (60,c) (71,e)} agree at line 52 (the head's
 * record 1, the tail's record 0 + offset), with {@code d} and {@code e} left uncompared; a head
 * that differs at {@code (60,·)} does not agree at 52 and, having nothing later in common, gives
 * no place.
 */
final class SplitSync {
  /** Records that must agree, at least, beyond the first common one's line. */
  static final int MIN_AGREEING = 2;

  private SplitSync() {}

  /** A record as compared: the line it starts on and a hash of its JSON with its id left out. */
  record Mark(int line, long hash) implements Serializable {
    static Mark of(int line, String record) {
      return new Mark(line, Hashing.murmur3_128().hashString(RecordIds.withId(record, 0), StandardCharsets.UTF_8).asLong());
    }
  }

  /**
   * The agreement of a part's tail with the next part's head, as {@code {index in the part, index
   * in the next part, line}}, or null when they do not agree within the look-ahead.
   *
   * @param tail the part's records from the first on or after the next part's first line
   * @param tailOffset the index of {@code tail}'s first record among the part's records
   * @param cut whether the part's look-ahead ended before the file did
   * @param head the next part's first records
   */
  static int[] agree(List<Mark> tail, int tailOffset, boolean cut, List<Mark> head) {
    int usable = tail.size() - (cut ? 1 : 0);
    int b = 0;
    for (int a = 0; a < head.size(); a++) {
      int line = head.get(a).line();
      while (b < usable && tail.get(b).line() < line) {
        b++;
      }
      if (b >= usable) {
        return null;
      }
      if (tail.get(b).line() != line) {
        continue;
      }
      int compared = Math.min(usable - b, head.size() - a);
      if (compared < Math.min(MIN_AGREEING, usable - b) || (cut && compared < MIN_AGREEING)) {
        return null;
      }
      boolean same = true;
      for (int i = 0; i < compared && same; i++) {
        same = tail.get(b + i).equals(head.get(a + i));
      }
      if (same) {
        return new int[] {tailOffset + b, a, line};
      }
    }
    return null;
  }
}
