package dev.newstidy.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTest {
  @Test
  void escapesTerminalEscapeSequence() {
    assertThat(Printable.of("a\u001b[2Jb")).isEqualTo("a\\u001b[2Jb");
  }

  @Test
  void escapesCarriageReturnAndLineSeparators() {
    assertThat(Printable.of("ok\rfake")).isEqualTo("ok\\u000dfake");
    assertThat(Printable.of("a\u2028b\u2029c")).isEqualTo("a\\u2028b\\u2029c");
  }

  @Test
  void escapesRightToLeftOverride() {
    assertThat(Printable.of("file\u202Etxt.exe")).isEqualTo("file\\u202etxt.exe");
  }

  @Test
  void leavesSafeTextAsItIs() {
    String text = "新区开园 Bridge reopens";

    assertThat(Printable.of(text)).isSameAs(text);
  }

  @Test
  void printsNullAsWord() {
    assertThat(Printable.of(null)).isEqualTo("null");
  }
}
