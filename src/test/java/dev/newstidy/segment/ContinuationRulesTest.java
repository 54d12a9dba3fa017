package dev.newstidy.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContinuationRulesTest {
  @Test
  void threeHanCharactersReadAsAFullName() {
    assertThat(ContinuationRules.isFullHanName("韦青禾")).isTrue();
    assertThat(ContinuationRules.isFullHanName(" 欧阳明川 ")).isTrue();
  }

  @Test
  void twoCharacterWordsAndOtherScriptsAreNoFullName() {
    // Adversarial: a two-character word that spells a surname and a given name, a Latin name,
    // and three characters that are not all Han.
    assertThat(ContinuationRules.isFullHanName("夏夜")).isFalse();
    assertThat(ContinuationRules.isFullHanName("Mara Lind")).isFalse();
    assertThat(ContinuationRules.isFullHanName("韦青、")).isFalse();
    assertThat(ContinuationRules.isFullHanName("韦A禾")).isFalse();
  }
}
