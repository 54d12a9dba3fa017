package dev.newstidy.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FindingKindTest {
  @Test
  void mojibakeWarningsAreOfTheirOwnKindAndOtherOdditiesAreWarnings() {
    assertThat(FindingKind.ofWarning("mojibake")).isEqualTo(FindingKind.MOJIBAKE);
    assertThat(FindingKind.ofWarning("gbk-round-trip")).isEqualTo(FindingKind.MOJIBAKE);
    assertThat(FindingKind.ofWarning("pinyin-insertion")).isEqualTo(FindingKind.MOJIBAKE);
    assertThat(FindingKind.ofWarning("invalid-utf8")).isEqualTo(FindingKind.INVALID_UTF8);
    assertThat(FindingKind.ofWarning("pinyin")).isEqualTo(FindingKind.WARNING);
    assertThat(FindingKind.ofWarning("doubled-word")).isEqualTo(FindingKind.WARNING);
  }

  @Test
  void theMojibakeKindIsNamedOnTheCommandLineAsWritten() {
    assertThat(FindingKind.MOJIBAKE.wireName()).isEqualTo("mojibake");
    assertThat(FindingKind.parse(" Mojibake ")).isEqualTo(FindingKind.MOJIBAKE);
  }
}
