package dev.newstidy.stage.repair;

import static dev.newstidy.testing.Articles.articleOf;
import static dev.newstidy.testing.Articles.h;
import static dev.newstidy.testing.Articles.p;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newstidy.model.Article;
import dev.newstidy.stage.ArticleStage;
import dev.newstidy.stage.ArticleStageContract;
import dev.newstidy.testing.Trace;
import org.junit.jupiter.api.Test;

class EmphasisMarkupRemoverTest extends ArticleStageContract {
  private final EmphasisMarkupRemover remover = new EmphasisMarkupRemover();

  @Override
  protected ArticleStage stage() {
    return remover;
  }

  @Test
  void removesBoldAsterisks() {
    Article article = articleOf(p(3, "全镇**三项**举措"));

    assertThat(Trace.of(remover.apply(article))).isEqualTo("P[全镇三项举措]");
  }

  @Test
  void removesBoldUnderscores() {
    Article article = articleOf(p(3, "The __whole__ town came."));

    assertThat(Trace.of(remover.apply(article))).isEqualTo("P[The whole town came.]");
  }

  @Test
  void removesEveryBoldPairOfParagraph() {
    Article article = articleOf(p(3, "**三项**举措让**全镇**受益。"));

    assertThat(Trace.of(remover.apply(article))).isEqualTo("P[三项举措让全镇受益。]");
  }

  @Test
  void removesBoldFromHeadings() {
    Article article = articleOf(h(3, "**一、强化组织保障**"));

    assertThat(Trace.of(remover.apply(article))).isEqualTo("h[一、强化组织保障]");
  }

  @Test
  void removesNestedBoldInOnePass() {
    // A stage is idempotent: what a second pass would take off, the first must take off.
    Article article = articleOf(p(3, "全镇**__三项__**举措"));

    Article once = remover.apply(article);

    assertThat(Trace.of(once)).isEqualTo("P[全镇三项举措]");
    assertThat(remover.apply(once)).isEqualTo(once);
  }

  @Test
  void leavesUnpairedAsterisksAlone() {
    Article article = articleOf(p(3, "2**3 is 8"), p(5, "a * b"));

    assertThat(remover.apply(article)).isSameAs(article);
  }

  @Test
  void leavesPartThatWouldBecomeBlankAlone() {
    Article article = articleOf(p(3, "** **"));

    assertThat(remover.apply(article)).isSameAs(article);
  }

  @Test
  void leavesPlainArticleAsItIs() {
    Article article = articleOf(p(3, "村里新修了三条路。"));

    assertThat(remover.apply(article)).isSameAs(article);
  }
}
