package dev.newstidy.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PunctuationTest {
  @Test
  void chineseFullStopEndsSentence() {
    assertThat(Punctuation.endsSentence("…老周说道。")).isTrue();
  }

  @Test
  void fullStopInsideClosingQuoteEndsSentence() {
    assertThat(Punctuation.endsSentence("…他说:“我们会继续努力。”")).isTrue();
  }

  @Test
  void quoteClosingATermInMidSentenceDoesNotEndIt() {
    assertThat(Punctuation.endsSentence("…产城融合”")).isFalse();
    assertThat(Punctuation.endsMidSentence("…产城融合”")).isTrue();
  }

  @Test
  void clausePunctuationDoesNotEndSentence() {
    assertThat(Punctuation.endsSentence("…示范带动、")).isFalse();
    assertThat(Punctuation.endsSentence("…主导产业发展,")).isFalse();
    assertThat(Punctuation.endsSentence("会议要求：")).isFalse();
  }

  @Test
  void latinFullStopEndsSentenceAndHyphenatedBreakDoesNot() {
    assertThat(Punctuation.endsSentence("He left.")).isTrue();
    assertThat(Punctuation.endsSentence("the neigh-")).isFalse();
  }

  @Test
  void trailingWhiteSpaceIsLookedThrough() {
    assertThat(Punctuation.endsSentence("天气晴朗。  ")).isTrue();
  }

  @Test
  void blankTextEndsNoSentenceAndIsNotMidSentence() {
    assertThat(Punctuation.endsSentence("")).isFalse();
    assertThat(Punctuation.endsSentence("   ")).isFalse();
    assertThat(Punctuation.endsMidSentence("   ")).isFalse();
  }

  @Test
  void closersAloneEndNoSentence() {
    assertThat(Punctuation.endsSentence("”)")).isFalse();
  }

  @Test
  void endOfLastSentenceIsWhereAGluedBylineStarts() {
    assertThat(Punctuation.endOfLastSentence("他说。王书")).isEqualTo(3);
  }

  @Test
  void endOfLastSentenceIncludesTheClosingQuotes() {
    String text = "他说:“好。”王书";

    assertThat(text.substring(0, Punctuation.endOfLastSentence(text))).isEqualTo("他说:“好。”");
  }

  @Test
  void endOfLastSentenceIsMinusOneWithoutSentenceEnd() {
    assertThat(Punctuation.endOfLastSentence("推行“千村百业”职业")).isEqualTo(-1);
  }

  @Test
  void classifiesSingleCharacters() {
    assertThat(Punctuation.isSentenceFinal('。')).isTrue();
    assertThat(Punctuation.isSentenceFinal('?')).isTrue();
    assertThat(Punctuation.isSentenceFinal(':')).isFalse();
    assertThat(Punctuation.isClausePunctuation('、')).isTrue();
    assertThat(Punctuation.isClausePunctuation('，')).isTrue();
    assertThat(Punctuation.isCloser('”')).isTrue();
    assertThat(Punctuation.isCloser('“')).isFalse();
  }

  @Test
  void findsClausePunctuationAnywhereInText() {
    assertThat(Punctuation.hasClausePunctuation("今年以来,青川县")).isTrue();
    assertThat(Punctuation.hasClausePunctuation("强化组织保障")).isFalse();
  }
}
