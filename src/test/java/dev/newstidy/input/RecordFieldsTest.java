package dev.newstidy.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordFieldsTest {
  @Test
  void quotesTextAsAJsonString() {
    assertThat(RecordFields.quote("柳河\"新桥\"\n")).isEqualTo("\"柳河\\\"新桥\\\"\\n\"");
  }

  @Test
  void makesAHeadlineOneLine() {
    assertThat(RecordFields.headline(" 青川\n 新区 ")).isEqualTo("青川 新区");
    assertThat(RecordFields.headline("\u3000\n")).isNull();
  }

  @Test
  void findsTheFirstNameARecordHas() {
    assertThat(RecordFields.firstPresent(List.of("text", "body_text"), Map.of("body_text", 1, "body", 2)))
        .isEqualTo("body_text");
    assertThat(RecordFields.firstPresent(List.of("text"), Map.of("texts", 1))).isNull();
  }
}
