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
  void escapesEveryBidiControl() {
    String controls = "\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";

    assertThat(Printable.of("x" + controls + "y"))
        .isEqualTo("x\\u061c\\u200e\\u200f\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069y");
  }

  @Test
  void keepsLookAlikeFormatCharactersThatDoNotReorder() {
    String joined = "\ud83d\udc69\u200d\ud83d\udcbb 阿拉伯文\u0644\u0627";

    assertThat(Printable.of(joined)).isSameAs(joined);
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
