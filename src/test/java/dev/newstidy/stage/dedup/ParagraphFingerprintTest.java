package dev.newstidy.stage.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.hash.HashCode;
import org.junit.jupiter.api.Test;

class ParagraphFingerprintTest {
  @Test
  void whiteSpaceDoesNotChangeFingerprint() {
    assertThat(fingerprint("海安 市总工会")).isEqualTo(fingerprint("海安市总工会"));
  }

  @Test
  void normalisedTextHasNoWhiteSpace() {
    assertThat(ParagraphFingerprint.normalise("海安 市总工会")).isEqualTo("海安市总工会").hasSize(6);
    assertThat(ParagraphFingerprint.normalise(" 海安\u3000市\t总工会\n")).hasSize(6);
  }

  @Test
  void fullWidthFormsMatchTheirCompatibilityForms() {
    assertThat(ParagraphFingerprint.normalise("ＡＢＣ１２３")).isEqualTo("ABC123");
    assertThat(fingerprint("ＡＢＣ")).isEqualTo(fingerprint("ABC"));
  }

  @Test
  void noBreakSpaceCountsAsWhiteSpace() {
    assertThat(fingerprint("the\u00A0county")).isEqualTo(fingerprint("the county"));
  }

  @Test
  void differentTextsHaveDifferentFingerprints() {
    assertThat(fingerprint("海安市总工会")).isNotEqualTo(fingerprint("海安市总工会。"));
    assertThat(fingerprint("Board")).isNotEqualTo(fingerprint("board"));
  }

  @Test
  void fingerprintHas128Bits() {
    assertThat(fingerprint("海安市总工会").bits()).isEqualTo(128);
  }

  private static HashCode fingerprint(String text) {
    return ParagraphFingerprint.ofNormalised(ParagraphFingerprint.normalise(text));
  }
}
