package dev.newstidy.spark;

import dev.newstidy.model.SourceSpan;
import dev.newstidy.stage.dedup.InMemoryParagraphIndex;
import dev.newstidy.stage.dedup.ParagraphIndex;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The paragraph index of one split: answers from the verdicts joined in (fingerprints whose first
 * occurrence lies in an earlier split), else from the split's own memory, and records every
 * fingerprint the split puts, with where the split first put it.
 *
 * <p>Example, pinned by {@code RecordingIndexTest}: with the verdict {@code 7 → a.txt:3}, putting
 * 7 at {@code b.txt:9} answers {@code a.txt:3}; putting 8 at {@code b.txt:2} and again at {@code
 * b.txt:5} answers null, then {@code b.txt:2}; the split's puts are {@code 7 → b.txt:9, 8 →
 * b.txt:2}. A task that owns only lines 5 on records the put of 8 at line 5, not at 2
 * ({@code RecordingIndexTest.recordsOnlyThePutsOnLinesItOwns}).
 */
final class RecordingIndex implements ParagraphIndex {
  private final Map<Long, Span> earlier;
  private final InMemoryParagraphIndex own = new InMemoryParagraphIndex();
  private final Map<Long, Span> puts = new LinkedHashMap<>();
  private final Set<Long> asked = new HashSet<>();
  private final Share share;

  /** @param earlier first occurrences in earlier splits of fingerprints this split holds */
  RecordingIndex(Map<Long, Span> earlier) {
    this(earlier, Share.ALL);
  }

  /**
   * @param earlier first occurrences before the task's start of fingerprints it holds
   * @param share the lines whose puts count run-wide: the first put of a fingerprint on them
   */
  RecordingIndex(Map<Long, Span> earlier, Share share) {
    this.earlier = earlier;
    this.share = share;
  }

  @Override
  public SourceSpan putIfAbsent(long fingerprint, SourceSpan where) {
    asked.add(fingerprint);
    if (share.ownsLine(where.firstLine())) {
      puts.putIfAbsent(fingerprint, Span.of(where));
    }
    Span first = earlier.get(fingerprint);
    if (first != null) {
      return first.toSourceSpan();
    }
    return own.putIfAbsent(fingerprint, where);
  }

  /** Every fingerprint the task asked about, on any line: what verdicts are joined back for. */
  Set<Long> asked() {
    return asked;
  }

  /** Every fingerprint the split put on lines it owns, in order, with the place it first put it there. */
  Map<Long, Span> puts() {
    return puts;
  }
}
