package dev.newstidy.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SplitSyncTest {
  private static SplitSync.Mark m(int line, long hash) {
    return new SplitSync.Mark(line, hash);
  }

  @Test
  void agreesAtTheFirstCommonRecordFromWhichAllAgreeButTheCutOne() {
    List<SplitSync.Mark> tail = List.of(m(40, 1), m(52, 2), m(60, 3), m(71, 4));
    List<SplitSync.Mark> head = List.of(m(45, 9), m(52, 2), m(60, 3), m(71, 5));
    assertThat(SplitSync.agree(tail, 10, true, head)).containsExactly(11, 1, 52);
  }

  @Test
  void aCommonLineWithADifferentRecordAfterItIsNoAgreement() {
    List<SplitSync.Mark> tail = List.of(m(40, 1), m(52, 2), m(60, 3), m(71, 4));
    List<SplitSync.Mark> head = List.of(m(45, 9), m(52, 2), m(60, 8), m(71, 5));
    assertThat(SplitSync.agree(tail, 10, true, head)).isNull();
  }

  @Test
  void oneCommonRecordBeforeTheCutIsNotEnough() {
    // Only (52,2) could be compared: a look-alike start, not yet a state the two share.
    List<SplitSync.Mark> tail = List.of(m(52, 2), m(60, 3));
    List<SplitSync.Mark> head = List.of(m(52, 2), m(60, 7));
    assertThat(SplitSync.agree(tail, 0, true, head)).isNull();
  }

  @Test
  void aTailThatReachedTheEndOfTheFileAgreesOnItsLastRecord() {
    List<SplitSync.Mark> tail = List.of(m(52, 2));
    List<SplitSync.Mark> head = List.of(m(48, 1), m(52, 2));
    assertThat(SplitSync.agree(tail, 3, false, head)).containsExactly(3, 1, 52);
  }

  @Test
  void recordsAreComparedWithoutTheirIds() {
    String a = "{\"schema\":2,\"id\":7,\"lang\":\"zh-Hans\",\"title\":\"桥\"}";
    String b = "{\"schema\":2,\"id\":2,\"lang\":\"zh-Hans\",\"title\":\"桥\"}";
    String c = "{\"schema\":2,\"id\":2,\"lang\":\"zh-Hans\",\"title\":\"路\"}";
    assertThat(SplitSync.Mark.of(5, a)).isEqualTo(SplitSync.Mark.of(5, b)).isNotEqualTo(SplitSync.Mark.of(5, c));
  }
}
