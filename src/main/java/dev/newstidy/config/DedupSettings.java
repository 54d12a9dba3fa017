package dev.newstidy.config;

import java.nio.file.Path;

/**
 * How repeats are found across a run.
 *
 * @param scope across the whole run ({@code run}, the default) or within each input ({@code file})
 * @param index a file that keeps the index between runs ({@code --index}), or null
 * @param near whether near copies are looked for
 * @param nearThreshold the least Jaccard similarity of a near copy
 */
public record DedupSettings(
    Scope scope, Path index, NearMode near, double nearThreshold) {
  /** Whether near copies are looked for ({@code --near}). */
  public enum NearMode {
    /** Exact repeats only (after normalisation): the default, at almost no cost. */
    OFF,
    /** Paragraphs similar to an earlier one (MinHash, confirmed by exact Jaccard). */
    PARAGRAPH,
    /** Near paragraphs, and a whole story that ran again removed as one unit. */
    ARTICLE
  }

  /** Where the first occurrence of a paragraph is looked for. */
  public enum Scope {
    RUN,
    FILE
  }
}
