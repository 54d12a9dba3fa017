package dev.newstidy.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineCutInputTest {
  @Test
  void endsAtTheFirstLineEndPastTheLimit() throws IOException {
    LineCutInput in = input("ab\ncd\nef", 4);
    assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("ab\ncd\n");
    assertThat(in.wasCut()).isTrue();
  }

  @Test
  void aLimitOnALineEndEndsThere() throws IOException {
    LineCutInput in = input("ab\ncd\nef", 3);
    assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("ab\n");
    assertThat(in.wasCut()).isTrue();
  }

  @Test
  void aLimitPastTheEndGivesAllAndIsNoCut() throws IOException {
    LineCutInput in = input("ab\ncd\nef", 100);
    assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("ab\ncd\nef");
    assertThat(in.wasCut()).isFalse();
  }

  @Test
  void readsByteByByteAlike() throws IOException {
    LineCutInput in = input("ab\ncd\nef", 4);
    StringBuilder read = new StringBuilder();
    for (int b = in.read(); b >= 0; b = in.read()) {
      read.append((char) b);
    }
    assertThat(read).hasToString("ab\ncd\n");
  }

  private static LineCutInput input(String text, long limit) {
    return new LineCutInput(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), limit);
  }
}
