package dev.newstidy.stage.dedup;

import static org.assertj.core.api.Assertions.assertThat;

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
    assertThat(ParagraphFingerprint.normalise("ＡＢＣ１２３")).isEqualTo("abc123");
    assertThat(fingerprint("ＡＢＣ")).isEqualTo(fingerprint("ABC"));
  }

  @Test
  void noBreakSpaceCountsAsWhiteSpace() {
    assertThat(fingerprint("the\u00A0county")).isEqualTo(fingerprint("the county"));
  }

  @Test
  void differentTextsHaveDifferentFingerprints() {
    assertThat(fingerprint("海安市总工会")).isNotEqualTo(fingerprint("海安市总工会。"));
    assertThat(fingerprint("Board meets")).isNotEqualTo(fingerprint("Board met"));
  }

  @Test
  void caseAndPunctuationWidthDoNotChangeFingerprint() {
    assertThat(fingerprint("The Bridge")).isEqualTo(fingerprint("the  bridge"));
    assertThat(fingerprint("很好，我们走吧。")).isEqualTo(fingerprint("很好,我们走吧."));
    assertThat(fingerprint("他说：“好。”")).isEqualTo(fingerprint("他说:\"好.\""));
  }

  @Test
  void fingerprintIsStableAcrossRuns() {
    // A seeded Murmur3 is fixed by its definition: an index saved tonight is read tomorrow.
    assertThat(fingerprint("海安市总工会")).isEqualTo(fingerprint("海安市总工会"));
    assertThat(ParagraphFingerprint.ofNormalised("abc"))
        .isEqualTo(com.google.common.hash.Hashing.murmur3_128(0x6e657773).hashUnencodedChars("abc").asLong());
  }

  @Test
  void hashingAsItNormalisesGivesWhatHashingTheNormalisedTextGives() {
    for (String text : new String[] {"海安 市总工会", "The  Bridge，ok。", "ＡＢＣ１２３", ""}) {
      ParagraphFingerprint.Fingerprint print = ParagraphFingerprint.of(text);
      String normalised = ParagraphFingerprint.normalise(text);
      assertThat(print.hash()).isEqualTo(ParagraphFingerprint.ofNormalised(normalised));
      assertThat(print.length()).isEqualTo(normalised.length());
    }
  }

  private static long fingerprint(String text) {
    return ParagraphFingerprint.ofNormalised(ParagraphFingerprint.normalise(text));
  }
}
