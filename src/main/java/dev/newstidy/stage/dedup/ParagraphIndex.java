package dev.newstidy.stage.dedup;

import dev.newstidy.model.SourceSpan;

/**
 * Remembers which paragraphs have been seen and where each was first seen. An interface, so that a
 * distributed run can bring its own index without the stages knowing which one they use.
 */
public interface ParagraphIndex {
  /**
   * Records {@code fingerprint} as seen at {@code where} unless it was seen before.
   *
   * @return where it was first seen, or null when this is its first occurrence
   */
  SourceSpan putIfAbsent(long fingerprint, SourceSpan where);
}
