package dev.newstidy.stage.furniture;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.newstidy.model.Block;
import dev.newstidy.model.DroppedBlock;
import dev.newstidy.model.Piece;
import dev.newstidy.model.RemovalReason;
import dev.newstidy.model.SourceSpan;
import dev.newstidy.model.TextLine;
import dev.newstidy.stage.byline.BylineDetector;
import dev.newstidy.stage.byline.ChineseNames;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageChromeTriageTest {
  private final BylineDetector bylines = new BylineDetector(ChineseNames.load());
  private final PageChromeTriage triage =
      new PageChromeTriage(
          LineEvidence.load(),
          BoilerplateDetector.load(),
          new MetadataLineParser(),
          line -> bylines.parseWhole(line).isPresent());

  @Test
  void dropsMenusAboveTheHeadlineAndButtonsAfterTheArticle() {
    List<Piece> out =
        triage.apply(
            page(
                "首页 | 新闻 | 本地 | 图片",
                "您的位置:首页 > 新闻",
                "青石镇新桥通车",
                "2024-03-02 10:30 来源:临江日报",
                "青石镇新桥昨日正式通车,沿线三个村的村民出行从此方便了许多。",
                "新桥全长一百二十米,由县交通局牵头建设,历时十个月完工。",
                "扫一扫 分享",
                "相关新闻"));

    assertThat(trace(out))
        .containsExactly(
            "X[首页 | 新闻 | 本地 | 图片]",
            "X[您的位置:首页 > 新闻]",
            "H[青石镇新桥通车]",
            "P[2024-03-02 10:30 来源:临江日报]",
            "P[青石镇新桥昨日正式通车,沿线三个村的村民出行从此方便了许多。]",
            "P[新桥全长一百二十米,由县交通局牵头建设,历时十个月完工。]",
            "X[扫一扫 分享]",
            "X[相关新闻]");
    assertThat(out.get(0)).isInstanceOfSatisfying(DroppedBlock.class,
        d -> assertThat(d.removal().reason()).isEqualTo(RemovalReason.BOILERPLATE));
  }

  @Test
  void takesTheLineAboveTheDateLineOverASectionLabelNearerTheText() {
    List<Piece> out =
        triage.apply(
            page(
                "Harbor County Courier",
                "Council backs plan to rebuild the old ferry pier",
                "March 2, 2024 | By JANE MORROW",
                "Local News",
                "The county council voted on Tuesday to rebuild the old ferry pier before the summer season.",
                "Work is expected to start in April and to last about four months, officials said."));

    assertThat(trace(out).get(1)).isEqualTo("H[Council backs plan to rebuild the old ferry pier]");
    assertThat(trace(out).get(0)).isEqualTo("X[Harbor County Courier]");
  }

  @Test
  void takesTheLongerOfAKickerAndAHeadlineAboveTheCredit() {
    List<Piece> out =
        triage.apply(
            page(
                "护河人系列报道",
                "青石镇老支书十年守护一条河,河水又清了",
                "文:临江日报记者 某某某",
                "青石镇新桥昨日正式通车,沿线三个村的村民出行从此方便了许多。",
                "新桥全长一百二十米,由县交通局牵头建设,历时十个月完工。"));

    assertThat(trace(out)).contains("H[青石镇老支书十年守护一条河,河水又清了]");
  }

  @Test
  void aBulletIsTheHeadlineOnlyWhenNothingElseCouldBe() {
    List<Piece> out =
        triage.apply(
            page(
                "• 青石镇新桥通车",
                "青石镇新桥昨日正式通车,沿线三个村的村民出行从此方便了许多。",
                "新桥全长一百二十米,由县交通局牵头建设,历时十个月完工。"));

    assertThat(trace(out).get(0)).isEqualTo("H[青石镇新桥通车]");
  }

  @Test
  void keepsACutLastParagraphAndCaptionsUntilTheFirstChromeLine() {
    List<Piece> out =
        triage.apply(
            page(
                "Council backs plan to rebuild the old ferry pier",
                "The county council voted on Tuesday to rebuild the old ferry pier before the summer season.",
                "Work is expected to start in April and to last about four months, officials said.",
                "Residents who use the pier every day said they",
                "Advertisement",
                "Most read"));

    assertThat(trace(out))
        .containsExactly(
            "H[Council backs plan to rebuild the old ferry pier]",
            "P[The county council voted on Tuesday to rebuild the old ferry pier before the summer season.]",
            "P[Work is expected to start in April and to last about four months, officials said.]",
            "P[Residents who use the pier every day said they]",
            "X[Advertisement]",
            "X[Most read]");
  }

  @Test
  void aListOfOtherStoriesEndsTheArticleButALoneButtonBetweenParagraphsDoesNot() {
    List<Piece> out =
        triage.apply(
            page(
                "Council backs plan to rebuild the old ferry pier",
                "The county council voted on Tuesday to rebuild the old ferry pier before the summer season.",
                "Trending Now",
                "Work is expected to start in April and to last about four months, officials said.",
                "Harbor Courier Top Stories",
                "Library extends its opening hours for exam season",
                "The town library will stay open until ten at night for the next three weeks, its board said."));

    assertThat(trace(out))
        .containsExactly(
            "H[Council backs plan to rebuild the old ferry pier]",
            "P[The county council voted on Tuesday to rebuild the old ferry pier before the summer season.]",
            "X[Trending Now]",
            "P[Work is expected to start in April and to last about four months, officials said.]",
            "X[Harbor Courier Top Stories]",
            "X[Library extends its opening hours for exam season]",
            "X[The town library will stay open until ten at night for the next three weeks, its board said.]");
  }

  @Test
  void aHeadlineBetweenAHeaderNoteAndTheArticleIsNoBridge() {
    List<Piece> out =
        triage.apply(
            page(
                "Comments are closed.",
                "Due to the nature of some of the stories on this site, we may close the comments on any of them.",
                "Local News",
                "Council backs plan to rebuild the old ferry pier: mayor",
                "By Jane Morrow",
                "March 2, 2024",
                "The county council voted on Tuesday to rebuild the old ferry pier before the summer season.",
                "Work is expected to start in April and to last about four months, officials said."));

    assertThat(trace(out).get(1)).startsWith("X[Due to the nature");
    assertThat(trace(out).get(3)).isEqualTo("H[Council backs plan to rebuild the old ferry pier: mayor]");
  }

  @Test
  void aDateLineNeverWrapsOntoTheNext() {
    Block dates = block(1, "Friday, 8th March 2024, 9:15 am", "Updated Saturday, 9th March 2024, 10:00 am");

    assertThat(PageLineSplitter.splitLines(List.of(dates))).hasSize(2);
  }

  @Test
  void aTextLikeSubheadingInsideTheArticleStays() {
    List<Piece> out =
        triage.apply(
            page(
                "青石镇新桥通车",
                "青石镇新桥昨日正式通车,沿线三个村的村民出行从此方便了许多。",
                "村民出行更方便",
                "新桥全长一百二十米,由县交通局牵头建设,历时十个月完工。"));

    assertThat(trace(out)).contains("P[村民出行更方便]");
  }

  @Test
  void aPageWithoutProseIsLeftAsItIs() {
    List<Block> blocks = page("首页", "新闻中心", "联系我们");

    assertThat(triage.apply(blocks)).containsExactlyElementsOf(blocks);
  }

  @Test
  void splitsABlockOfMenuAndHeadlineLinesButNotAWrappedParagraph() {
    Block menu = block(1, "首页 | 新闻 | 本地", "青石镇新桥通车");
    Block wrapped =
        block(
            3,
            "The county council voted on Tuesday to rebuild the old ferry pier before",
            "the summer season, officials said.");

    List<Block> lines = PageLineSplitter.splitLines(List.of(menu, wrapped));

    assertThat(lines).extracting(Block::text)
        .containsExactly(
            "首页 | 新闻 | 本地",
            "青石镇新桥通车",
            "The county council voted on Tuesday to rebuild the old ferry pier before the summer season, officials said.");
    assertThat(lines.get(1).span().firstLine()).isEqualTo(2);
  }

  @Test
  void aLineOfAPageThatOpensWithDashesReadsAsItWouldStandingAlone() {
    Block page = block(1, "第2版:要闻", "青石镇新桥通车", "——记一座桥的四十年", "2023—2024年度 报告", "-- 3 --");

    List<Block> lines = PageLineSplitter.splitLines(List.of(page));

    // A line that opens with two dashes is marked as the reader marks a block of its own; a dash
    // inside a line or a single one is not (adversarial).
    assertThat(lines).extracting(Block::markup)
        .containsExactly(
            Block.Markup.NONE, Block.Markup.NONE, Block.Markup.DASH_LINE, Block.Markup.NONE, Block.Markup.DASH_LINE);
  }

  @Test
  void linesThatABreakTagCutOutOfOneInputLineAreEachKeptOnce() {
    // `第3版<br/>青石镇新桥通车<br/>新桥昨日通车。` is one input line read as three lines numbered 7:
    // each piece stands once, never the whole block once per piece.
    Block broken =
        new Block(
            "第3版 青石镇新桥通车 新桥昨日正式通车,沿线三个村的村民出行从此方便了许多。",
            new SourceSpan("pages.jsonl", 1, 7, 7),
            0,
            3,
            Block.Markup.NONE,
            ImmutableList.of(),
            ImmutableList.of(
                new TextLine(7, "第3版"),
                new TextLine(7, "青石镇新桥通车"),
                new TextLine(7, "新桥昨日正式通车,沿线三个村的村民出行从此方便了许多。")));

    List<Block> lines = PageLineSplitter.splitLines(List.of(broken));

    assertThat(lines).extracting(Block::text)
        .containsExactly("第3版", "青石镇新桥通车", "新桥昨日正式通车,沿线三个村的村民出行从此方便了许多。");
  }

  @Test
  void neverTakesABreadcrumbOrADatedPageLabelForTheHeadline() {
    List<Piece> out =
        triage.apply(
            page(
                "2024年03月02日 第03版:要闻",
                "首页 > 新闻 > 本地",
                "青石镇新桥昨日正式通车,沿线三个村的村民出行从此方便了许多。",
                "新桥全长一百二十米,由县交通局牵头建设,历时十个月完工。"));

    assertThat(out).noneMatch(p -> p instanceof Block b && b.markup() == Block.Markup.HEADLINE);
  }

  @Test
  void cutsParagraphsThatAScraperRanTogetherOnOneLineOfChineseText() {
    List<Block> out = new ArrayList<>();

    PageLineSplitter.splitParagraphs(
        block(4, "青石镇新桥昨日正式通车,村民出行方便了许多。 新桥全长一百二十米,历时十个月完工。   下一步工作安排"), out);

    assertThat(out).extracting(Block::text)
        .containsExactly("青石镇新桥昨日正式通车,村民出行方便了许多。", "新桥全长一百二十米,历时十个月完工。", "下一步工作安排");
    assertThat(out).allSatisfy(b -> assertThat(b.span().firstLine()).isEqualTo(4));
  }

  @Test
  void leavesASpaceInsideASentenceAndEnglishTextAlone() {
    List<Block> out = new ArrayList<>();

    PageLineSplitter.splitParagraphs(block(1, "晚报讯(记者 某某 通讯员 某某) 昨日上午,青石镇新桥正式通车。"), out);
    PageLineSplitter.splitParagraphs(block(2, "The bridge opened on Monday. Residents were pleased with it."), out);

    assertThat(out).hasSize(2);
  }

  @Test
  void cutsADateOffTheStartOfALineAndATimeOffTheEndOfAShortOne() {
    List<Block> out = new ArrayList<>();

    PageLineSplitter.splitParagraphs(block(1, "March 2, 2024|By JANE MORROW Harbor Courier"), out);
    PageLineSplitter.splitParagraphs(block(2, "青石镇新桥通车09:29:29"), out);
    PageLineSplitter.splitParagraphs(block(3, "会议定于2024-03-02召开。"), out);

    assertThat(out).extracting(Block::text)
        .containsExactly("March 2, 2024|", "By JANE MORROW Harbor Courier", "青石镇新桥通车", "09:29:29", "会议定于2024-03-02召开。");
  }

  @Test
  void dropsACellsPipeAndABulletBeforeAKeyButNotABulletPoint() {
    assertThat(PageLineSplitter.withoutCellMarks(block(1, "新桥历时十个月完工。(某某 某某) |")).text())
        .isEqualTo("新桥历时十个月完工。(某某 某某)");
    assertThat(PageLineSplitter.withoutCellMarks(block(2, "• 作者:特约记者 某某")).text()).isEqualTo("作者:特约记者 某某");
    assertThat(PageLineSplitter.withoutCellMarks(block(3, "• Army drivers to be deployed")).text())
        .isEqualTo("• Army drivers to be deployed");
    assertThat(PageLineSplitter.withoutCellMarks(block(4, "A | B")).text()).isEqualTo("A | B");
  }

  @Test
  void takesATextWithMenusAboveAndButtonsBelowOneArticleForAPage() {
    assertThat(
            triage.looksLikePage(
                page(
                    "首页 | 新闻 | 本地 | 图片",
                    "您的位置:首页 > 新闻",
                    "青石镇新桥通车",
                    "2024-03-02 10:30 来源:临江日报",
                    "青石镇新桥昨日正式通车,沿线三个村的村民出行从此方便了许多。",
                    "新桥全长一百二十米,由县交通局牵头建设,历时十个月完工。",
                    "扫一扫 分享")))
        .isTrue();
  }

  @Test
  void doesNotTakeTwoArticlesWithAMenuBetweenThemForAPage() {
    assertThat(
            triage.looksLikePage(
                page(
                    "首页 | 新闻 | 本地 | 图片",
                    "青石镇新桥通车",
                    "青石镇新桥昨日正式通车,沿线三个村的村民出行从此方便了许多。",
                    "新桥全长一百二十米,由县交通局牵头建设,历时十个月完工。",
                    "扫一扫 分享",
                    "临江中学新校区启用",
                    "临江中学新校区昨日正式启用,全校一千二百名师生搬进了新教学楼。",
                    "新校区占地八十亩,由市教育局投资建设,历时两年完工。",
                    "2024-03-02 10:30")))
        .isFalse();
  }

  @Test
  void doesNotTakeProseWithoutChromeOrWithHeadlineMarkupForAPage() {
    List<Block> plain =
        page(
            "青石镇新桥通车",
            "青石镇新桥昨日正式通车,沿线三个村的村民出行从此方便了许多。",
            "新桥全长一百二十米,由县交通局牵头建设,历时十个月完工。",
            "扫一扫 分享");
    List<Block> marked = new ArrayList<>(page(
        "首页 | 新闻 | 本地 | 图片",
        "您的位置:首页 > 新闻",
        "x",
        "青石镇新桥昨日正式通车,沿线三个村的村民出行从此方便了许多。",
        "扫一扫 分享",
        "相关新闻"));
    marked.set(2, marked.get(2).withText("青石镇新桥通车", Block.Markup.HEADLINE));

    assertThat(triage.looksLikePage(plain)).isFalse();
    assertThat(triage.looksLikePage(marked)).isFalse();
  }

  @Test
  void takesTheUpperOfTwoHeadlineLinesAsLongAsEachOtherAboveTheDate() {
    List<Piece> out =
        triage.apply(
            page(
                "青石鎮新橋昨日通車",
                "沿線三村出行更方便",
                "[2024.03.02] 發表",
                "青石鎮新橋昨日正式通車,沿線三個村的村民出行從此方便了許多。",
                "新橋全長一百二十米,由縣交通局牽頭建設,歷時十個月完工。"));

    assertThat(trace(out).get(0)).isEqualTo("H[青石鎮新橋昨日通車]");
    assertThat(trace(out).get(1)).isEqualTo("P[沿線三村出行更方便]");
  }

  @Test
  void takesTheHeadlineOverTheWritersBareNameUnderIt() {
    List<Piece> out =
        triage.apply(
            page(
                "Council signs dozens of new harbour rules",
                "Jane Ellen Morrow",
                "Harbor Courier | example.com",
                "The county council signed 61 new harbour rules on Tuesday and sent five others back.",
                "Most of the new rules take effect 90 days after the session ends, officials said."));

    assertThat(trace(out).get(0)).isEqualTo("H[Council signs dozens of new harbour rules]");
    assertThat(trace(out).get(1)).isEqualTo("P[Jane Ellen Morrow]");
  }

  @Test
  void keepsAShortTitleCaseHeadlineUnderASiteName() {
    List<Piece> out =
        triage.apply(
            page(
                "Harbor County Courier",
                "Council Backs Pier",
                "The county council voted on Tuesday to rebuild the old ferry pier before the summer season.",
                "Work is expected to start in April and to last about four months, officials said."));

    assertThat(trace(out)).contains("H[Council Backs Pier]");
  }

  @Test
  void cutsAKeyedDateStampOffTheEndOfAHeadline() {
    List<Piece> out =
        triage.apply(
            page(
                "Main: General News: Local News",
                "Inquiry Into Crash Involving Harbor County Ferry Submitted: 03/02/2024",
                "Harbor County - The county ferry ran aground on Tuesday night with forty people on board, officials said.",
                "Nobody was hurt, and the ferry was towed back to the pier on Wednesday morning."));

    assertThat(trace(out)).contains("H[Inquiry Into Crash Involving Harbor County Ferry]", "X[Submitted: 03/02/2024]");
  }

  @Test
  void leavesASentenceThatMentionsPostingAlone() {
    List<Block> out = new ArrayList<>();
    PageLineSplitter.splitParagraphs(block(1, "The notice was posted on the door of the hall for everyone to read today."), out);

    assertThat(out).hasSize(1);
  }

  @Test
  void endsTheArticleAtAMoreNewsHeadingEvenBeforeTeasersThatReadAsProse() {
    List<Piece> out =
        triage.apply(
            page(
                "青石鎮新橋通車",
                "青石鎮新橋昨日正式通車,沿線三個村的村民出行從此方便了許多。",
                "新橋全長一百二十米,由縣交通局牽頭建設,歷時十個月完工。",
                "村民們紛紛表示,有了這座新橋,孩子上學、老人看病都不用再繞遠路了,大家都很高興。",
                "更多臨江新聞一",
                "【臨江日報】臨江中學新校區昨日正式啟用,全校一千二百名師生搬進了新教學樓,校方表示…",
                "老街改造完工",
                "【臨江日報】臨江老街改造工程昨日完工,沿街商鋪陸續恢復營業,市民紛紛前來參觀…"));

    assertThat(trace(out))
        .containsExactly(
            "H[青石鎮新橋通車]",
            "P[青石鎮新橋昨日正式通車,沿線三個村的村民出行從此方便了許多。]",
            "P[新橋全長一百二十米,由縣交通局牽頭建設,歷時十個月完工。]",
            "P[村民們紛紛表示,有了這座新橋,孩子上學、老人看病都不用再繞遠路了,大家都很高興。]",
            "X[更多臨江新聞一]",
            "X[【臨江日報】臨江中學新校區昨日正式啟用,全校一千二百名師生搬進了新教學樓,校方表示…]",
            "X[老街改造完工]",
            "X[【臨江日報】臨江老街改造工程昨日完工,沿街商鋪陸續恢復營業,市民紛紛前來參觀…]");
  }

  @Test
  void aSentenceEndBeforeATableCellsPipeEndsTheLineInsteadOfWrappingIt() {
    String paragraph = "青石镇新桥昨日正式通车,沿线三个村的村民出行从此方便了许多,县交通局表示新桥历时十个月完工。 |";

    assertThat(PageLineSplitter.wraps(paragraph, "临江推出4条公交线路", paragraph.length())).isFalse();
    assertThat(PageLineSplitter.wraps(paragraph.replace("。 |", " |"), "临江推出4条公交线路", paragraph.length())).isTrue();
  }

  @Test
  void keepsANameOverItsPapersLineAsOneCredit() {
    Block credit = block(3, "Ann May Lee", "The Harbor Ledger | ledger.example", "View Comments");

    List<Block> lines = PageLineSplitter.splitLines(List.of(credit));

    assertThat(lines).extracting(Block::text)
        .containsExactly("Ann May Lee The Harbor Ledger | ledger.example", "View Comments");
    assertThat(bylines.parseWhole(lines.get(0).text())).hasValueSatisfying(
        b -> assertThat(b.credits()).extracting(c -> c.name()).containsExactly("Ann May Lee"));
    assertThat(lines.get(0).span().firstLine()).isEqualTo(3);
    assertThat(lines.get(0).span().lastLine()).isEqualTo(4);
  }

  @Test
  void keepsASectionLabelAndANameOverOtherLinesApart() {
    assertThat(PageLineSplitter.isStackedCredit("Local News", "The Harbor Ledger | ledger.example")).isFalse();
    assertThat(PageLineSplitter.isStackedCredit("Ann May Lee", "The Harbor Ledger")).isFalse();
    assertThat(PageLineSplitter.isStackedCredit("Ann May Lee", "Harbor Ledger | ledger.example")).isFalse();
    assertThat(PageLineSplitter.isStackedCredit("Council backs the plan", "The Harbor Ledger | ledger.example")).isFalse();
    assertThat(PageLineSplitter.isStackedCredit("Ann May Lee", "The Harbor Ledger | ledger.example")).isTrue();

    List<Block> lines = PageLineSplitter.splitLines(List.of(block(1, "Local News", "The Harbor Ledger | ledger.example")));
    assertThat(lines).extracting(Block::text).containsExactly("Local News", "The Harbor Ledger | ledger.example");
  }

  @Test
  void cutsAHeadlineRunIntoItsDatelinedLeadOnAOneLinePage() {
    Block page = block(1, "青石镇新桥通车 临江网青石3月2日讯(通讯员 林晓)昨日上午,青石镇新桥正式通车,沿线三个村的村民出行从此方便了许多。");

    List<Block> lines = PageLineSplitter.splitLines(List.of(page));

    assertThat(lines).extracting(Block::text)
        .containsExactly("青石镇新桥通车", "临江网青石3月2日讯(通讯员 林晓)昨日上午,青石镇新桥正式通车,沿线三个村的村民出行从此方便了许多。");
  }

  @Test
  void leavesADatelineInsideASentenceOrWithoutItsCreditInPlace() {
    String quoted = "昨日上午,据报道 临江网青石3月2日讯(通讯员 林晓)青石镇新桥正式通车,沿线三个村的村民出行从此方便了许多。";
    String uncredited = "青石镇新桥通车 临江网青石3月2日讯 昨日上午,青石镇新桥正式通车,沿线三个村的村民出行从此方便了许多。";

    assertThat(PageLineSplitter.splitLines(List.of(block(1, quoted)))).extracting(Block::text).containsExactly(quoted);
    assertThat(PageLineSplitter.splitLines(List.of(block(1, uncredited)))).extracting(Block::text).containsExactly(uncredited);
  }

  @Test
  void secondStoryUnderTheArticleOpensWithItsHeadline() {
    List<Piece> out =
        triage.apply(
            page(
                "Friday 12 March 2021",
                "Harbour Crane Falls Into Dock During Night Shift",
                "BY LENA MARSKOG",
                "A loading crane toppled into the eastern dock of Pellwick harbour late on Thursday night.",
                "No one was hurt, the harbour board said, and the dock will stay closed until the crane is lifted out.",
                "Ferry Pier To Reopen In Spring",
                "BY TOMAS WRENFIELD",
                "The harbour board has agreed to reopen the old ferry pier at Pellwick before the spring season.",
                "Repairs to the decking are expected to take about six weeks, a spokeswoman said."));

    assertThat(trace(out))
        .containsExactly(
            "X[Friday 12 March 2021]",
            "H[Harbour Crane Falls Into Dock During Night Shift]",
            "P[BY LENA MARSKOG]",
            "P[A loading crane toppled into the eastern dock of Pellwick harbour late on Thursday night.]",
            "P[No one was hurt, the harbour board said, and the dock will stay closed until the crane is lifted out.]",
            "H[Ferry Pier To Reopen In Spring]",
            "P[BY TOMAS WRENFIELD]",
            "P[The harbour board has agreed to reopen the old ferry pier at Pellwick before the spring season.]",
            "P[Repairs to the decking are expected to take about six weeks, a spokeswoman said.]");
  }

  @Test
  void aSubheadingWithoutACreditOrACreditOverACaptionOpensNoFurtherStory() {
    List<Piece> out =
        triage.apply(
            page(
                "Harbour Crane Falls Into Dock During Night Shift",
                "BY LENA MARSKOG",
                "A loading crane toppled into the eastern dock of Pellwick harbour late on Thursday night.",
                "What Happens Next For The Dock",
                "The harbour board said the dock will stay closed until the crane is lifted out next week.",
                "Shipping agents expect the delay to cost the port several days of trade this month.",
                "The crane lying in the water at dawn",
                "BY TOMAS WRENFIELD",
                "Photo gallery",
                "Divers inspected the wreck on Friday morning, and the harbour master praised the night crew."));

    assertThat(trace(out)).filteredOn(line -> line.startsWith("H[")).containsExactly(
        "H[Harbour Crane Falls Into Dock During Night Shift]");
  }

  @Test
  void aHeadlineShapedLineUnderAFragmentOpensNoFurtherStory() {
    List<Piece> out =
        triage.apply(
            page(
                "青石镇新桥通车",
                "记者 苏明远",
                "青石镇新桥昨日正式通车,沿线三个村的村民出行从此方便了许多。",
                "新桥的变化",
                "两岸群众往来",
                "记者 柳明川",
                "新桥全长一百二十米,由县交通局牵头建设,历时十个月完工,方便了两岸群众出行。"));

    assertThat(trace(out)).filteredOn(line -> line.startsWith("H[")).containsExactly("H[青石镇新桥通车]");
  }

  @Test
  void aCaptionOrASidebarInsideTheArticleOpensNoFurtherStory() {
    String[][] insides = {
      {"图为开渡仪式现场", "摄影 韦青禾"},
      {"图为开渡仪式现场", "记者 韦青禾"},
      {"晚霞中的渡口", "韦青禾 摄"},
      {"Ferry Crews Clear The Slipway", "文/图 韦青禾"},
      {"采访札记", "记者 戚远舟"},
    };
    for (String[] inside : insides) {
      List<Piece> out =
          triage.apply(
              page(
                  "白沙渡重新开渡",
                  "记者 戚远舟",
                  "停航两年的白沙渡昨日重新开渡,首班渡船载着四十多名乘客驶向对岸。",
                  "新渡船由县航运公司购置,可载客六十人,每天往返十二个班次。",
                  inside[0],
                  inside[1],
                  "渡口两岸的村民早早赶来,不少老人说,这是他们盼了两年的一天。"));

      assertThat(trace(out)).as(inside[0]).filteredOn(line -> line.startsWith("H[")).containsExactly("H[白沙渡重新开渡]");
    }
  }

  @Test
  void aStoryUnderTheArticleByAnotherWriterStillOpensWithItsHeadline() {
    List<Piece> out =
        triage.apply(
            page(
                "白沙渡重新开渡",
                "记者 戚远舟",
                "停航两年的白沙渡昨日重新开渡,首班渡船载着四十多名乘客驶向对岸。",
                "新渡船由县航运公司购置,可载客六十人,每天往返十二个班次。",
                "老街夜市开张",
                "记者 韦青禾",
                "县城老街夜市昨晚开张,八十多个摊位沿街排开,吸引了不少市民前来品尝小吃。"));

    assertThat(trace(out)).filteredOn(line -> line.startsWith("H[")).containsExactly(
        "H[白沙渡重新开渡]", "H[老街夜市开张]");
  }

  private static List<String> trace(List<Piece> pieces) {
    List<String> out = new ArrayList<>();
    for (Piece piece : pieces) {
      if (piece instanceof DroppedBlock d) {
        out.add("X[" + d.block().text() + "]");
      } else if (piece instanceof Block b) {
        out.add((b.markup() == Block.Markup.HEADLINE ? "H[" : "P[") + b.text() + "]");
      } else {
        out.add("?[" + piece + "]");
      }
    }
    return out;
  }

  private static List<Block> page(String... lines) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      blocks.add(block(i + 1, lines[i]));
    }
    return blocks;
  }

  private static Block block(int first, String... lines) {
    ImmutableList.Builder<TextLine> textLines = ImmutableList.builder();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      textLines.add(new TextLine(first + i, lines[i]));
      text.append(i == 0 ? "" : " ").append(lines[i]);
    }
    return new Block(
        text.toString(),
        new SourceSpan("pages.jsonl", 1, first, first + lines.length - 1),
        0,
        lines.length,
        Block.Markup.NONE,
        ImmutableList.of(),
        textLines.build());
  }
}
