package dev.newstidy.stage.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditSimilarityTest {
  @Test
  void lengthsFarApartCannotReachTheThresholdByEdits() {
    assertThat(EditSimilarity.mayReach(100, 200, 0.8)).isFalse();
    assertThat(EditSimilarity.mayReach(200, 100, 0.8)).isFalse();
  }

  @Test
  void lengthsWithinTheEditsOrAShorterCopyCoveringTheThresholdMayReachIt() {
    assertThat(EditSimilarity.mayReach(100, 101, 0.8)).isTrue();
    assertThat(EditSimilarity.mayReach(100, 120, 0.8)).isTrue();
    assertThat(EditSimilarity.mayReach(100, 125, 0.8)).isTrue();
    // A longer later paragraph is no contained copy, and 5 characters are over 2% of 105.
    assertThat(EditSimilarity.mayReach(105, 100, 0.8)).isFalse();
    assertThat(EditSimilarity.mayReach(100, 126, 0.8)).isFalse();
  }

  @Test
  void whereTheLengthsRuleItOutBothMeasuresGiveUnderTheThreshold() {
    String earlier = "The new footbridge over the Marrow Creek opens to walkers and cyclists on the first of May, the county said.";
    String longer = earlier + " A second one, further down the creek near the old mill, is planned for next year.";
    int a = ParagraphFingerprint.normalise(longer).length();
    int b = ParagraphFingerprint.normalise(earlier).length();
    assertThat(EditSimilarity.mayReach(a, b, 0.8)).isFalse();
    assertThat(EditSimilarity.characterSimilarity(longer, earlier)).isLessThan(0.8);
    assertThat(EditSimilarity.containedSimilarity(longer, earlier)).isLessThan(0.8);
    assertThat(EditSimilarity.mayReach(b, a, 0.8)).isFalse();
    assertThat(EditSimilarity.containedSimilarity(earlier, longer)).isLessThan(0.8);
  }
}
