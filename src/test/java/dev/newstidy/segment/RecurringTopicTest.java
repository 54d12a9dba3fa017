package dev.newstidy.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecurringTopicTest {
  /** A report whose headline and paragraphs keep naming the town and its tea gardens. */
  private static final List<String> TEA_REPORT =
      List.of(
          "柳溪镇茶园调查",
          "柳溪镇的茶园去年扩大了两千亩。",
          "记者走访了柳溪镇山上的几片茶园。",
          "茶农们说,今年的春茶比去年好。");

  @Test
  void termsInTwoOrMoreTextsRecur() {
    TermSet recurring = RecurringTopic.recurring(List.of("柳溪镇修桥", "柳溪镇通车", "大家好"));

    assertThat(recurring.size()).isEqualTo(2);
    assertThat(recurring.contains(LexicalCohesion.key("柳溪"))).isTrue();
    assertThat(recurring.contains(LexicalCohesion.key("溪镇"))).isTrue();
    assertThat(recurring.contains(LexicalCohesion.key("修桥"))).isFalse();
  }

  @Test
  void leadOnTheReportsRecurringTopicCountsFully() {
    double value =
        RecurringTopic.of(
            "柳溪镇茶园的前世今生", TEA_REPORT, List.of("本报讯 柳溪镇的茶园已有百年。", "柳溪镇茶园里的茶农说起了往事。"), false);

    assertThat(value).isEqualTo(1.0);
  }

  @Test
  void leadOnAnotherPlaceSharesNothingThatRecurs() {
    // Adversarial: a new story in the same paper after the report; its words are its own.
    double value =
        RecurringTopic.of(
            "石桥村渔港新码头启用", TEA_REPORT, List.of("本报讯 石桥村新修的渔港码头已经启用。", "渔船进出方便多了。"), false);

    assertThat(value).isZero();
  }

  @Test
  void nothingCountsAfterAnEnd() {
    // After a closing byline or a cut-off paragraph the next story is weighed by the other cues:
    // stories of one page often share a topic.
    double value =
        RecurringTopic.of("柳溪镇茶园的前世今生", TEA_REPORT, List.of("本报讯 柳溪镇的茶园已有百年。"), true);

    assertThat(value).isZero();
  }

  @Test
  void latinLinesGetNothing() {
    // Adversarial: English cohesion behaves otherwise and is left to the other cues.
    List<String> report =
        List.of(
            "Harbor pilots at Linden Cove",
            "The harbor pilots of Linden Cove guide every ship in.",
            "Linden Cove pilots say the harbor is busier than ever.");

    double value =
        RecurringTopic.of(
            "Linden Cove harbor pilots look back", report, List.of("LINDEN COVE — The harbor pilots met on Monday."), false);

    assertThat(value).isZero();
  }

  @Test
  void anArticleOfOneTextHasNoRecurringTerms() {
    assertThat(RecurringTopic.of("柳溪镇茶园的前世今生", List.of("柳溪镇茶园调查"), List.of("柳溪镇的茶园已有百年。"), false))
        .isZero();
  }
}
