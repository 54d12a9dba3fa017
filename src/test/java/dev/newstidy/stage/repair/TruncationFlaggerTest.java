package dev.newstidy.stage.repair;

import static dev.newstidy.testing.Articles.articleOf;
import static dev.newstidy.testing.Articles.h;
import static dev.newstidy.testing.Articles.p;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newstidy.model.Article;
import dev.newstidy.model.Flag;
import dev.newstidy.stage.ArticleStage;
import dev.newstidy.stage.ArticleStageContract;
import org.junit.jupiter.api.Test;

class TruncationFlaggerTest extends ArticleStageContract {
  private final TruncationFlagger flagger = new TruncationFlagger();

  @Override
  protected ArticleStage stage() {
    return flagger;
  }

  @Test
  void flagsArticleWhoseLastParagraphEndsMidSentence() {
    Article article = articleOf(p(3, "镇里召开了座谈会。"), p(5, "手艺是古镇复兴的根基和动"));

    assertThat(flagger.apply(article).flags()).containsExactly(Flag.TRUNCATED);
  }

  @Test
  void doesNotFlagArticleThatEndsWithFullStop() {
    Article article = articleOf(p(3, "村里建起了一片田园乡村。"));

    assertThat(flagger.apply(article).hasFlag(Flag.TRUNCATED)).isFalse();
  }

  @Test
  void doesNotFlagArticleThatEndsWithQuotation() {
    Article article = articleOf(p(3, "谈到明年,他说:“我们会继续努力。”"));

    assertThat(flagger.apply(article).hasFlag(Flag.TRUNCATED)).isFalse();
  }

  @Test
  void looksAtLastParagraphNotAtTrailingHeading() {
    Article article = articleOf(p(3, "手艺是古镇复兴的根基和动"), h(5, "一、强化组织保障"));

    assertThat(flagger.apply(article).hasFlag(Flag.TRUNCATED)).isTrue();
  }

  @Test
  void doesNotFlagArticleWithoutParagraphs() {
    Article article = articleOf(h(3, "一、强化组织保障"));

    assertThat(flagger.apply(article)).isSameAs(article);
  }

  @Test
  void clearsFlagOnceLastParagraphEndsSentence() {
    Article article = articleOf(p(3, "村里建起了一片田园乡村。")).withFlag(Flag.TRUNCATED);

    assertThat(flagger.apply(article).hasFlag(Flag.TRUNCATED)).isFalse();
  }

  @Test
  void keepsOtherFlags() {
    Article article = articleOf(p(3, "手艺是古镇复兴的根基和动")).withFlag(Flag.UNTITLED);

    assertThat(flagger.apply(article).flags())
        .containsExactlyInAnyOrder(Flag.UNTITLED, Flag.TRUNCATED);
  }
}
