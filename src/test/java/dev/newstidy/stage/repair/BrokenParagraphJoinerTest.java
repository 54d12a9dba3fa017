package dev.newstidy.stage.repair;

import static dev.newstidy.testing.Articles.articleOf;
import static dev.newstidy.testing.Articles.h;
import static dev.newstidy.testing.Articles.p;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newstidy.model.Article;
import com.google.common.collect.ImmutableList;
import dev.newstidy.model.Join;
import dev.newstidy.model.Metadata;
import dev.newstidy.model.Part;
import dev.newstidy.model.Removal;
import dev.newstidy.model.RemovalReason;
import dev.newstidy.model.SourceSpan;
import dev.newstidy.stage.ArticleStage;
import dev.newstidy.stage.ArticleStageContract;
import dev.newstidy.testing.Articles;
import dev.newstidy.testing.Trace;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrokenParagraphJoinerTest extends ArticleStageContract {
  private final BrokenParagraphJoiner joiner = new BrokenParagraphJoiner();

  @Override
  protected ArticleStage stage() {
    return joiner;
  }

  @Test
  void joinsBlockThatEndsMidSentence() {
    Article article = articleOf(p(3, "近年来,禾山镇全镇上下坚持“以绿养绿”"), p(5, "发展思路,把生态优势变成发展优势。"));

    Article joined = joiner.apply(article);

    assertThat(Trace.of(joined)).isEqualTo("P[近年来,禾山镇全镇上下坚持“以绿养绿”发展思路,把生态优势变成发展优势。]");
    assertThat(joined.joins()).containsExactly(new Join(3, 5));
    assertThat(joined.body().get(0).span()).isEqualTo(SourceSpan.of(Articles.PATH, 3, 5));
  }

  @Test
  void readsOnAcrossBreakAsTheJoinDoes() {
    // What the segmenter's look-ahead asks before the join runs; a finished paragraph and a
    // subheading under a cut read alone (adversarial).
    assertThat(BrokenParagraphJoiner.readsOnAcrossBreak("据了解,今年柳溪镇新修了村道和", "桥梁三座。")).isTrue();
    assertThat(Trace.of(joiner.apply(articleOf(p(3, "据了解,今年柳溪镇新修了村道和"), p(5, "桥梁三座。")))))
        .isEqualTo("P[据了解,今年柳溪镇新修了村道和桥梁三座。]");
    assertThat(BrokenParagraphJoiner.readsOnAcrossBreak("村民很满意。", "下一段。")).isFalse();
    assertThat(BrokenParagraphJoiner.readsOnAcrossBreak("据了解,今年柳溪镇新修了村道和", "青禾村的三次出发")).isFalse();
  }

  @Test
  void joinsAfterClauseComma() {
    Article article = articleOf(p(3, "镇里发挥示范带动、"), p(5, "辐射引领作用。"));

    assertThat(Trace.of(joiner.apply(article))).isEqualTo("P[镇里发挥示范带动、辐射引领作用。]");
  }

  @Test
  void recordsJoinFromLastLineOfOneBlockToFirstLineOfNext() {
    Article article = articleOf(p(3, 4, "近年来,禾山镇全镇上下坚持“以绿养绿”"), p(6, 7, "发展思路。"));

    assertThat(joiner.apply(article).joins()).containsExactly(new Join(4, 6));
  }

  @Test
  void joinsThreePiecesOfOneParagraphWithTwoJoins() {
    Article article =
        articleOf(p(3, "据了解,镇里今年"), p(5, "新建公园三座,"), p(7, "村民有了散步的去处。"), p(9, "下一段。"));

    Article joined = joiner.apply(article);

    assertThat(Trace.of(joined)).isEqualTo("P[据了解,镇里今年新建公园三座,村民有了散步的去处。] P[下一段。]");
    assertThat(joined.joins()).containsExactly(new Join(3, 5), new Join(5, 7));
  }

  @Test
  void keepsParagraphThatEndsWithQuotation() {
    Article article = articleOf(p(3, "谈到明年,他说:“我们会继续努力。”"), p(5, "下一步,镇里将扩建文化广场。"));

    Article result = joiner.apply(article);

    assertThat(result).isSameAs(article);
    assertThat(result.joins()).isEmpty();
  }

  @Test
  void neverJoinsIntoHeading() {
    Article article = articleOf(p(3, "镇里发挥示范带动、"), h(5, "一、强化组织保障"), p(7, "县里成立了专班。"));

    Article result = joiner.apply(article);

    assertThat(Trace.of(result)).isEqualTo("P[镇里发挥示范带动、] h[一、强化组织保障] P[县里成立了专班。]");
    assertThat(result.joins()).isEmpty();
  }

  @Test
  void neverJoinsHeadingIntoNextParagraph() {
    Article article = articleOf(h(3, "What comes next"), p(5, "The board will vote in spring."));

    assertThat(joiner.apply(article)).isSameAs(article);
  }

  @Test
  void joinsLatinWithOneSpace() {
    Article article = articleOf(p(3, "The county"), p(5, "board voted on Monday."));

    assertThat(Trace.of(joiner.apply(article))).isEqualTo("P[The county board voted on Monday.]");
  }

  @Test
  void marksLatinWordHyphenatedAtBreakForTheDehyphenator() {
    Article article = articleOf(p(3, "They live in the neigh-"), p(4, "borhood of Elm Creek."));

    Article joined = joiner.apply(article);

    assertThat(Trace.of(joined)).isEqualTo("P[They live in the neigh\u00ADborhood of Elm Creek.]");
    assertThat(joined.joins()).containsExactly(new Join(3, 4));
  }

  @Test
  void leavesLastParagraphThatEndsMidSentenceAlone() {
    Article article = articleOf(p(3, "第一段。"), p(5, "让古镇复兴的根基和动"));

    assertThat(joiner.apply(article)).isSameAs(article);
  }

  @Test
  void addsJoinsToThoseAlreadyRecorded() {
    Article article = articleOf(p(3, "据了解,镇里今年"), p(5, "新建公园三座。")).plusJoins(List.of(new Join(1, 2)));

    assertThat(joiner.apply(article).joins()).containsExactly(new Join(1, 2), new Join(3, 5));
  }

  @Test
  void keepsShortSubheadingApartFromTheParagraphBelowIt() {
    Article article = articleOf(p(3, "青禾村的三次出发"), p(5, "青禾村今年新修村道两条,村民出行方便了。"));

    assertThat(joiner.apply(article)).isSameAs(article);
  }

  @Test
  void keepsListItemsApart() {
    Article article =
        articleOf(p(3, "报名参赛时,还需一并携带以下证件:"), p(5, "（一）本人近三个月的体检报告"), p(7, "（二）队员名单及联系方式表"));

    assertThat(joiner.apply(article)).isSameAs(article);
  }

  @Test
  void keepsCaptionApartFromTheText() {
    Article article = articleOf(p(3, "图说:柳溪村的村民在文化广场上排练节目"), p(5, "“我们每周都来练两次。”村民说。"));

    assertThat(joiner.apply(article)).isSameAs(article);
  }

  @Test
  void keepsLatinHeadingApartFromTheParagraphBelowIt() {
    Article article = articleOf(p(3, "Harbor Lights"), p(5, "Residents of Elm Creek gathered on Friday."));

    assertThat(joiner.apply(article)).isSameAs(article);
  }

  @Test
  void joinsTwiceAsItJoinsOnce() {
    Article article =
        articleOf(p(3, "据了解,镇里今年"), p(5, "新建公园三座"), p(7, "和村道两条,村民有了散步的去处。"));

    Article once = joiner.apply(article);

    assertThat(joiner.apply(once)).isEqualTo(once);
  }

  @Test
  void joinsCutOpeningThatTheSegmenterTookForASubheading() {
    Article article =
        articleOf(p(1, "上一段写完了。"), h(3, "他头一回进城打工是在二十岁。那年秋天"), p(5, "收成不好。他跟着同乡去了工地。"));

    Article joined = joiner.apply(article);

    assertThat(Trace.of(joined)).isEqualTo("P[上一段写完了。] P[他头一回进城打工是在二十岁。那年秋天收成不好。他跟着同乡去了工地。]");
    assertThat(joined.joins()).containsExactly(new Join(3, 5));
  }

  @Test
  void keepsRealSubheadingOverItsSection() {
    Article article = articleOf(p(1, "上一段写完了。"), h(3, "青禾村的明天"), p(5, "青禾村今年新修村道两条，村民出行方便了。"));

    assertThat(joiner.apply(article)).isSameAs(article);
  }

  @Test
  void readsFirstParagraphAsLeadWhenItsDatelineWasTakenOff() {
    Part lead = p(3, "镇里今天召开第");
    Article article =
        articleOf(lead, p(5, "三次村民代表大会。"))
            .withMetadata(new Metadata("临江日报讯", null, null, ImmutableList.of()))
            .plusRemovals(List.of(new Removal(RemovalReason.METADATA, lead.span(), "临江日报讯 ", null)));

    assertThat(Trace.of(joiner.apply(article))).isEqualTo("P[镇里今天召开第三次村民代表大会。]");
  }

  @Test
  void keepsShortFirstParagraphApartWithoutDateline() {
    Article article = articleOf(p(3, "镇里今天召开第"), p(5, "三次村民代表大会。"));

    assertThat(joiner.apply(article)).isSameAs(article);
  }
}
