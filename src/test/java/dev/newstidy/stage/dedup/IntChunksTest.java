package dev.newstidy.stage.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IntChunksTest {
  @Test
  void keepsValuesAcrossChunks() {
    IntChunks list = new IntChunks();
    int count = IntChunks.CHUNK * 5 + 7;
    for (int i = 0; i < count; i++) {
      list.add(i * 3);
    }

    assertThat(list.size()).isEqualTo(count);
    assertThat(list.get(0)).isZero();
    assertThat(list.get(IntChunks.CHUNK - 1)).isEqualTo((IntChunks.CHUNK - 1) * 3);
    assertThat(list.get(IntChunks.CHUNK)).isEqualTo(IntChunks.CHUNK * 3);
    assertThat(list.get(count - 1)).isEqualTo((count - 1) * 3);
  }

  @Test
  void refusesAnIndexPastTheEnd() {
    IntChunks list = new IntChunks();
    list.add(-1);

    assertThat(list.isEmpty()).isFalse();
    assertThatThrownBy(() -> list.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
