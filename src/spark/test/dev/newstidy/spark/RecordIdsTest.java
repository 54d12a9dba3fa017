package dev.newstidy.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecordIdsTest {
  @Test
  void swapsTheSplitIdForTheRunId() {
    assertThat(RecordIds.withId("{\"schema\":2,\"id\":2,\"lang\":\"zh-Hans\",\"title\":\"id\"}", 40))
        .isEqualTo("{\"schema\":2,\"id\":40,\"lang\":\"zh-Hans\",\"title\":\"id\"}");
  }

  @Test
  void leavesAnIdInsideTheTextAlone() {
    String record = "{\"schema\":2,\"id\":1,\"title\":\"{\\\"schema\\\":1,\\\"id\\\":1,\"}";
    assertThat(RecordIds.withId(record, 7)).startsWith("{\"schema\":2,\"id\":7,").endsWith("\\\"id\\\":1,\"}");
  }

  @Test
  void refusesALineThatIsNoRecord() {
    assertThatThrownBy(() -> RecordIds.withId("{\"id\":1,\"schema\":2}", 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RecordIds.withId("", 3)).isInstanceOf(IllegalArgumentException.class);
  }
}
