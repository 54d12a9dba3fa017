package dev.newstidy.stage.repair;

import static dev.newstidy.testing.Articles.articleOf;
import static dev.newstidy.testing.Articles.h;
import static dev.newstidy.testing.Articles.p;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newstidy.config.PunctuationStyle;
import dev.newstidy.model.Article;
import dev.newstidy.stage.ArticleStage;
import dev.newstidy.stage.ArticleStageContract;
import dev.newstidy.testing.Trace;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --punctuation fullwidth} under the stage contract; halfwidth and keep in nested classes.
 */
class PunctuationWidthNormaliserTest extends ArticleStageContract {
  private static final String HALF = ",:;?!()";
  private static final String FULL = "，：；？！（）";

  private final PunctuationWidthNormaliser fullwidth =
      new PunctuationWidthNormaliser(PunctuationStyle.FULLWIDTH);

  @Override
  protected ArticleStage stage() {
    return fullwidth;
  }

  /** The stage changes the width of marks on purpose: count them in one width. */
  @Override
  protected String comparable(String text) {
    return narrow(text);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "很好,我们明天再来。 | 很好，我们明天再来。",
        "时间:上午九点 | 时间：上午九点",
        "一是修路;二是种树。 | 一是修路；二是种树。",
        "真的吗?太好了! | 真的吗？太好了！",
        "临江(湖州)市 | 临江（湖州）市",
        "国内生产总值(GDP)增长 | 国内生产总值（GDP）增长",
        "GDP(国内生产总值)增长 | GDP（国内生产总值）增长",
        "他说:“我们会继续努力。” | 他说：“我们会继续努力。”",
        "“好”,他说。 | “好”，他说。",
        "5G网络,全镇覆盖。 | 5G网络，全镇覆盖。",
        "10:30,会议开始。 | 10:30，会议开始。",
      })
  void widensMarksInChineseContext(String text, String widened) {
    Article article = articleOf(p(3, text));

    assertThat(Trace.of(fullwidth.apply(article))).isEqualTo("P[" + widened + "]");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "全年实现营收1.76亿元。",
        "全镇人口增长3.5%。",
        "会议上午10:30开始。",
        "比分定格在3:2。",
        "项目投资1,000万元。",
        "Hello, world: it works (mostly)!",
        "The board voted on Monday; the plan passed (5-2).",
      })
  void leavesNumbersAndLatinSentencesAlone(String text) {
    Article article = articleOf(p(3, text));

    assertThat(fullwidth.apply(article)).isSameAs(article);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"Is the bridge open again?", "(Updated) The plan passed.", "!", "Really?"})
  void leavesLatinTextWithMarkAtEitherEndAlone(String text) {
    Article article = articleOf(p(3, text));

    assertThat(fullwidth.apply(article)).isSameAs(article);
  }

  @Test
  void leavesMarksInsideUrlAlone() {
    Article article = articleOf(p(3, "网址:http://news.test/list?page=2"));

    assertThat(Trace.of(fullwidth.apply(article))).isEqualTo("P[网址：http://news.test/list?page=2]");
  }

  @Test
  void leavesMarksInsideUrlWithChinesePathAlone() {
    Article article = articleOf(p(3, "详见 https://wiki.test/临江?lang=zh 的介绍。"));

    assertThat(fullwidth.apply(article)).isSameAs(article);
  }

  @Test
  void widensHeadingsToo() {
    Article article = articleOf(h(2, "一、修路(试点)"), p(4, "很好,我们明天再来。"));

    assertThat(Trace.of(fullwidth.apply(article))).isEqualTo("h[一、修路（试点）] P[很好，我们明天再来。]");
  }

  @Test
  void keepsSpansAndOtherFields() {
    Article article = articleOf(p(3, 4, "很好,我们明天再来。"), p(6, "Hello, world."));

    Article result = fullwidth.apply(article);

    assertThat(result.body()).extracting(part -> part.span().firstLine()).containsExactly(3, 6);
    assertThat(result.body().get(1)).isSameAs(article.body().get(1));
    assertThat(result.removed()).isEmpty();
  }

  @Test
  void widenedArticleStaysAsItIsWhenWidenedAgain() {
    Article once = fullwidth.apply(articleOf(p(3, "很好,我们明天再来。时间:上午(九点)")));

    assertThat(fullwidth.apply(once)).isSameAs(once);
  }

  @Nested
  class Halfwidth extends ArticleStageContract {
    private final PunctuationWidthNormaliser halfwidth =
        new PunctuationWidthNormaliser(PunctuationStyle.HALFWIDTH);

    @Override
    protected ArticleStage stage() {
      return halfwidth;
    }

    @Override
    protected String comparable(String text) {
      return narrow(text);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "很好，我们明天再来。 | 很好,我们明天再来。",
          "时间：上午九点 | 时间:上午九点",
          "一是修路；二是种树。 | 一是修路;二是种树。",
          "真的吗？太好了！ | 真的吗?太好了!",
          "临江（湖州）市 | 临江(湖州)市",
        })
    void narrowsMarksInChineseContext(String text, String narrowed) {
      Article article = articleOf(p(3, text));

      assertThat(Trace.of(halfwidth.apply(article))).isEqualTo("P[" + narrowed + "]");
    }

    @Test
    void leavesWideMarksBetweenLatinWordsAlone() {
      Article article = articleOf(p(3, "Hello，world"));

      assertThat(halfwidth.apply(article)).isSameAs(article);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Really？", "（Updated） The plan passed."})
    void leavesLatinTextWithWideMarkAtEitherEndAlone(String text) {
      Article article = articleOf(p(3, text));

      assertThat(halfwidth.apply(article)).isSameAs(article);
    }

    @Test
    void narrowedArticleStaysAsItIsWhenNarrowedAgain() {
      Article once = halfwidth.apply(articleOf(p(3, "很好，我们明天再来。时间：上午（九点）")));

      assertThat(halfwidth.apply(once)).isSameAs(once);
    }
  }

  @Nested
  class Keep {
    private final PunctuationWidthNormaliser keep =
        new PunctuationWidthNormaliser(PunctuationStyle.KEEP);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"很好,我们明天再来。", "很好，我们明天再来。", "时间:上午（九点）"})
    void leavesArticleAsItIs(String text) {
      Article article = articleOf(p(3, text));

      assertThat(keep.apply(article)).isSameAs(article);
    }
  }

  /** {@code text} with the full-width marks this stage writes made half-width. */
  private static String narrow(String text) {
    StringBuilder out = new StringBuilder(text);
    for (int i = 0; i < out.length(); i++) {
      int k = FULL.indexOf(out.charAt(i));
      if (k >= 0) {
        out.setCharAt(i, HALF.charAt(k));
      }
    }
    return out.toString();
  }
}
