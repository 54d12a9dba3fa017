package dev.newstidy.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newstidy.model.SourceSpan;
import org.junit.jupiter.api.Test;

class FirstOccurrencesTest {
  @Test
  void findsTheArticleWhoseLinesHoldTheFirstOccurrence() {
    FirstOccurrences seen = new FirstOccurrences();
    seen.add(1, SourceSpan.of("gazette.txt", 1, 28));
    seen.add(3, SourceSpan.of("gazette.txt", 42, 50));

    assertThat(seen.articleAt(SourceSpan.of("gazette.txt", 48, 48))).hasValue(3);
    assertThat(seen.articleAt(SourceSpan.of("gazette.txt", 1, 1))).hasValue(1);
    assertThat(seen.articleAt(SourceSpan.of("gazette.txt", 50, 50))).hasValue(3);
  }

  @Test
  void aLineBetweenArticlesAnotherInputOrAnotherRecordFindsNone() {
    FirstOccurrences seen = new FirstOccurrences();
    seen.add(1, SourceSpan.of("gazette.txt", 1, 28));
    seen.add(2, new SourceSpan("pages.jsonl", 4, 1, 9));

    // Line 35 lies in a story dropped as a repeat, or between two articles.
    assertThat(seen.articleAt(SourceSpan.of("gazette.txt", 35, 35))).isEmpty();
    // The same line in another file, or in another page of the same file: another place.
    assertThat(seen.articleAt(SourceSpan.of("courier.txt", 5, 5))).isEmpty();
    assertThat(seen.articleAt(new SourceSpan("pages.jsonl", 5, 3, 3))).isEmpty();
    assertThat(seen.articleAt(new SourceSpan("pages.jsonl", 4, 3, 3))).hasValue(2);
  }
}
