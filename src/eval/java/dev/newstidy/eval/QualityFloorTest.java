package dev.newstidy.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps measured quality from slipping silently: a small seeded damaged dump (80 articles, Chinese
 * and English) is cleaned and scored, and each figure newstidy already earns must stay at or above
 * a floor set just below its value when the floor was written. Raise a floor when newstidy gets
 * better; a figure for a feature newstidy lacks (near copies, boilerplate) is printed, not held.
 */
class QualityFloorTest {
  private static final long SEED = 6;
  private static final int ARTICLES = 80;

  private static QualityScores scores;

  @BeforeAll
  static void measure() throws IOException {
    QualityRun run = QualityRun.measure(SEED, ARTICLES, DamageRates.defaults(), null);
    scores = run.scores();
    System.out.print(QualityReport.format(run));
  }

  @Test
  void findsArticleBoundaries() {
    assertAtLeast("zh", Measure.BOUNDARY_PRECISION, 0.67);
    assertAtLeast("zh", Measure.BOUNDARY_RECALL, 0.77);
    assertAtLeast("en", Measure.BOUNDARY_PRECISION, 0.99);
    assertAtLeast("en", Measure.BOUNDARY_RECALL, 0.99);
    assertAtLeast("all", Measure.BOUNDARY_F1, 0.84);
  }

  @Test
  void keepsTitlesExact() {
    assertAtLeast("zh", Measure.TITLE, 0.95);
    assertAtLeast("en", Measure.TITLE, 0.99);
  }

  @Test
  void readsBylineNamesExactly() {
    assertAtLeast("zh", Measure.BYLINE, 0.95);
    assertAtLeast("en", Measure.BYLINE, 0.99);
  }

  @Test
  void repairsParagraphsExactly() {
    assertAtLeast("zh", Measure.PARAGRAPHS, 0.98);
    assertAtLeast("en", Measure.PARAGRAPHS, 0.99);
    assertAtLeast("all", Measure.PARAGRAPH_PRECISION, 0.92);
  }

  @Test
  void keepsTheText() {
    assertAtLeast("all", Measure.TEXT_KEPT, 0.999);
  }

  @Test
  void removesPlantedRepeats() {
    assertAtLeast("all", Measure.REPEATS, 0.92);
  }

  @Test
  void keepsSubheadingsAsHeadings() {
    assertAtLeast("all", Measure.SUBHEADINGS, 0.97);
  }

  @Test
  void removesOnlyPlantedText() {
    assertThat(scores.value("all", Measure.WRONG_REMOVALS)).as(Measure.WRONG_REMOVALS.label()).isLessThanOrEqualTo(0.0);
  }

  private static void assertAtLeast(String group, Measure measure, double floor) {
    assertThat(scores.value(group, measure))
        .as("%s, %s (%s)", measure.label(), group, scores.detail(group, measure))
        .isGreaterThanOrEqualTo(floor);
  }
}
