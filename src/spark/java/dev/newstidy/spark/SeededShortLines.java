package dev.newstidy.spark;

import dev.newstidy.stage.furniture.ShortLineMemory;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The short-line memory of one split: starts from how many earlier documents (in earlier splits)
 * each of its short lines stood in, and records in how many of its own documents each stood, in
 * the order first met, for the splits after it.
 *
 * <p>Example, pinned by {@code SeededShortLinesTest}: seeded with {@code 本站首页 → 1}, the line
 * is at 1 page before this split's first document and at 2 after it; a line new to the run starts
 * at 0. Exact while the run holds fewer than {@link ShortLineMemory#MEMORY} distinct short lines.
 *
 * <p>A part of a file that starts inside its document is told which of its short lines the
 * document already held before the part: the CLI counted those once for this document, so they
 * are not counted again ({@code SeededShortLinesTest.aLineTheDocumentHeldBeforeThePartIsNotCountedTwice}).
 */
final class SeededShortLines implements ShortLineMemory {
  private final Map<String, Integer> earlier;
  private final long earlierDistinct;
  private final Map<String, Integer> pages = new HashMap<>();
  private final LinkedHashMap<String, Integer> documents = new LinkedHashMap<>();
  private final Set<String> inPage;
  private final LongSupplier where;
  private final Map<String, Long> firstSeen = new HashMap<>();
  private long added;

  /**
   * @param earlier documents of earlier splits each short line of this split stood in (up to 2)
   * @param earlierDistinct distinct short lines the earlier splits remembered
   */
  SeededShortLines(Map<String, Integer> earlier, long earlierDistinct) {
    this(earlier, Set.of(), earlierDistinct, () -> 0);
  }

  /**
   * @param earlier the pages each short line of this task stood in before its start, counting the
   *     document it starts inside when the line stood in it already
   * @param inPage the lines the document this task starts inside held before its start
   * @param earlierDistinct distinct short lines remembered before the task's start
   * @param where the run-order place of the block being read, for {@link #firstSeen}
   */
  SeededShortLines(Map<String, Integer> earlier, Set<String> inPage, long earlierDistinct, LongSupplier where) {
    this.earlier = earlier;
    this.inPage = inPage;
    this.earlierDistinct = earlierDistinct;
    this.where = where;
  }

  @Override
  public int pagesBefore(String key) {
    firstSeen.putIfAbsent(key, where.getAsLong());
    Integer p = pages.get(key);
    return p != null ? p : earlier.getOrDefault(key, 0);
  }

  @Override
  public void seenInPage(String key, int pagesBefore) {
    if (inPage.contains(key)) {
      // The CLI counted it when the document first held it, before this part.
      return;
    }
    documents.merge(key, 1, Integer::sum);
    if (pagesBefore > 0 || earlierDistinct + added < MEMORY) {
      if (!pages.containsKey(key) && !earlier.containsKey(key)) {
        added++;
      }
      pages.put(key, pagesBefore + 1);
    }
  }

  /** Where the task first met each short line, in run order, owned or not. */
  Map<String, Long> firstSeen() {
    return firstSeen;
  }

  /** The documents of this split each short line stood in, in the order first met. */
  LinkedHashMap<String, Integer> documents() {
    return documents;
  }
}
