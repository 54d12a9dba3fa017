package dev.newstidy.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newstidy.model.SourceSpan;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordingIndexTest {
  @Test
  void answersFromAnEarlierSplitFirstThenFromItsOwnMemory() {
    RecordingIndex index = new RecordingIndex(Map.of(7L, new Span("a.txt", 0, 3, 3)));

    assertThat(index.putIfAbsent(7, SourceSpan.of("b.txt", 9, 9))).isEqualTo(SourceSpan.of("a.txt", 3, 3));
    assertThat(index.putIfAbsent(8, SourceSpan.of("b.txt", 2, 2))).isNull();
    assertThat(index.putIfAbsent(8, SourceSpan.of("b.txt", 5, 5))).isEqualTo(SourceSpan.of("b.txt", 2, 2));
    assertThat(index.putIfAbsent(7, SourceSpan.of("b.txt", 11, 11))).isEqualTo(SourceSpan.of("a.txt", 3, 3));

    assertThat(RecordingIndex.firstOwned(index.puts(), Share.ALL))
        .containsExactly(
            Map.entry(7L, new Span("b.txt", 0, 9, 9)), Map.entry(8L, new Span("b.txt", 0, 2, 2)));
    assertThat(index.asked()).containsExactlyInAnyOrder(7L, 8L);
  }

  @Test
  void firstOwnedPutsAreThoseOnTheLinesOwned() {
    RecordingIndex index = new RecordingIndex(Map.of());

    assertThat(index.putIfAbsent(8, SourceSpan.of("b.txt", 2, 2))).isNull();
    assertThat(index.putIfAbsent(8, SourceSpan.of("b.txt", 5, 5))).isEqualTo(SourceSpan.of("b.txt", 2, 2));
    assertThat(index.putIfAbsent(9, SourceSpan.of("b.txt", 21, 21))).isNull();

    // Line 2 belongs to the part before, line 21 to the part after: only line 5 counts run-wide,
    // and what the task owns may be decided after it ran.
    assertThat(RecordingIndex.firstOwned(index.puts(), new Share(0, 5, 20, 0, -1)))
        .containsExactly(Map.entry(8L, new Span("b.txt", 0, 5, 5)));
    assertThat(RecordingIndex.firstOwned(index.puts(), new Share(0, 0, 3, 0, -1)))
        .containsExactly(Map.entry(8L, new Span("b.txt", 0, 2, 2)));
    assertThat(index.asked()).containsExactlyInAnyOrder(8L, 9L);
  }

  @Test
  void equalVerdictsDigestAlikeWhateverTheirOrder() {
    Map<Long, Span> one = new LinkedHashMap<>();
    one.put(1L, new Span("a", 0, 1, 1));
    one.put(2L, new Span("a", 0, 3, 4));
    Map<Long, Span> two = new LinkedHashMap<>();
    two.put(2L, new Span("a", 0, 3, 4));
    two.put(1L, new Span("a", 0, 1, 1));
    assertThat(ExactVerdicts.hash(3, one)).isEqualTo(ExactVerdicts.hash(3, two));
    assertThat(ExactVerdicts.hash(3, one)).isNotEqualTo(ExactVerdicts.hash(4, two));
    two.put(1L, new Span("a", 0, 1, 2));
    assertThat(ExactVerdicts.hash(3, one)).isNotEqualTo(ExactVerdicts.hash(3, two));
  }
}
