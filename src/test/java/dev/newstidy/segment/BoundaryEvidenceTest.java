package dev.newstidy.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BoundaryEvidenceTest {
  @Test
  void quickDatelineTestNeverRefusesWhatThePatternFinds() {
    // Openings shaped as each branch of the pattern, then stray pieces; some are cut or broken.
    String[][] shapes = {
      {"", "【"}, {"本"}, {"报", "報", "网", "台", "刊", "日"}, {"讯", "訊", "电"},
      {"柳溪", "青石镇", "\uD840\uDC0B\uD840\uDC0B", "江州市柳溪镇青石村委会", ""}, {"5", "12", "１", "123", ""},
      {"月", "日"}, {"3", "30", ""}, {"日", "月"}, {"电", "電", "讯", "訊", "报"},
      {"HARBIN", "ELM BAY", "Éire", "O'NEIL", "A", "Harbin"}, {"", ", Ore.", ", June 7", ",St", ", 7"},
      {"", " ", "(AP)", " (Wire) ", "(", "()"}, {"—", "–", "-", "--", "", "."}, {" ", "", "\n", "x"}
    };
    String[] pieces = {"柳溪镇", "The ferry", " ", "。", "-", "—", "月", "本报讯", "HARBIN —", "5月3日电"};
    Random random = new Random(11);
    int found = 0;
    for (int i = 0; i < 30_000; i++) {
      StringBuilder text = new StringBuilder();
      int from = random.nextInt(3) == 0 ? 10 : random.nextInt(shapes.length);
      for (int k = from; k < shapes.length && random.nextInt(12) > 0; k++) {
        text.append(shapes[k][random.nextInt(shapes[k].length)]);
      }
      for (int n = random.nextInt(4); n > 0; n--) {
        text.insert(random.nextInt(text.length() + 1), pieces[random.nextInt(pieces.length)]);
      }
      String t = text.toString();
      // Then a quick no is never a pattern's yes.
      if (BoundaryEvidence.datelineFound(t)) {
        found++;
        assertThat(BoundaryEvidence.mayOpenWithDateline(t)).as(t).isTrue();
      }
    }
    assertThat(found).isGreaterThan(1000);
  }

  @Test
  void quickDatelineTestLooksForAMonthInTheFirst27CharsAndNoFurther() {
    StringBuilder text = new StringBuilder("柳".repeat(40));
    text.setCharAt(26, '月');
    assertThat(BoundaryEvidence.mayOpenWithDateline(text.toString())).isTrue();
    text.setCharAt(26, '柳');
    text.setCharAt(27, '月');
    assertThat(BoundaryEvidence.mayOpenWithDateline(text.toString())).isFalse();
  }

  @Test
  void quickDatelineTestRefusesTextThatCannotOpenWithOne() {
    assertThat(BoundaryEvidence.mayOpenWithDateline("本报讯 柳溪镇新桥昨日通车。")).isTrue();
    assertThat(BoundaryEvidence.mayOpenWithDateline("江州5月3日电 柳溪镇新桥昨日通车。")).isTrue();
    assertThat(BoundaryEvidence.mayOpenWithDateline("HARBIN (Wire) — The ferry resumed.")).isTrue();
    // Adversarial look-alikes: a month far into the text, a dash after a lower-case opening.
    assertThat(BoundaryEvidence.mayOpenWithDateline("柳溪镇新桥昨日通车,村民们说这座桥是在去年冬天开工的,到了今年五月才完工")).isFalse();
    assertThat(BoundaryEvidence.mayOpenWithDateline("the ferry — resumed.")).isFalse();
    assertThat(BoundaryEvidence.mayOpenWithDateline("")).isFalse();
    assertThat(BoundaryEvidence.opensWithDateline("The ferry resumed - at noon.")).isFalse();
    assertThat(BoundaryEvidence.opensWithDateline("ELM HARBOR — The ferry resumed.")).isTrue();
  }

  @Test
  void captionEndingInABracketedCreditIsNoCutBefore() {
    assertThat(BoundaryEvidence.isCutOff("Volunteers sort donations at the rally. (ANN REYES / HERALD)")).isFalse();
    assertThat(BoundaryEvidence.isCutOff("Volunteers sort donations at the rally (ANN REYES / HERALD)")).isFalse();
    assertThat(BoundaryEvidence.isCutOff("青石镇新桥开通仪式现场（资料照）")).isFalse();
  }

  @Test
  void captionEndingOnWhatThePhotoShowsIsNoCutBefore() {
    assertThat(BoundaryEvidence.isCutOff("青石镇新桥昨日通车。图为通车现场")).isFalse();
    assertThat(BoundaryEvidence.isCutOff("8月3日②柳河县举行龙舟赛。圖為參賽隊伍")).isFalse();
    // Adversarial: 图为 inside the last clause, or a caption's opening cut off, is still a cut.
    assertThat(BoundaryEvidence.isCutOff("青石镇新桥昨日通车。据介绍,图为村民自己拍的照片,记录了")).isTrue();
    assertThat(BoundaryEvidence.isCutOff("青石镇新桥昨日通车,两岸村民正在")).isTrue();
  }

  @Test
  void captionCutOnADanglingWordIsCutOff() {
    assertThat(BoundaryEvidence.isCutOff("白沙渡昨日重新开渡。图为渡口两岸的村民正在")).isTrue();
    assertThat(BoundaryEvidence.isCutOff("白沙渡昨日重新开渡。▲这是航运公司今年新造的")).isTrue();
    assertThat(BoundaryEvidence.isCutOff("白沙渡昨日重新开渡。图为渡客被")).isTrue();
    // Adversarial: captions ending on look-alikes of those words are whole.
    assertThat(BoundaryEvidence.isCutOff("白沙渡昨日重新开渡。图为老渡口的所在")).isFalse();
    assertThat(BoundaryEvidence.isCutOff("白沙渡昨日重新开渡。图为节日里渡口一片祥和")).isFalse();
    assertThat(BoundaryEvidence.isCutOff("白沙渡昨日重新开渡。▲摆渡的老人笑了")).isFalse();
    assertThat(BoundaryEvidence.isCutOff("白沙渡昨日重新开渡。图为赛场上的老将")).isFalse();
  }

  @Test
  void excerptStoppingInMidSentenceIsACutBefore() {
    // Adversarial: a bracket inside the text, not at its end, leaves the cut as it is.
    assertThat(BoundaryEvidence.isCutOff("东岭村今年种了三百亩茶树(比去年多一倍),村民们正在")).isTrue();
    assertThat(BoundaryEvidence.isCutOff("The board (which met on Monday) voted to")).isTrue();
    assertThat(BoundaryEvidence.isCutOff("The board voted on Monday.")).isFalse();
  }

  @Test
  void headingShapedLinesAreNoCutAndCountAsHeadingAfter() {
    assertThat(BoundaryEvidence.isHeadingShaped("阿旺的新渔船")).isTrue();
    assertThat(BoundaryEvidence.isHeadingShaped("挑担而过的老人")).isTrue();
    assertThat(BoundaryEvidence.isHeadingShaped("What comes next")).isTrue();
    // Adversarial: a cut clause, a sentence, a dateline lead and a long fragment are no headings.
    assertThat(BoundaryEvidence.isHeadingShaped("今年以来,青川县")).isFalse();
    assertThat(BoundaryEvidence.isHeadingShaped("新桥通车了。")).isFalse();
    assertThat(BoundaryEvidence.isHeadingShaped("本报讯 青石镇新桥昨日通车")).isFalse();
    assertThat(BoundaryEvidence.isHeadingShaped("东岭村今年种了三百亩茶树村民们正在山上采摘今年的第一批春茶")).isFalse();

    // A run of photo captions: the caption before stops without a full stop but is no cut-off
    // excerpt, and another caption follows.
    Map<BoundaryCue, Double> captions =
        BoundaryEvidence.of(
            "收网归来的渔家姑娘",
            List.of("东岭村今年种了三百亩茶树,村民们的收入翻了一番。", "挑担而过的老人"),
            List.of("村口玩耍的孩子们", "见证了渔村变迁的老船长"),
            false,
            false,
            false);
    assertThat(captions.get(BoundaryCue.CUT_BEFORE)).isZero();
    assertThat(captions.get(BoundaryCue.HEADING_AFTER)).isEqualTo(1.0);
  }

  @Test
  void sectionGoingOnWithTheArticlesOpeningTopicHasArticleCohesion() {
    // The last paragraph before the line is about something else; the text after it goes on with
    // the ferry the headline and lead opened with.
    Map<BoundaryCue, Double> section =
        BoundaryEvidence.of(
            "渡口边的新住户",
            List.of("柳溪渡口今年换了新渡船", "柳溪渡口的新渡船上月下水,每天往返二十趟。"),
            List.of("然而,变化也在悄悄发生。"),
            List.of("渡口边新搬来的住户说,新渡船让他们进城方便了。"),
            true,
            false,
            false,
            false);
    assertThat(section.get(BoundaryCue.ARTICLE_COHESION)).isGreaterThan(0.5);

    // Adversarial: a new article on another topic shares nothing with the opening, and an
    // article without an opening (the start of a document) gives no cohesion either.
    Map<BoundaryCue, Double> next =
        BoundaryEvidence.of(
            "青石镇举办插秧比赛",
            List.of("柳溪渡口今年换了新渡船", "柳溪渡口的新渡船上月下水,每天往返二十趟。"),
            List.of("然而,变化也在悄悄发生。"),
            List.of("昨天上午,青石镇的田埂上站满了看插秧比赛的人。"),
            true,
            false,
            false,
            false);
    assertThat(next.get(BoundaryCue.ARTICLE_COHESION)).isZero();
    Map<BoundaryCue, Double> first =
        BoundaryEvidence.of("青石镇举办插秧比赛", List.of(), List.of(), List.of("青石镇的插秧比赛昨天举行。"), true, false, false, false);
    assertThat(first.get(BoundaryCue.ARTICLE_COHESION)).isZero();
  }

  @Test
  void subheadingEchoingTheHeadlineAndLeadHasTitleInArticle() {
    // The last paragraphs before it say nothing of the 小偷村; the headline and the lead do.
    Map<BoundaryCue, Double> cues =
        BoundaryEvidence.of(
            "青石村“小偷村”的真相",
            List.of("一篇报道之后的调查", "去年,一家周刊把青石村称作“小偷村”。本报记者走访了一周。"),
            List.of("面对误解,我们要较真。", "这句话值得每个人记住。"),
            List.of("本报讯 青石村出名了。", "村委会门前,一个小伙子引起了记者注意。"),
            true,
            false,
            false,
            false);
    assertThat(cues.get(BoundaryCue.TITLE_IN_ARTICLE)).isGreaterThan(0.5);
    assertThat(cues.get(BoundaryCue.TITLE_IN_BEFORE)).isZero();
  }

  @Test
  void editorsNoteUnderTheLineCountsAsALeadOpener() {
    Map<BoundaryCue, Double> cues =
        BoundaryEvidence.of(
            "那些年,我和小报一起长大",
            List.of("青石镇的志愿者每周都来帮老人打扫院子。"),
            List.of("编者按", "创刊三十年来,小报记下了小城的变化。"),
            false,
            false,
            false);
    assertThat(cues.get(BoundaryCue.DATELINE_AFTER)).isEqualTo(1.0);
    assertThat(cues.get(BoundaryCue.UNENDED)).isZero();
  }

  @Test
  void seriesTagSetOffByOneBarIsAKicker() {
    assertThat(BoundaryEvidence.isKicker("江州报70年 | 那一年的夏天,我们出发")).isTrue();
    assertThat(BoundaryEvidence.isKicker("亲历者说|一座桥的四十年")).isTrue();
    assertThat(BoundaryEvidence.isKicker("青石镇的新码头丨走基层")).isTrue();
  }

  @Test
  void tableRowWithBarsIsNoKicker() {
    // Adversarial: a table row holds more than one bar, or opens with one.
    assertThat(BoundaryEvidence.isKicker("| 地区 | 人数 |")).isFalse();
    assertThat(BoundaryEvidence.isKicker("地区 | 人数 | 比例")).isFalse();
    assertThat(BoundaryEvidence.isKicker("青石镇新桥通车")).isFalse();
  }

  @Test
  void headlineAfterCutExcerptBeforeDatelineLead() {
    Map<BoundaryCue, Double> cues =
        BoundaryEvidence.of(
            "青石镇新桥通车",
            List.of("东岭村今年种了三百亩茶树,村民们正在"),
            List.of("本报讯 青石镇新桥昨日通车。", "新桥长八十米。"),
            true,
            false,
            false);

    assertThat(cues.get(BoundaryCue.CUT_BEFORE)).isEqualTo(1.0);
    assertThat(cues.get(BoundaryCue.DATELINE_AFTER)).isEqualTo(1.0);
    assertThat(cues.get(BoundaryCue.TITLE_IN_LEAD)).isGreaterThan(0.5);
    assertThat(cues.get(BoundaryCue.COHESION)).isZero();
    assertThat(BoundaryScorer.shipped().score(cues).isBoundary()).isTrue();
  }

  @Test
  void subheadingBetweenParagraphsOfOneArticleIsNoBoundary() {
    // Adversarial: a short line inside an article whose neighbours share its vocabulary.
    Map<BoundaryCue, Double> cues =
        BoundaryEvidence.of(
            "新桥带来的变化",
            List.of("青石镇新桥昨日通车,新桥连通了两岸的村子。"),
            List.of("新桥通车后,两岸村民去镇上只要十分钟。", "村民说新桥方便了孩子上学。"),
            true,
            false,
            false);

    assertThat(cues.get(BoundaryCue.CUT_BEFORE)).isZero();
    assertThat(cues.get(BoundaryCue.COHESION)).isGreaterThan(0.5);
    assertThat(cues.get(BoundaryCue.TITLE_IN_BEFORE)).isGreaterThan(0);
    assertThat(BoundaryScorer.shipped().score(cues).isBoundary()).isFalse();
  }

  @Test
  void englishHeadlineBeforeAgencyDateline() {
    Map<BoundaryCue, Double> cues =
        BoundaryEvidence.of(
            "Harbor town votes on new ferry",
            List.of("The library will open longer hours from next week, the council said."),
            List.of("NORTHPORT (AP) — Voters in the harbor town approved a new ferry on Tuesday."),
            true,
            false,
            false);

    assertThat(cues.get(BoundaryCue.DATELINE_AFTER)).isEqualTo(1.0);
    assertThat(BoundaryScorer.shipped().score(cues).isBoundary()).isTrue();
  }

  @Test
  void kickerAllCapsClauseAndVeryShortAreRead() {
    assertThat(BoundaryEvidence.of("【乡村振兴】东岭村种茶", List.of(), List.of(), false, false, false).get(BoundaryCue.KICKER))
        .isEqualTo(1.0);
    assertThat(BoundaryEvidence.isAllCaps("FERRY SERVICE RETURNS")).isTrue();
    assertThat(BoundaryEvidence.isAllCaps("Ferry Service Returns")).isFalse();
    assertThat(BoundaryEvidence.isAllCaps("UN")).isFalse();
    assertThat(BoundaryEvidence.isVeryShort("王小明")).isTrue();
    assertThat(BoundaryEvidence.isVeryShort("青石镇新桥通车")).isFalse();
    assertThat(BoundaryEvidence.of("Floods recede, roads reopen", List.of(), List.of(), false, false, false)
            .get(BoundaryCue.CLAUSE_MARK))
        .isEqualTo(1.0);
  }

  @Test
  void innerSentenceEndIsReadButNotAnAbbreviation() {
    assertThat(BoundaryEvidence.of("Rivers rose. Towns wait", List.of(), List.of(), false, false, false)
            .get(BoundaryCue.INNER_SENTENCE))
        .isEqualTo(1.0);
    assertThat(BoundaryEvidence.of("St. Louis mayor visits U.S. base", List.of(), List.of(), false, false, false)
            .get(BoundaryCue.INNER_SENTENCE))
        .isZero();
  }

  @Test
  void shortLineWithNothingEndingTheArticleBeforeItIsShortAndUnended() {
    Map<BoundaryCue, Double> cues =
        BoundaryEvidence.of(
            "A long wait",
            List.of("The landing on the east bank opened on Friday, the harbor board said."),
            List.of("\"We have waited a long time for this,\" said a shop owner by the dock."),
            true,
            false,
            false);

    assertThat(cues.get(BoundaryCue.UNENDED)).isEqualTo(1.0);
    assertThat(cues.get(BoundaryCue.SHORT_UNENDED)).isEqualTo(1.0);
    assertThat(BoundaryScorer.shipped().score(cues).isBoundary()).isFalse();
  }

  @Test
  void shortLineAfterClosingBylineIsEnded() {
    // Adversarial: the same short line, but the article before closed with a byline.
    Map<BoundaryCue, Double> cues =
        BoundaryEvidence.of(
            "A long wait",
            List.of("The landing on the east bank opened on Friday, the harbor board said."),
            List.of("\"We have waited a long time for this,\" said a shop owner by the dock."),
            true,
            false,
            true,
            false);

    assertThat(cues.get(BoundaryCue.UNENDED)).isZero();
    assertThat(cues.get(BoundaryCue.SHORT_UNENDED)).isZero();
    assertThat(BoundaryScorer.shipped().score(cues).isBoundary()).isTrue();
  }

  @Test
  void widerGapBeforeTheLineEndsTheArticleBefore() {
    Map<BoundaryCue, Double> cues =
        BoundaryEvidence.of("A long wait", List.of("The landing opened on Friday."), List.of("We waited a long time."), true, false, false, true);

    assertThat(cues.get(BoundaryCue.UNENDED)).isZero();
    assertThat(cues.get(BoundaryCue.SHORT_UNENDED)).isZero();
  }

  @Test
  void shortIsNineCjkCharactersOrFourWords() {
    assertThat(BoundaryEvidence.isShort("渡口的变化")).isTrue();
    assertThat(BoundaryEvidence.isShort("Costs and timing")).isTrue();
    assertThat(BoundaryEvidence.isShort("柳溪镇渡口新码头昨日启用")).isFalse();
    assertThat(BoundaryEvidence.isShort("Harbor town votes on ferry")).isFalse();
  }

  @Test
  void sectionHeadingOverASubsectionHeadingIsUnechoed() {
    // A section heading whose words do not recur below it, over a subsection heading and its
    // paragraph: the shape of an in-text heading pair, not of a headline over its deck and lead.
    Map<BoundaryCue, Double> section =
        BoundaryEvidence.of(
            "养蜂合作社:返乡青年多了一倍",
            List.of("好在转机也在这几年里出现了。"),
            List.of("老周的第二次创业", "老周今年四十二岁,前年从省城回到柳溪村,养起了中蜂。"),
            true,
            false,
            false);
    assertThat(section.get(BoundaryCue.HEADING_AFTER)).isEqualTo(1.0);
    assertThat(section.get(BoundaryCue.UNECHOED_HEADING_AFTER)).isEqualTo(1.0);

    // Adversarial: a headline over a deck that repeats its words is echoed, and a heading over a
    // paragraph (no heading after it) is no stacked pair at all.
    Map<BoundaryCue, Double> headline =
        BoundaryEvidence.of(
            "柳溪村中蜂养殖户增收",
            List.of("好在转机也在这几年里出现了。"),
            List.of("中蜂养殖带富一方", "柳溪村今年的中蜂养殖户已有三十户,户均增收两万元。"),
            true,
            false,
            false);
    assertThat(headline.get(BoundaryCue.HEADING_AFTER)).isEqualTo(1.0);
    assertThat(headline.get(BoundaryCue.UNECHOED_HEADING_AFTER)).isZero();
    Map<BoundaryCue, Double> overParagraph =
        BoundaryEvidence.of(
            "养蜂合作社:返乡青年多了一倍",
            List.of("好在转机也在这几年里出现了。"),
            List.of("老周今年四十二岁,前年从省城回到柳溪村,养起了中蜂。"),
            true,
            false,
            false);
    assertThat(overParagraph.get(BoundaryCue.UNECHOED_HEADING_AFTER)).isZero();
  }

  @Test
  void cohesionAfterAClosingBylineIsReadApart() {
    // Two stories of one page on the same topic: the first signed off, the next shares its words.
    List<String> opening = List.of("柳溪镇志愿服务进村组", "柳溪镇今年组建了志愿服务队,志愿者走进各村组。");
    List<String> after = List.of("石桥镇的志愿服务队也走进各村组,志愿者们清扫了河道。");
    Map<BoundaryCue, Double> signed =
        BoundaryEvidence.of("石桥镇志愿服务进河道", opening, opening, after, true, false, true, false);
    assertThat(signed.get(BoundaryCue.ARTICLE_COHESION)).isPositive();
    assertThat(signed.get(BoundaryCue.COHESION_AFTER_BYLINE)).isEqualTo(signed.get(BoundaryCue.ARTICLE_COHESION));

    // Adversarial: the same text with no byline before the line is plain article cohesion.
    Map<BoundaryCue, Double> unsigned =
        BoundaryEvidence.of("石桥镇志愿服务进河道", opening, opening, after, true, false, false, false);
    assertThat(unsigned.get(BoundaryCue.ARTICLE_COHESION)).isPositive();
    assertThat(unsigned.get(BoundaryCue.COHESION_AFTER_BYLINE)).isZero();
  }

  @Test
  void lineWithNoWordsIsNotUnechoed() {
    // A row of stars or dashes over a heading has no words that could recur below it: no evidence
    // of a section heading. Adversarial: the same pair with a worded line is unechoed.
    List<String> below = List.of("石桥镇修通环湖路", "环湖路全长十二公里,今年五月动工。");
    Map<BoundaryCue, Double> stars =
        BoundaryEvidence.of("★ ★ ★", List.of("好在转机也在这几年里出现了。"), below, true, false, false);
    assertThat(stars.get(BoundaryCue.HEADING_AFTER)).isEqualTo(1.0);
    assertThat(stars.get(BoundaryCue.UNECHOED_HEADING_AFTER)).isZero();
    Map<BoundaryCue, Double> worded =
        BoundaryEvidence.of(
            "养蜂合作社:返乡青年多了一倍", List.of("好在转机也在这几年里出现了。"), below, true, false, false);
    assertThat(worded.get(BoundaryCue.UNECHOED_HEADING_AFTER)).isEqualTo(1.0);
  }
}
