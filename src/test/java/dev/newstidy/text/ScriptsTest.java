package dev.newstidy.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ScriptsTest {
  @Test
  void hanIsCjkButLatinAndFullWidthPunctuationAreNot() {
    assertThat(Scripts.isCjk('海')).isTrue();
    assertThat(Scripts.isCjk('a')).isFalse();
    assertThat(Scripts.isCjk('，')).isFalse();
  }

  @Test
  void kanaAndHangulJoinLikeHan() {
    assertThat(Scripts.isCjk('か')).isTrue();
    assertThat(Scripts.isCjk('カ')).isTrue();
    assertThat(Scripts.isCjk('한')).isTrue();
    assertThat(Scripts.isHan('か')).isFalse();
  }

  /** Every code unit alone counts as the definitions say: {@code 海} CJK, {@code É} Latin, {@code ，} neither. */
  @Test
  void everyCodeUnitAloneCountsAsTheDefinitionsSay() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      boolean cjk = Scripts.isCjk(c);
      Scripts.LetterCounts expected = new Scripts.LetterCounts(cjk ? 1 : 0, !cjk && Scripts.isLatinLetter(c) ? 1 : 0);

      assertThat(Scripts.count(String.valueOf((char) c))).as("U+%04X", c).isEqualTo(expected);
    }
  }

  /**
   * Random text of Han, kana, Latin letters, a Han character beyond the BMP ({@code 𠀀}), a
   * mathematical letter that is no script's ({@code 𝐚}), lone halves of pairs and punctuation
   * counts as a walk over its code points with the definitions counts it, from a String and from
   * a StringBuilder.
   */
  @Test
  void countsAsAWalkOverTheCodePoints() {
    String[] pieces = {"海", "か", "a", "É", "ß", "𠀀", "𝐚", "\uD840", "\uDC00", "，", "5", " ", "я"};
    Random random = new Random(5);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(12);
      for (int k = 0; k < length; k++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      int cjk = 0;
      int latin = 0;
      for (int cp : text.codePoints().toArray()) {
        if (Scripts.isCjk(cp)) {
          cjk++;
        } else if (Scripts.isLatinLetter(cp)) {
          latin++;
        }
      }
      Scripts.LetterCounts expected = new Scripts.LetterCounts(cjk, latin);

      assertThat(Scripts.count(text.toString())).as(text.toString()).isEqualTo(expected);
      assertThat(Scripts.count(text)).as(text.toString()).isEqualTo(expected);
    }
  }

  @Test
  void countsOfTwoTextsAddUp() {
    assertThat(Scripts.count("GDP").plus(Scripts.count("增长5%"))).isEqualTo(Scripts.count("GDP增长5%"));
  }

  @Test
  void hanExtensionCharacterIsHan() {
    assertThat(Scripts.isHan("\uD842\uDFB7".codePointAt(0))).isTrue();
  }

  @Test
  void latinLettersIncludeAccentedOnes() {
    assertThat(Scripts.isLatinLetter('a')).isTrue();
    assertThat(Scripts.isLatinLetter('É')).isTrue();
    assertThat(Scripts.isLatinLetter('ß')).isTrue();
    assertThat(Scripts.isLatinLetter('5')).isFalse();
    assertThat(Scripts.isLatinLetter('я')).isFalse();
  }

  @Test
  void countsHanAndLatinLetters() {
    assertThat(Scripts.count("GDP增长5%")).isEqualTo(new Scripts.LetterCounts(2, 3));
  }

  @Test
  void choosesLanguageByWeight() {
    assertThat(Scripts.count("全镇新建公园三座。").languageTag()).isEqualTo("zh");
    assertThat(Scripts.count("The bridge reopened.").languageTag()).isEqualTo("en");
    assertThat(new Scripts.LetterCounts(1, 3).languageTag()).isEqualTo("zh");
    assertThat(new Scripts.LetterCounts(1, 4).languageTag()).isEqualTo("en");
    assertThat(Scripts.count("2024 — 5%").languageTag()).isEqualTo("und");
  }
}
