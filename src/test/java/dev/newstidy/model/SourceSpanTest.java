package dev.newstidy.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceSpanTest {
  private static final SourceSpan SPAN = new SourceSpan("harbour-weekly.txt", 0, 3, 5);

  @Test
  void spansWithTheSameFourPartsAreEqualAndHashAlike() {
    SourceSpan same = SourceSpan.of("harbour-weekly.txt", 3, 5);
    assertThat(SPAN).isEqualTo(same);
    assertThat(SPAN.hashCode()).isEqualTo(same.hashCode());
    assertThat(SPAN.through(SourceSpan.of("harbour-weekly.txt", 4, 5))).isEqualTo(SPAN);
  }

  @Test
  void aSpanThatDiffersInAnyOnePartIsNotEqual() {
    assertThat(SPAN)
        .isNotEqualTo(new SourceSpan("harbour-weekly.txt", 0, 3, 6))
        .isNotEqualTo(new SourceSpan("harbour-weekly.txt", 0, 2, 5))
        .isNotEqualTo(new SourceSpan("harbour-weekly.txt", 1, 3, 5))
        .isNotEqualTo(new SourceSpan("harbour-weekly.md", 0, 3, 5))
        .isNotEqualTo(null)
        .isNotEqualTo("harbour-weekly.txt:3");
  }

  @Test
  void theComponentsStillReadAsARecordDoes() {
    assertThat(SPAN.toString()).isEqualTo("SourceSpan[path=harbour-weekly.txt, record=0, firstLine=3, lastLine=5]");
    assertThat(SPAN.position()).isEqualTo("harbour-weekly.txt:3");
  }
}
