package dev.newstidy.stage.dedup;

import com.google.common.hash.HashCode;
import dev.newstidy.model.SourceSpan;

/**
 * Remembers which paragraphs a run has seen and where each was first seen. An interface, so that a
 * distributed run can bring its own index without the stages knowing.
 */
public interface ParagraphIndex {
  /**
   * Records {@code fingerprint} as seen at {@code where} unless it was seen before.
   *
   * @return where it was first seen, or null when this is its first occurrence
   */
  SourceSpan putIfAbsent(HashCode fingerprint, SourceSpan where);
}
