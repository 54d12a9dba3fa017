package dev.newstidy.spark;

import dev.newstidy.stage.furniture.ShortLineMemory;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The short-line memory of one split: starts from how many earlier documents (in earlier splits)
 * each of its short lines stood in, and records in how many of its own documents each stood, in
 * the order first met, for the splits after it.
 *
 * <p>Example, pinned by {@code SeededShortLinesTest}: seeded with {@code 本站首页 → 1}, the line
 * is at 1 page before this split's first document and at 2 after it; a line new to the run starts
 * at 0. Exact while the run holds fewer than {@link ShortLineMemory#MEMORY} distinct short lines.
 */
final class SeededShortLines implements ShortLineMemory {
  private final Map<String, Integer> earlier;
  private final long earlierDistinct;
  private final Map<String, Integer> pages = new HashMap<>();
  private final LinkedHashMap<String, Integer> documents = new LinkedHashMap<>();
  private long added;

  /**
   * @param earlier documents of earlier splits each short line of this split stood in (up to 2)
   * @param earlierDistinct distinct short lines the earlier splits remembered
   */
  SeededShortLines(Map<String, Integer> earlier, long earlierDistinct) {
    this.earlier = earlier;
    this.earlierDistinct = earlierDistinct;
  }

  @Override
  public int pagesBefore(String key) {
    Integer p = pages.get(key);
    return p != null ? p : earlier.getOrDefault(key, 0);
  }

  @Override
  public void seenInPage(String key, int pagesBefore) {
    documents.merge(key, 1, Integer::sum);
    if (pagesBefore > 0 || earlierDistinct + added < MEMORY) {
      if (!pages.containsKey(key) && !earlier.containsKey(key)) {
        added++;
      }
      pages.put(key, pagesBefore + 1);
    }
  }

  /** The documents of this split each short line stood in, in the order first met. */
  LinkedHashMap<String, Integer> documents() {
    return documents;
  }
}
