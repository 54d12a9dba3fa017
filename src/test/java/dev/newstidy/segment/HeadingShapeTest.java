package dev.newstidy.segment;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.newstidy.model.Block;
import dev.newstidy.model.SourceSpan;
import org.junit.jupiter.api.Test;

class HeadingShapeTest {
  private static final int MAX_CJK = 25;
  private static final int MAX_WORDS = 10;

  @Test
  void numberedChineseSubheadingIsHeadingShaped() {
    assertThat(HeadingShape.isShortLine(block("一、强化组织保障"), MAX_CJK, MAX_WORDS)).isTrue();
  }

  @Test
  void shortEnglishLineIsHeadingShaped() {
    assertThat(HeadingShape.isShortLine(block("What comes next"), MAX_CJK, MAX_WORDS)).isTrue();
  }

  @Test
  void colonIsAllowedInHeading() {
    assertThat(HeadingShape.isShortLine(block("石桥镇:三治融合"), MAX_CJK, MAX_WORDS)).isTrue();
  }

  @Test
  void fragmentWithCommaIsACutClauseNotAHeading() {
    assertThat(HeadingShape.isShortLine(block("今年以来,青川县"), MAX_CJK, MAX_WORDS)).isFalse();
  }

  @Test
  void lowerCaseOpeningIsAContinuationNotAHeading() {
    assertThat(HeadingShape.isShortLine(block("borhood association said"), MAX_CJK, MAX_WORDS))
        .isFalse();
  }

  @Test
  void sentenceIsNoHeading() {
    assertThat(HeadingShape.isShortLine(block("村里修了路。"), MAX_CJK, MAX_WORDS)).isFalse();
    assertThat(HeadingShape.isShortLine(block("The bridge reopened."), MAX_CJK, MAX_WORDS))
        .isFalse();
  }

  @Test
  void boldLeadInIsNoPlainHeading() {
    assertThat(HeadingShape.isShortLine(block("**绿色——护水**"), MAX_CJK, MAX_WORDS)).isFalse();
  }

  @Test
  void tooLongLineIsNoHeading() {
    assertThat(HeadingShape.isShortLine(block("长".repeat(MAX_CJK + 1)), MAX_CJK, MAX_WORDS))
        .isFalse();
    assertThat(
            HeadingShape.isShortLine(
                block("One Two Three Four Five Six Seven Eight Nine Ten Eleven"),
                MAX_CJK,
                MAX_WORDS))
        .isFalse();
  }

  @Test
  void lineAtTheLengthBoundIsStillWeighedAndOneCharMoreIsNot() {
    // Latin text allows nine chars a word: 90 chars for ten words, the longer of the two bounds.
    String ninety = "Harbourmaster Quillby Renames Eastwick Ferry Landing After Drowned Lighthouse Keeper";
    String padded = ninety + " ".repeat(90 - ninety.length());

    assertThat(padded).hasSize(90);
    assertThat(HeadingShape.isShortLine(block(padded), MAX_CJK, MAX_WORDS)).isTrue();
    assertThat(HeadingShape.isShortLine(block(padded + " "), MAX_CJK, MAX_WORDS)).isFalse();
    // A CJK line of few CJK chars but long in chars stays refused by its own bound, 25 + 12.
    assertThat(HeadingShape.isShortLine(block("柳溪镇" + "x".repeat(34)), MAX_CJK, MAX_WORDS)).isTrue();
    assertThat(HeadingShape.isShortLine(block("柳溪镇" + "x".repeat(35)), MAX_CJK, MAX_WORDS)).isFalse();
  }

  @Test
  void markedOrMultiLineBlockIsNoPlainHeading() {
    Block twoLines =
        new Block(
            "强化组织保障", SourceSpan.of("p.txt", 1, 2), 0, 2, Block.Markup.NONE, ImmutableList.of());
    Block section = block("强化组织保障").withText("强化组织保障", Block.Markup.SECTION);

    assertThat(HeadingShape.isShortLine(twoLines, MAX_CJK, MAX_WORDS)).isFalse();
    assertThat(HeadingShape.isShortLine(section, MAX_CJK, MAX_WORDS)).isFalse();
  }

  @Test
  void recognisesLeadingNumbering() {
    assertThat(HeadingShape.isNumbered("一、强化组织保障")).isTrue();
    assertThat(HeadingShape.isNumbered("(二)加强火源管控")).isTrue();
    assertThat(HeadingShape.isNumbered("（三）压实责任")).isTrue();
    assertThat(HeadingShape.isNumbered("1. Plan ahead")).isTrue();
    assertThat(HeadingShape.isNumbered("第三,抓好落实")).isTrue();
    assertThat(HeadingShape.isNumbered("强化组织保障")).isFalse();
    assertThat(HeadingShape.isNumbered("2024年全镇新建公园")).isFalse();
  }

  @Test
  void longerPlainBlockReadsAsBodyAfterHeading() {
    assertThat(HeadingShape.isBodyAfter(block("一、强化组织保障"), block("县里成立专班,每月召开一次调度会。"))).isTrue();
  }

  @Test
  void shorterOrMissingOrMarkedNextBlockIsNoBody() {
    Block heading = block("一、强化组织保障");

    assertThat(HeadingShape.isBodyAfter(heading, block("短句。"))).isFalse();
    assertThat(HeadingShape.isBodyAfter(heading, null)).isFalse();
    assertThat(
            HeadingShape.isBodyAfter(
                heading, block("下一篇的标题比这一行长得多").withText("下一篇的标题比这一行长得多", Block.Markup.HEADLINE)))
        .isFalse();
  }

  @Test
  void lowerCaseNextBlockContinuesACutSentenceAndIsNoBody() {
    assertThat(
            HeadingShape.isBodyAfter(
                block("What comes next"), block("and then the board voted on the plan.")))
        .isFalse();
  }

  private static Block block(String text) {
    return Block.of(text, SourceSpan.of("p.txt", 1, 1), 1);
  }

  @Test
  void longLineWithACommaIsACutParagraphNotAHeadline() {
    assertThat(HeadingShape.isShortLine(block("建站之初我们跑新闻的一共只有三个人,恰好赶上了那年镇上最大的"), 40, 20, true))
        .isFalse();
  }

  @Test
  void headlineOfTwoShortHalvesOrWithAKickerKeepsItsComma() {
    // Adversarial: a comma between two short halves, and a long kicker that does not count.
    assertThat(HeadingShape.isShortLine(block("新桥通车了,村民的路宽了"), 40, 20, true)).isTrue();
    assertThat(HeadingShape.isShortLine(block("【乡村振兴在青石】东岭村茶园开采,三百亩春茶上市"), 40, 20, true))
        .isTrue();
    // Long without a comma: spaced halves are a headline's layout.
    assertThat(HeadingShape.isShortLine(block("青石镇三百亩茶园今春开采 东岭村茶农喜获丰收迎来好日子"), 40, 20, true))
        .isTrue();
  }

  @Test
  void teaserHeadlineWithEllipsisIsHeadingShaped() {
    assertThat(HeadingShape.isShortLine(block("【老报纸的故事】走近一张战地小报……"), 40, 20, true)).isTrue();
    assertThat(HeadingShape.isTeaser("江边的那些年…")).isTrue();
  }

  @Test
  void cutOffSentenceEndingInEllipsisIsNoTeaser() {
    // Adversarial: a sentence mark inside says it is running text that trails off.
    assertThat(HeadingShape.isTeaser("村里修了路。后来……")).isFalse();
    assertThat(HeadingShape.isShortLine(block("村里修了路。后来……"), 40, 20, true)).isFalse();
    // Only where an article may start: an in-text subheading never ends so.
    assertThat(HeadingShape.isShortLine(block("走近一张战地小报……"), MAX_CJK, MAX_WORDS)).isFalse();
    assertThat(HeadingShape.isTeaser("……")).isFalse();
  }

  @Test
  void editorsNoteLabelIsNoHeadline() {
    assertThat(HeadingShape.isEditorsNote("编者按")).isTrue();
    assertThat(HeadingShape.isEditorsNote("【编者按】")).isTrue();
    assertThat(HeadingShape.isEditorsNote("編者按：本報今起推出青石鎮系列報道")).isTrue();
    // Adversarial: headlines that open with the same characters.
    assertThat(HeadingShape.isEditorsNote("编者按下暂停键")).isFalse();
    assertThat(HeadingShape.isEditorsNote("编后记忆")).isFalse();
  }

  @Test
  void bulletedLineIsAListItem() {
    assertThat(HeadingShape.isNumbered("• On Monday the harbor council voted, 5-2, to")).isTrue();
    assertThat(HeadingShape.isNumbered("● 青石镇新桥通车")).isTrue();
    assertThat(HeadingShape.isNumbered("一、强化组织保障")).isTrue();
    // Adversarial: a number or a quote that opens a headline makes no list item.
    assertThat(HeadingShape.isNumbered("10,000 Runners Fill Main Street")).isFalse();
    assertThat(HeadingShape.isNumbered("“新桥”通车了")).isFalse();
    assertThat(HeadingShape.isNumbered("*Harbor Lights*")).isFalse();
  }

  @Test
  void captionIsNoHeadline() {
    assertThat(HeadingShape.isCaption("图说:村民在新修的广场上排练节目")).isTrue();
    assertThat(HeadingShape.isCaption("圖為青石鎮新橋")).isTrue();
    assertThat(HeadingShape.isCaption("▲雨后的东岭茶园")).isTrue();
  }

  @Test
  void headlineOpeningWithPictureWordIsNoCaption() {
    // Adversarial: 图 opens the word 图书馆, with no colon after it.
    assertThat(HeadingShape.isCaption("图书馆新馆开放")).isFalse();
    assertThat(HeadingShape.isCaption("柳溪镇图说家乡变化展开幕")).isFalse();
  }

  @Test
  void headlineMayHoldACommaInsideButNotASubheading() {
    assertThat(HeadingShape.isShortLine(block("Floods recede, roads reopen"), MAX_CJK, MAX_WORDS, true)).isTrue();
    assertThat(HeadingShape.isShortLine(block("Floods recede, roads reopen"), MAX_CJK, MAX_WORDS, false)).isFalse();
    assertThat(HeadingShape.isShortLine(block("基层,在田野也在社区"), MAX_CJK, MAX_WORDS, true)).isTrue();
  }

  @Test
  void cutCjkParagraphIsNoHeadline() {
    // Adversarial: a full stop inside, or a run of clauses, marks a cut paragraph.
    assertThat(HeadingShape.isShortLine(block("入冬以后。各镇开放集市"), MAX_CJK, MAX_WORDS, true)).isFalse();
    assertThat(HeadingShape.isShortLine(block("各镇开放集市,涵盖果蔬、年货"), MAX_CJK, MAX_WORDS, true)).isFalse();
    assertThat(HeadingShape.isShortLine(block("今年以来,"), MAX_CJK, MAX_WORDS, true)).isFalse();
  }
}
