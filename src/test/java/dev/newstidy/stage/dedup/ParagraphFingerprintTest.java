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

  /**
   * On normalised text, seeded random mixes of ideographs, ASCII, pairs and the characters that
   * need the full NFKC, {@link ParagraphFingerprint#ofNormalised} gives the old hashing path's value
   * (Guava's seeded Murmur3 of the normalised text) and what {@link ParagraphFingerprint#of} gives
   * for the text it came from.
   */
  @Test
  void ofNormalisedGivesTheOldHashOnRandomNormalisedText() {
    String tricky = "e\u0301ｶﾞＡｚ１，。“”《》—．\u3000½…\u1100\u1161ΩÉßİ\uD840\uDC00\uFFFF溪口大桥Ferry ";
    java.util.Random random = new java.util.Random(20261130);
    for (int round = 0; round < 20_000; round++) {
      String input = randomText(random, tricky);
      String normalised = ParagraphFingerprint.normalise(input);
      long hash = ParagraphFingerprint.ofNormalised(normalised);
      assertThat(hash).as(input).isEqualTo(guava(normalised));
      assertThat(hash).as(input).isEqualTo(ParagraphFingerprint.of(input).hash());
    }
  }

  /**
   * The table path must give exactly what the definition gives (NFKC of the whole text, then
   * per-character folding, then Guava's seeded Murmur3), or saved indexes would stop matching.
   * Random text mixes the simple ranges with characters that must leave them: combining marks that
   * compose with the letter before ({@code e\u0301}), half-width kana with a voicing mark ({@code
   * ｶﾞ}), Hangul jamo, compatibility characters that expand ({@code ½}, {@code …}, {@code ¨}),
   * ideographic tone marks, surrogate pairs and U+FFFF.
   */
  @Test
  void tablePathGivesTheDefinitionsValueOnRandomText() {
    String tricky =
        "e\u0301A\u030AｶﾞﾟＡｚ１，。、“”《》【】〔〕—–．\u3000\u00A0\u2028\u200B\t\n½…¨\u302A\u3099\u309B"
            + "\u1100\u1161\u11A8가\u0B47\u0B3E\u212BΩ\u2126ÉÄßİ\uD840\uDC00\uFFFF海安市总工会The bridge ";
    java.util.Random random = new java.util.Random(20261129);
    for (int round = 0; round < 20_000; round++) {
      String input = randomText(random, tricky);
      String expected = definition(input);
      assertThat(ParagraphFingerprint.normalise(input)).as(input).isEqualTo(expected);
      ParagraphFingerprint.Fingerprint print = ParagraphFingerprint.of(input);
      assertThat(print.hash()).as(input).isEqualTo(guava(expected));
      assertThat(print.length()).isEqualTo(expected.length());
    }
  }

  /**
   * The one pass hashes simple text until it meets a character that needs the full NFKC, then
   * starts again on the normalised text: what it hashed before that must not leak into the value,
   * wherever in a block of eight the character falls ({@code 溪口大桥今日通车 ½} and {@code 溪口 café}).
   */
  @Test
  void aLateCharacterThatNeedsNormalisingGivesTheDefinitionsValue() {
    String simple = "溪口大桥今日正式通车，Ｂridge opens。";
    for (int cut = 0; cut <= simple.length(); cut++) {
      for (String odd : new String[] {"½", "e\u0301", "ｶﾞ", "\uD840\uDC00", "\uFFFF", "é"}) {
        String input = simple.substring(0, cut) + odd + simple.substring(cut);
        String expected = definition(input);
        ParagraphFingerprint.Fingerprint print = ParagraphFingerprint.of(input);
        assertThat(print.hash()).as(input).isEqualTo(guava(expected));
        assertThat(print.length()).as(input).isEqualTo(expected.length());
      }
    }
  }

  @Test
  void everySimpleCharacterAloneGivesTheDefinitionsValue() {
    for (int c = 0; c < 0x10000; c++) {
      String input = "a" + (char) c + "中";
      assertThat(ParagraphFingerprint.normalise(input)).as("U+%04X", c).isEqualTo(definition(input));
    }
  }

  /**
   * The table of compared characters, which takes the ideograph, Hangul, surrogate and private-use
   * ranges as they are without asking {@link Character}, must agree with the plain definition on
   * every one of the 65,536 characters, in those ranges and out of them: {@code Ａ} gives {@code ａ},
   * {@code 海} and {@code 한} give themselves, {@code \u3000} is left out.
   */
  @Test
  void comparedTableGivesTheDefinitionForEveryCharacter() {
    for (int c = 0; c < 0x10000; c++) {
      char ch = (char) c;
      boolean space = ch <= ' ' || (ch >= 0x80 && (Character.isWhitespace(ch) || Character.isSpaceChar(ch)));
      String defined = space ? "" : definitionOfOne(ch);
      String table = ParagraphFingerprint.compared(ch) == 0 ? "" : String.valueOf(ParagraphFingerprint.compared(ch));
      assertThat(table).as("U+%04X", c).isEqualTo(defined);
    }
    assertThat(ParagraphFingerprint.compared('Ａ')).isEqualTo('ａ');
    assertThat(ParagraphFingerprint.compared('海')).isEqualTo('海');
    assertThat(ParagraphFingerprint.compared('한')).isEqualTo('한');
    assertThat(ParagraphFingerprint.compared('\u3000')).isEqualTo((char) 0);
  }

  /** One character folded as {@link #definition} folds each character of NFKC text. */
  private static String definitionOfOne(char c) {
    int wide = ParagraphFingerprint.WIDE.indexOf(c);
    if (c < 0x80) {
      return String.valueOf(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
    }
    if (wide >= 0) {
      return String.valueOf(".,\"\"''<>[][]--.".charAt(wide));
    }
    return String.valueOf(Character.isUpperCase(c) ? Character.toLowerCase(c) : c);
  }

  /** Normalisation as the README defines it, written the plain way. */
  private static String definition(String text) {
    String nfkc = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < nfkc.length(); i++) {
      char c = nfkc.charAt(i);
      if (c <= ' ' || (c >= 0x80 && (Character.isWhitespace(c) || Character.isSpaceChar(c)))) {
        continue;
      }
      int wide = ParagraphFingerprint.WIDE.indexOf(c);
      if (c < 0x80) {
        out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
      } else if (wide >= 0) {
        out.append(".,\"\"''<>[][]--.".charAt(wide));
      } else {
        out.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : c);
      }
    }
    return out.toString();
  }

  private static long guava(String normalised) {
    return com.google.common.hash.Hashing.murmur3_128(0x6e657773).hashUnencodedChars(normalised).asLong();
  }

  private static long fingerprint(String text) {
    return ParagraphFingerprint.ofNormalised(ParagraphFingerprint.normalise(text));
  }

  /**
   * Up to 39 UTF-16 units, each drawn from {@code tricky}, the CJK block, printable ASCII or any
   * unit at all (lone surrogates included), a quarter each.
   */
  private static String randomText(java.util.Random random, String tricky) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(40);
    for (int i = 0; i < length; i++) {
      switch (random.nextInt(4)) {
        case 0 -> text.append(tricky.charAt(random.nextInt(tricky.length())));
        case 1 -> text.append((char) (0x4E00 + random.nextInt(0x5200)));
        case 2 -> text.append((char) (0x20 + random.nextInt(0x5F)));
        default -> text.append((char) random.nextInt(0x10000));
      }
    }
    return text.toString();
  }
}
