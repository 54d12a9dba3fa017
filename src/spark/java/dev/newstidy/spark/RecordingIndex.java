package dev.newstidy.spark;

import dev.newstidy.model.SourceSpan;
import dev.newstidy.stage.dedup.InMemoryParagraphIndex;
import dev.newstidy.stage.dedup.ParagraphIndex;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The paragraph index of one split: answers from the verdicts joined in (fingerprints whose first
 * occurrence lies in an earlier split), else from the split's own memory, and records every
 * fingerprint the split puts, with where the split first put it.
 *
 * <p>Example, pinned by {@code RecordingIndexTest}: with the verdict {@code 7 → a.txt:3}, putting
 * 7 at {@code b.txt:9} answers {@code a.txt:3}; putting 8 at {@code b.txt:2} and again at {@code
 * b.txt:5} answers null, then {@code b.txt:2}; the split's puts are {@code 7 → b.txt:9, 8 →
 * b.txt:2}.
 */
final class RecordingIndex implements ParagraphIndex {
  private final Map<Long, Span> earlier;
  private final InMemoryParagraphIndex own = new InMemoryParagraphIndex();
  private final Map<Long, Span> puts = new LinkedHashMap<>();

  /** @param earlier first occurrences in earlier splits of fingerprints this split holds */
  RecordingIndex(Map<Long, Span> earlier) {
    this.earlier = earlier;
  }

  @Override
  public SourceSpan putIfAbsent(long fingerprint, SourceSpan where) {
    puts.putIfAbsent(fingerprint, Span.of(where));
    Span first = earlier.get(fingerprint);
    if (first != null) {
      return first.toSourceSpan();
    }
    return own.putIfAbsent(fingerprint, where);
  }

  /** Every fingerprint the split put, in order, with the place it first put it. */
  Map<Long, Span> puts() {
    return puts;
  }
}
