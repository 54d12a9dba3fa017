package dev.newstidy.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LexicalCohesionTest {
  @Test
  void cjkTextGivesCharacterBigrams() {
    assertThat(LexicalCohesion.terms("青石镇修桥")).containsExactlyInAnyOrder("青石", "石镇", "镇修", "修桥");
  }

  @Test
  void latinTextGivesLowerCasedContentWords() {
    // "The" and "Old" are too short, "that" and "with" are function words.
    assertThat(LexicalCohesion.terms("The Old Mill bridge, that with")).containsExactlyInAnyOrder("mill", "bridge");
  }

  @Test
  void punctuationBreaksBigrams() {
    assertThat(LexicalCohesion.terms("青石,镇")).containsExactly("青石");
  }

  @Test
  void overlapIsSharedTermsOverTheSmallerSet() {
    double overlap = LexicalCohesion.overlap(LexicalCohesion.terms("青石镇修桥通车"), LexicalCohesion.terms("青石镇新桥"));

    assertThat(overlap).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void textsOfTwoLanguagesShareNothing() {
    assertThat(LexicalCohesion.overlap(LexicalCohesion.terms("青石镇修桥"), LexicalCohesion.terms("Mill bridge reopens")))
        .isZero();
  }

  @Test
  void coverageIsTheShareOfTheHeadlineFoundInTheLead() {
    double coverage =
        LexicalCohesion.coverage(LexicalCohesion.terms("Mill bridge reopens"), LexicalCohesion.terms("The mill bridge opened today."));

    assertThat(coverage).isCloseTo(2.0 / 3, within(1e-9));
  }
}
