package dev.newstidy.stage.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LongChunksTest {
  @Test
  void keepsValuesAcrossChunks() {
    LongChunks list = new LongChunks();
    int count = LongChunks.CHUNK + 4_465;
    for (int i = 0; i < count; i++) {
      list.add((long) i << 33);
    }

    assertThat(list.size()).isEqualTo(count);
    assertThat(list.get(LongChunks.CHUNK)).isEqualTo((long) LongChunks.CHUNK << 33);
    assertThat(list.get(count - 1)).isEqualTo((long) (count - 1) << 33);
  }

  @Test
  void startsEmptyAndRefusesAnyIndex() {
    LongChunks list = new LongChunks();

    assertThat(list.isEmpty()).isTrue();
    assertThatThrownBy(() -> list.get(0)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
