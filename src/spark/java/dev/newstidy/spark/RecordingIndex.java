package dev.newstidy.spark;

import dev.newstidy.model.SourceSpan;
import dev.newstidy.stage.dedup.InMemoryParagraphIndex;
import dev.newstidy.stage.dedup.ParagraphIndex;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The paragraph index of one task: answers from the verdicts joined in (fingerprints whose first
 * occurrence lies before the task's start), else from the task's own memory, and records every
 * put in order, on whatever line, so that the driver can decide afterwards which lines the task
 * owns ({@link #firstOwned}).
 *
 * <p>Example, pinned by {@code RecordingIndexTest}: with the verdict {@code 7 → a.txt:3}, putting
 * 7 at {@code b.txt:9} answers {@code a.txt:3}; putting 8 at {@code b.txt:2} and again at {@code
 * b.txt:5} answers null, then {@code b.txt:2}; the first owned puts of a task that owns every line
 * are {@code 7 → b.txt:9, 8 → b.txt:2}, and of one that owns only lines 5 on, {@code 7 → b.txt:9,
 * 8 → b.txt:5} ({@code RecordingIndexTest.firstOwnedPutsAreThoseOnTheLinesOwned}).
 */
final class RecordingIndex implements ParagraphIndex {
  private final Map<Long, Span> earlier;
  private final InMemoryParagraphIndex own = new InMemoryParagraphIndex();
  private final List<Put> puts = new ArrayList<>();
  private final Set<Long> asked = new HashSet<>();

  /** A fingerprint put into the index, and where. */
  record Put(long fingerprint, Span span) implements Serializable {}

  /** @param earlier first occurrences before the task's start of fingerprints it holds */
  RecordingIndex(Map<Long, Span> earlier) {
    this.earlier = earlier;
  }

  @Override
  public SourceSpan putIfAbsent(long fingerprint, SourceSpan where) {
    asked.add(fingerprint);
    puts.add(new Put(fingerprint, Span.of(where)));
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

  /** Every put, in order, on any line. */
  List<Put> puts() {
    return puts;
  }

  /**
   * What counts run-wide of a task's puts once the driver has decided what it owns: each
   * fingerprint's first put on a line the task owns, in order.
   */
  static Map<Long, Span> firstOwned(List<Put> puts, Share share) {
    Map<Long, Span> out = new LinkedHashMap<>();
    for (Put put : puts) {
      if (share.ownsLine(put.span().firstLine())) {
        out.putIfAbsent(put.fingerprint(), put.span());
      }
    }
    return out;
  }
}
