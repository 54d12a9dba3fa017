package dev.newstidy.stage.furniture;

import java.util.HashMap;
import java.util.Map;

/**
 * The run's memory of short lines by how many documents each stood in, which makes a site's menu
 * furniture from its third page on ({@link BlockTriage}). An interface, so that a distributed run
 * can bring what earlier splits saw; {@link #inMemory()} is the CLI's.
 */
public interface ShortLineMemory {
  /** A bound on the lines remembered, so that a run of any size keeps a fixed cost. */
  int MEMORY = 200_000;

  /** The documents before this one that {@code key} stood in, as far as remembered. */
  int pagesBefore(String key);

  /**
   * {@code key} stands in one more document: called once a document, with what {@link
   * #pagesBefore} said. A new line is remembered only while fewer than {@link #MEMORY} are.
   */
  void seenInPage(String key, int pagesBefore);

  /**
   * The CLI's memory: a map filled until {@link #MEMORY} lines. Example, pinned by {@code
   * BlockTriageTest}: {@code 本站首页 | 联系方式} seen in two pages gives {@code pagesBefore} 2.
   */
  static ShortLineMemory inMemory() {
    Map<String, Integer> pages = new HashMap<>();
    return new ShortLineMemory() {
      @Override
      public int pagesBefore(String key) {
        return pages.getOrDefault(key, 0);
      }

      @Override
      public void seenInPage(String key, int pagesBefore) {
        if (pagesBefore > 0 || pages.size() < MEMORY) {
          pages.put(key, pagesBefore + 1);
        }
      }
    };
  }
}
