package dev.newstidy.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CutTailTest {
  private static final String PARAGRAPH =
      "Members thanked the residents for their patience while the old landing was rebuilt.";

  private static boolean isCutTail(String last, String line, List<String> lead) {
    RecentTerms terms = new RecentTerms();
    return CutTail.isCutTail(terms, List.of(PARAGRAPH, last), line, terms.of(line), terms.of(lead));
  }

  @Test
  void excerptThatRanOutAFewWordsIntoItsLastParagraphIsATail() {
    assertThat(
            isCutTail(
                "And we insist",
                "Harbor Ferry Sails Again",
                List.of("The ferry to Linden Cove sailed again on Monday after a winter in dock.")))
        .isTrue();
    // A tail's words recur in the paragraph it was cut from.
    RecentTerms terms = new RecentTerms();
    String line = "柳溪镇新桥通车";
    List<String> before = List.of("乡里今年修通了三条村道,村民出行方便多了。", "我们乡里");
    assertThat(
            CutTail.isCutTail(
                terms, before, line, terms.of(line), terms.of(List.of("本报讯 柳溪镇新桥昨日通车,两岸村民结束了摆渡过河的日子。"))))
        .isTrue();
  }

  @Test
  void sectionLabelStackedOverASubheadingIsNoTail() {
    // Adversarial: a short line with no sentence end between a finished paragraph and a heading,
    // none of whose words the heading or its lead repeats, has a tail's shape; but nothing marks a
    // cut (no conjunction, no dangling word, no words from above, the paragraph above is whole).
    RecentTerms terms = new RecentTerms();
    String line = "A depot for Westbrook";
    List<String> before =
        List.of("Riders said the new tram was quieter than the old one, and tickets cost the same.", "Still to come");
    List<String> lead = List.of("The council will build a depot in Westbrook in the spring, so that more cars can run.");
    assertThat(CutTail.isCutTail(terms, before, line, terms.of(line), terms.of(lead))).isFalse();
    String zhLine = "再建一座停车场";
    List<String> zhBefore = List.of("开通当天,不少居民早早来到站台,看着第一趟列车驶过石桥。", "往后怎么走");
    List<String> zhLead = List.of("区里打算明年动工修建停车场,把沿线的三个小区连起来,年底前建成。");
    assertThat(CutTail.isCutTail(terms, zhBefore, zhLine, terms.of(zhLine), terms.of(zhLead))).isFalse();
  }

  @Test
  void tailThatGoesOnFromAnUnfinishedParagraphIsATail() {
    RecentTerms terms = new RecentTerms();
    String line = "再建一座停车场";
    List<String> lead = List.of("区里打算明年动工修建停车场,把沿线的三个小区连起来,年底前建成。");
    // The paragraph above stops in mid-sentence and the short line goes on with it.
    List<String> goesOn = List.of("开通当天,居民们早早来到站台。第一趟列车驶过石桥时,站台上的人群", "一起鼓掌欢呼");
    assertThat(CutTail.isCutTail(terms, goesOn, line, terms.of(line), terms.of(lead))).isTrue();
  }

  @Test
  void headingWhoseWordsTheTextBelowTakesUpIsNoTail() {
    // Adversarial: a subheading names its section, so its words recur below it.
    assertThat(
            isCutTail(
                "The long wait",
                "Ferry returns",
                List.of("After a long wait the ferry came back to Linden Cove on Monday.")))
        .isFalse();
    assertThat(isCutTail("老周的第二次创业", "养蜂的学问", List.of("老周今年四十二岁,前年回村创业,养起了中蜂。")))
        .isFalse();
  }

  @Test
  void pageBreakCutThatTheLineGoesOnIsNoTail() {
    // Adversarial: the line goes on the sentence the cut left open, even when it opens with a
    // capitalised name (a function word ends the first piece) or is a short Chinese phrase (a
    // particle ends the first piece).
    assertThat(
            isCutTail(
                "The prize went to",
                "Maria Okafor of Dunmore",
                List.of("Okafor, a teacher, has run the reading club for twenty years.")))
        .isFalse();
    assertThat(isCutTail("县里还专门成立了负责巡查的", "工作小组", List.of("小组由五名村民组成,每周碰头一次。")))
        .isFalse();
  }

  @Test
  void labelNameAndFinishedSentenceAreNoTails() {
    List<String> lead = List.of("The ferry to Linden Cove sailed again on Monday after a winter in dock.");
    // Adversarial: a colon sets a label before a statement, a heading's shape.
    assertThat(isCutTail("渔业合作社:码头又热闹了", "柳溪镇新桥通车", List.of("本报讯 柳溪镇新桥昨日通车。"))).isFalse();
    // A line of capitalised words is a name or a heading, not running text.
    assertThat(isCutTail("Harbor Ledger Staff", "Harbor Ferry Sails Again", lead)).isFalse();
    // A line that ends its sentence, or one too long for a heading, is read by CUT_BEFORE.
    assertThat(isCutTail("And we won.", "Harbor Ferry Sails Again", lead)).isFalse();
    assertThat(isCutTail(PARAGRAPH.replace(".", " and"), "Harbor Ferry Sails Again", lead)).isFalse();
    // A line with no words says nothing.
    assertThat(isCutTail("★ ★ ★", "Harbor Ferry Sails Again", lead)).isFalse();
  }

  @Test
  void captionUnderAnotherCaptionIsNoTail() {
    // Adversarial: a photo series, short captions none of which is a sentence; the caption before
    // the line stands under another one, so it is one of the run, not the end of an excerpt.
    RecentTerms terms = new RecentTerms();
    List<String> lead = List.of("守着老渔港的阿公", "渔港边长大的孩子们");
    String line = "晒网";
    assertThat(
            CutTail.isCutTail(
                terms, List.of("渡口边的摆渡人", "收网归来的柳溪渔家女"), line, terms.of(line), terms.of(lead)))
        .isFalse();
    assertThat(
            CutTail.isCutTail(
                terms,
                List.of("6月3日柳溪村举办龙舟赛,村民在岸边加油助威", "收网归来的柳溪渔家女"),
                line,
                terms.of(line),
                terms.of(lead)))
        .isFalse();
    // The same line after running text is a tail.
    assertThat(
            CutTail.isCutTail(
                terms, List.of("柳溪村今年新修了渡口。", "收网归来的柳溪渔家女"), line, terms.of(line), terms.of(lead)))
        .isTrue();
  }

  @Test
  void tailCountsAsAnEndAndNotAsUnended() {
    Map<BoundaryCue, Double> tail =
        BoundaryEvidence.of(
            "Harbor Ferry Sails Again",
            List.of(PARAGRAPH, "And we insist"),
            List.of("The ferry to Linden Cove sailed again on Monday after a winter in dock."),
            true,
            false,
            false);
    assertThat(tail.get(BoundaryCue.CUT_TAIL_BEFORE)).isEqualTo(1.0);
    assertThat(tail.get(BoundaryCue.CUT_BEFORE)).isZero();
    assertThat(tail.get(BoundaryCue.UNENDED)).isZero();

    // Adversarial: the same line under a subheading that its lead takes up stays unended.
    Map<BoundaryCue, Double> heading =
        BoundaryEvidence.of(
            "Harbor Ferry Sails Again",
            List.of(PARAGRAPH, "The long wait"),
            List.of("After a long wait the ferry came back to Linden Cove on Monday."),
            true,
            false,
            false);
    assertThat(heading.get(BoundaryCue.CUT_TAIL_BEFORE)).isZero();
    assertThat(heading.get(BoundaryCue.UNENDED)).isEqualTo(1.0);
  }
}
