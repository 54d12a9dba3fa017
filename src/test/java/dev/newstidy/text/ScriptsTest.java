package dev.newstidy.text;

import static org.assertj.core.api.Assertions.assertThat;

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
