package dev.newstidy.stage.dedup;

import com.google.common.hash.HashCode;
import dev.newstidy.model.SourceSpan;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@link ParagraphIndex} held in memory for one run. Only the hashes and first-seen spans are
 * kept, never the texts.
 */
public final class InMemoryParagraphIndex implements ParagraphIndex {
  private final Map<HashCode, SourceSpan> firstSeen = new HashMap<>();

  @Override
  public SourceSpan putIfAbsent(HashCode fingerprint, SourceSpan where) {
    return firstSeen.putIfAbsent(fingerprint, where);
  }

  /** How many distinct paragraphs were seen. */
  public int size() {
    return firstSeen.size();
  }
}
