package dev.newstidy.stage.repair;

import static dev.newstidy.testing.Articles.h;
import static dev.newstidy.testing.Articles.p;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadingFragmentTest {
  @Test
  void readsHeadingBeforeClauseMarkAsCutOpening() {
    assertThat(HeadingFragment.isCutOpening(h(3, "林溪镇在去年秋天的评比中排名全市第三的文明"), p(5, "，今年又被评为省级示范镇。")))
        .isTrue();
  }

  @Test
  void readsHeadingHoldingFullStopAsCutOpening() {
    assertThat(HeadingFragment.isCutOpening(h(3, "他头一回进城打工是在二十岁。那年秋天"), p(5, "收成不好。他跟着同乡去了工地。")))
        .isTrue();
  }

  @Test
  void readsHeadingEndingOnParticleAsCutOpening() {
    assertThat(HeadingFragment.isCutOpening(h(3, "山路里这一段还不是最"), p(5, "险的。再往上走，石阶就断了。")))
        .isTrue();
  }

  @Test
  void keepsSubheadingOverItsSection() {
    assertThat(HeadingFragment.isCutOpening(h(3, "青禾村的明天"), p(5, "青禾村今年新修村道两条，村民出行方便了。"))).isFalse();
  }

  @Test
  void keepsSubheadingEndingOnLookAlikeVerb() {
    assertThat(HeadingFragment.isCutOpening(h(3, "人人参与"), p(5, "今年春天，镇里组织了三场义务植树。"))).isFalse();
    assertThat(HeadingFragment.isCutOpening(h(3, "大有可为"), p(5, "返乡青年在村里办起了合作社。"))).isFalse();
  }

  @Test
  void keepsQuestionSubheadingApart() {
    assertThat(HeadingFragment.isCutOpening(h(3, "路在何方？看青禾村"), p(5, "走进青禾村，新修的村道干净整洁。"))).isFalse();
  }

  @Test
  void keepsHeadingThatEndsASentenceApart() {
    assertThat(HeadingFragment.isCutOpening(h(3, "记者手记。"), p(5, "，这是开头不对的一段。"))).isFalse();
  }

  @Test
  void keepsLatinHeadingApart() {
    assertThat(HeadingFragment.isCutOpening(h(3, "What comes next for the"), p(5, ", said the mayor."))).isFalse();
  }

  @Test
  void keepsLeadInHeadingOfTheSameBlockApart() {
    assertThat(HeadingFragment.isCutOpening(h(3, "关于村里的"), p(3, "，这一段与小标题同在一行。"))).isFalse();
  }

  @Test
  void keepsHeadingBeforeAnotherHeadingApart() {
    assertThat(HeadingFragment.isCutOpening(h(3, "乡亲们的"), h(5, "，另一个小标题"))).isFalse();
  }

  @Test
  void keepsHeadingBeforeDatelinedParagraphApart() {
    assertThat(HeadingFragment.isCutOpening(h(3, "老街坊的"), p(5, "本报讯 今年春天，镇里新修了三条村道。"))).isFalse();
  }

  @Test
  void readsLongUnmarkedHeadingAsCutOpening() {
    assertThat(HeadingFragment.isCutOpening(h(3, "柳溪县今年在三个村试点推行垃圾分类并设立回收"), p(5, "站点二十余处。村民反映良好。")))
        .isTrue();
  }

  @Test
  void keepsLongHeadingWithMarksApart() {
    assertThat(HeadingFragment.isCutOpening(h(3, "青石镇农家乐经营服务规范(试行稿)"), p(5, "为方便经营户办证,现将有关事项公布如下。")))
        .isFalse();
    assertThat(HeadingFragment.isCutOpening(h(3, "返乡创业者：三年带动全村两百余户增收致富"), p(5, "林晓今年三十五岁,在城里做了十年服装。")))
        .isFalse();
  }
}
