package dev.newstidy.stage.repair;

import static dev.newstidy.testing.Articles.PATH;
import static dev.newstidy.testing.Articles.articleOf;
import static dev.newstidy.testing.Articles.h;
import static dev.newstidy.testing.Articles.p;
import static dev.newstidy.testing.Articles.titled;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newstidy.model.Article;
import dev.newstidy.model.Removal;
import dev.newstidy.model.RemovalReason;
import dev.newstidy.model.SourceSpan;
import dev.newstidy.stage.ArticleStage;
import dev.newstidy.stage.ArticleStageContract;
import dev.newstidy.testing.Trace;
import java.util.List;
import org.junit.jupiter.api.Test;

class DehyphenatorTest extends ArticleStageContract {
  /** The mark that the paragraph joiner leaves where a break cut a word at a hyphen. */
  private static final String MARK = "\u00AD";

  private final Dehyphenator dehyphenator = new Dehyphenator();

  @Override
  protected ArticleStage stage() {
    return dehyphenator;
  }

  @Test
  void joinsWordCutByTypesetter() {
    Article article = articleOf(p(3, 4, "They live in the neigh" + MARK + "borhood of Elm Creek."));

    assertThat(Trace.of(dehyphenator.apply(article)))
        .isEqualTo("P[They live in the neighborhood of Elm Creek.]");
  }

  @Test
  void keepsHyphenOfCompoundThatArticleSpellsElsewhere() {
    Article article =
        articleOf(
            p(3, 4, "The well" + MARK + "known baker opened a second shop."),
            p(6, "A well-known face in town, she bakes every morning."));

    Article result = dehyphenator.apply(article);

    assertThat(result.body().get(0).text()).isEqualTo("The well-known baker opened a second shop.");
  }

  @Test
  void joinsCompoundThatArticleNeverSpellsWithHyphen() {
    Article article = articleOf(p(3, 4, "The well" + MARK + "known baker opened a second shop."));

    assertThat(dehyphenator.apply(article).body().get(0).text())
        .isEqualTo("The wellknown baker opened a second shop.");
  }

  @Test
  void findsCompoundInHeadlineToo() {
    Article article =
        titled(
            "Town says goodbye to long-time baker",
            p(3, 4, "The long" + MARK + "time owner retired."));

    assertThat(dehyphenator.apply(article).body().get(0).text())
        .isEqualTo("The long-time owner retired.");
  }

  @Test
  void resolvesEveryMarkOfParagraph() {
    Article article =
        articleOf(
            p(
                3,
                6,
                "The com"
                    + MARK
                    + "munity hall and the well"
                    + MARK
                    + "known park re"
                    + MARK
                    + "opened."),
            p(8, "It is a well-known spot."));

    assertThat(dehyphenator.apply(article).body().get(0).text())
        .isEqualTo("The community hall and the well-known park reopened.");
  }

  @Test
  void resolvesMarksInHeadings() {
    Article article = articleOf(h(2, "Neigh" + MARK + "borhood news"), p(4, "Nothing else."));

    assertThat(Trace.of(dehyphenator.apply(article)))
        .isEqualTo("h[Neighborhood news] P[Nothing else.]");
  }

  @Test
  void resolvesMarksInRemovedText() {
    Removal removal =
        new Removal(
            RemovalReason.DUPLICATE,
            SourceSpan.of(PATH, 9, 10),
            "The well" + MARK + "known baker.",
            null);
    Article article = articleOf(p(3, "A well-known face in town.")).plusRemovals(List.of(removal));

    Article result = dehyphenator.apply(article);

    assertThat(result.removed())
        .containsExactly(
            new Removal(
                RemovalReason.DUPLICATE,
                SourceSpan.of(PATH, 9, 10),
                "The well-known baker.",
                null));
    assertThat(result.body()).isEqualTo(article.body());
  }

  @Test
  void resolvesMarkInHeadline() {
    Article article =
        titled("Neigh" + MARK + "borhood Watch Meets", p(3, "The group met on Monday."));

    assertThat(dehyphenator.apply(article).title()).isEqualTo("Neighborhood Watch Meets");
  }

  @Test
  void keepsHyphenOfCompoundWrittenInCapitalsAtSentenceStart() {
    // "Well-" ended the line; the article writes the compound in lower case elsewhere.
    Article article =
        articleOf(
            p(3, 4, "Well" + MARK + "known bakers came from three towns."),
            p(6, "The fair is a well-known event."));

    assertThat(dehyphenator.apply(article).body().get(0).text())
        .isEqualTo("Well-known bakers came from three towns.");
  }

  @Test
  void leavesArticleWithoutMarksAsItIs() {
    Article article = articleOf(p(3, "A well-known baker opened a shop in the neighborhood."));

    assertThat(dehyphenator.apply(article)).isSameAs(article);
  }

  @Test
  void leavesOtherFieldsAsTheyAre() {
    Article article = articleOf(p(3, 4, "The neigh" + MARK + "borhood met."), p(6, "It rained."));

    Article result = dehyphenator.apply(article);

    assertThat(result.body())
        .extracting(part -> part.span())
        .containsExactly(SourceSpan.of(PATH, 3, 4), SourceSpan.of(PATH, 6, 6));
    assertThat(result.body().get(1)).isSameAs(article.body().get(1));
    assertThat(result.joins()).isEqualTo(article.joins());
    assertThat(result.removed()).isEmpty();
  }

  @Test
  void resolvedArticleStaysAsItIs() {
    Article once =
        dehyphenator.apply(
            titled(
                "Neigh" + MARK + "borhood Watch",
                p(3, 4, "The well" + MARK + "known baker."),
                p(6, "A well-known face.")));

    assertThat(dehyphenator.apply(once)).isEqualTo(once);
  }
}
