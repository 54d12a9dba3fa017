package dev.newstidy.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SeededShortLinesTest {
  @Test
  void startsFromTheEarlierSplitsAndCountsItsOwnDocuments() {
    SeededShortLines memory = new SeededShortLines(Map.of("本站首页", 1), 1);

    assertThat(memory.pagesBefore("本站首页")).isEqualTo(1);
    memory.seenInPage("本站首页", 1);
    assertThat(memory.pagesBefore("本站首页")).isEqualTo(2);

    assertThat(memory.pagesBefore("联系我们")).isZero();
    memory.seenInPage("联系我们", 0);
    assertThat(memory.pagesBefore("联系我们")).isEqualTo(1);

    assertThat(memory.documents()).containsExactly(Map.entry("本站首页", 1), Map.entry("联系我们", 1));
  }

  @Test
  void aNewLineIsNotRememberedOnceTheRunsMemoryIsFull() {
    SeededShortLines memory = new SeededShortLines(Map.of(), SeededShortLines.MEMORY);
    memory.seenInPage("联系我们", 0);
    assertThat(memory.pagesBefore("联系我们")).isZero();
    // Still counted for the splits after it, which decide with the same full memory.
    assertThat(memory.documents()).containsEntry("联系我们", 1);
  }

  @Test
  void aLineTheDocumentHeldBeforeThePartIsNotCountedTwice() {
    // The part starts inside a document that already held 本站首页 once (and no page before it).
    long[] where = {7};
    SeededShortLines memory = new SeededShortLines(Map.of("本站首页", 1), java.util.Set.of("本站首页"), 1, () -> where[0]);

    assertThat(memory.pagesBefore("本站首页")).isEqualTo(1);
    memory.seenInPage("本站首页", 1);
    assertThat(memory.pagesBefore("本站首页")).isEqualTo(1);
    assertThat(memory.documents()).doesNotContainKey("本站首页");

    where[0] = 9;
    assertThat(memory.pagesBefore("联系我们")).isZero();
    memory.seenInPage("联系我们", 0);
    assertThat(memory.documents()).containsEntry("联系我们", 1);
    assertThat(memory.firstSeen()).containsEntry("本站首页", 7L).containsEntry("联系我们", 9L);
  }
}
