package dev.newstidy.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BoundaryScorerTest {
  @Test
  void scoreIsBiasPlusWeightedCues() {
    Properties p = new Properties();
    p.setProperty("bias", "-1");
    p.setProperty("CREDIT_AFTER", "2.5");
    p.setProperty("COHESION", "-4");
    BoundaryScorer scorer = BoundaryScorer.fromProperties(p);

    BoundaryScorer.Decision d = scorer.score(Map.of(BoundaryCue.CREDIT_AFTER, 1.0, BoundaryCue.COHESION, 0.25));

    assertThat(d.score()).isEqualTo(0.5);
    assertThat(d.isBoundary()).isTrue();
    assertThat(d.reasons(2)).isEqualTo("+2.5 credit_after, -1.0 cohesion");
  }

  @Test
  void shortLineOverLongerTextWithNothingEndingTheArticleIsNoBoundaryWithTheShippedWeights() {
    // The cues of an in-text subheading (新桥的变化 between two paragraphs that share no words).
    assertThat(
            BoundaryScorer.shipped()
                .score(Map.of(BoundaryCue.BODY_AFTER, 1.0, BoundaryCue.UNENDED, 1.0, BoundaryCue.SHORT_UNENDED, 1.0))
                .isBoundary())
        .isFalse();
  }

  @Test
  void shippedWeightsPointTheWayTheEvidenceDoes() {
    BoundaryScorer shipped = BoundaryScorer.shipped();

    assertThat(shipped.weight(BoundaryCue.CREDIT_AFTER)).isPositive();
    assertThat(shipped.weight(BoundaryCue.TITLE_IN_LEAD)).isPositive();
    assertThat(shipped.weight(BoundaryCue.COHESION)).isNegative();
    assertThat(shipped.weight(BoundaryCue.TITLE_IN_BEFORE)).isNegative();
  }
}
