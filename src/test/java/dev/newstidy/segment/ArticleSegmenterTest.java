package dev.newstidy.segment;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.newstidy.input.BlockReader;
import dev.newstidy.input.LineReader;
import dev.newstidy.model.Article;
import dev.newstidy.model.Block;
import dev.newstidy.model.DroppedBlock;
import dev.newstidy.model.MetadataBlock;
import dev.newstidy.model.Part;
import dev.newstidy.model.Removal;
import dev.newstidy.model.RemovalReason;
import dev.newstidy.model.SourceSpan;
import dev.newstidy.model.Warning;
import dev.newstidy.stage.byline.BylineDetector;
import dev.newstidy.stage.byline.ChineseNames;
import dev.newstidy.stage.furniture.MetadataLineParser;
import dev.newstidy.testing.Trace;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleSegmenterTest {
  private static final String PATH = "paper.txt";
  private static final BylineDetector BYLINES = new BylineDetector(ChineseNames.load());

  private final List<Article> articles = new ArrayList<>();
  private final ArticleSegmenter segmenter = new ArticleSegmenter(BYLINES, articles::add);

  // Headlines and sub-headlines.

  @Test
  void markdownSubHeadlineAfterHeadlineIsSubtitleWithoutDashes() throws IOException {
    segment("# 新区开园", "", "## ——访园区负责人", "", "园区今天正式开园,首批十家企业入驻。");

    assertThat(Trace.of(articles)).containsExactly("H[新区开园] S[访园区负责人] P[园区今天正式开园,首批十家企业入驻。]");
  }

  @Test
  void dashLineRightAfterHeadlineIsSubtitle() throws IOException {
    segment("# 新区开园", "——访园区负责人", "", "园区今天正式开园,首批十家企业入驻。");

    assertThat(Trace.of(articles)).containsExactly("H[新区开园] S[访园区负责人] P[园区今天正式开园,首批十家企业入驻。]");
  }

  @Test
  void subtitleLosesItsLeadingDashesButNotAllOfItsText() {
    assertThat(ArticleSegmenter.stripLeadingDashes("——连云港市…")).isEqualTo("连云港市…");
    assertThat(ArticleSegmenter.stripLeadingDashes("—— 访园区负责人")).isEqualTo("访园区负责人");
    assertThat(ArticleSegmenter.stripLeadingDashes("-- an interview")).isEqualTo("an interview");
    assertThat(ArticleSegmenter.stripLeadingDashes("————")).isEqualTo("————");
  }

  @Test
  void subHeadlineLineAfterBodyIsSectionHeading() throws IOException {
    segment("# 新区开园", "", "园区今天正式开园。", "", "## 下一步", "", "园区将继续招商引资,引进更多企业。");

    assertThat(Trace.of(articles))
        .containsExactly("H[新区开园] P[园区今天正式开园。] h[下一步] P[园区将继续招商引资,引进更多企业。]");
  }

  @Test
  void sectionLabelStackedOverASubheadingStaysInItsArticle() throws IOException {
    // Adversarial: a short label with no sentence end over a subheading has the shape of an
    // excerpt's cut-off tail, but nothing marks a cut, so the article goes on.
    segment(
        "Tram Line Opens",
        "",
        "The new tram line opened on Tuesday, carrying riders between Westbrook and the old harbor.",
        "",
        "Riders said the new tram was quieter than the old one, and tickets cost the same.",
        "",
        "Still to come",
        "",
        "A depot for Westbrook",
        "",
        "The council will build a depot in Westbrook in the spring, so that more cars can run.");
    assertThat(articles).hasSize(1);
    articles.clear();
    segment(
        "石桥站通车",
        "",
        "本报讯 昨日上午,石桥站正式开通,线路全长十二公里,沿途设站八座,方便两岸居民出行。",
        "",
        "开通当天,不少居民早早来到站台,看着第一趟列车驶过石桥。",
        "",
        "往后怎么走",
        "",
        "再建一座停车场",
        "",
        "区里打算明年动工修建停车场,把沿线的三个小区连起来,年底前建成。");
    assertThat(articles).hasSize(1);
  }

  @Test
  void eachMarkdownHeadlineStartsAnArticle() throws IOException {
    segment("# 新区开园", "", "园区今天正式开园。", "", "# 老街换新颜", "", "老街改造完成,商户陆续回归。");

    assertThat(Trace.of(articles))
        .containsExactly("H[新区开园] P[园区今天正式开园。]", "H[老街换新颜] P[老街改造完成,商户陆续回归。]");
  }

  // Closing bylines and untitled items.

  @Test
  void gluedBylineClosesArticleAndNextPlainBlockIsUntitled() throws IOException {
    segment("# 标题", "", "正文。王书 曹波", "", "图片新闻。史春雨 文/图");

    assertThat(Trace.of(articles))
        .containsExactly("H[标题] P[正文。] B[王书 曹波]", "P[图片新闻。] B[史春雨 文/图] {untitled}");
  }

  @Test
  void bylineBlockOfItsOwnClosesArticle() throws IOException {
    segment("# 标题", "", "村里新修了三条路。", "", "记者 王明 通讯员 李红", "", "湖面上白鹭成群,吸引不少市民驻足观看。");

    assertThat(Trace.of(articles))
        .containsExactly("H[标题] P[村里新修了三条路。] B[记者 王明 通讯员 李红]", "P[湖面上白鹭成群,吸引不少市民驻足观看。] {untitled}");
  }

  @Test
  void creditAfterAClosedArticleAndAWiderGapOpensAnUntitledItem() throws IOException {
    segment(
        "东岭村茶叶丰收",
        "",
        "茶园里一派丰收景象。通讯员 韦青禾 摄",
        "",
        "",
        "文:许晴 图:何川",
        "",
        "3月2日,溪口新桥通车。市民纷纷前来参观。");

    assertThat(Trace.of(articles))
        .containsExactly(
            "H[东岭村茶叶丰收] P[茶园里一派丰收景象。] B[通讯员 韦青禾 摄]",
            "P[3月2日,溪口新桥通车。市民纷纷前来参观。] B[文:许晴 图:何川] {untitled}");
  }

  @Test
  void creditBeforeALeadCutByAPageBreakOpensAnUntitledItem() throws IOException {
    // The lead under the second credit was cut by a page break: read as the joiner leaves it, it
    // is prose, so the credit is the next item's own.
    segment(
        "东岭村茶叶丰收",
        "",
        "茶园里一派丰收景象。周 舟 韦青禾",
        "",
        "",
        "",
        "许晴 通讯员何川",
        "",
        "3月2日14时34分许,溪口县消防救援大队接到报警,称溪口新桥",
        "",
        "附近一处仓库着火。消防员随即赶往现场。");

    assertThat(articles).hasSize(2);
    assertThat(articles.get(0).byline().names()).containsExactly("周舟", "韦青禾");
    assertThat(articles.get(1).title()).isNull();
    assertThat(articles.get(1).byline().names()).containsExactly("许晴", "何川");
  }

  @Test
  void creditBeforeACutLeadThatNeverEndsASentenceStaysWithTheArticle() throws IOException {
    // Adversarial: the same credit after a wider gap, but what follows holds no finished sentence
    // even with its cut mended: the credit stays a second line of the closing byline (the text
    // after it still opens an untitled item, as text after any closing byline does).
    segment(
        "东岭村茶叶丰收",
        "",
        "茶园里一派丰收景象。周 舟 韦青禾",
        "",
        "",
        "",
        "许晴 通讯员何川",
        "",
        "3月2日14时34分许,溪口县消防救援大队接到报警,称溪口新桥",
        "",
        "附近一处仓库着火");

    assertThat(articles.get(0).byline().names()).containsExactly("周舟", "韦青禾", "许晴", "何川");
    assertThat(articles.get(1).byline()).isNull();
  }

  @Test
  void bodyGluedBeforeABlockThatOpensOnAClauseMarkIsNoByline() throws IOException {
    // A page break cut the sentence after "溪口县委常委" (a post, which ends like a body's name):
    // the next block goes on with an enumeration comma.
    segment("# 溪口新桥通车", "", "市领导一同参观了新桥。溪口县委常委", "", "、宣传部部长林一舟等陪同参观。");

    assertThat(articles).singleElement().satisfies(a -> {
      assertThat(a.byline()).isNull();
      assertThat(a.body()).extracting(Part::text)
          .containsExactly("市领导一同参观了新桥。溪口县委常委", "、宣传部部长林一舟等陪同参观。");
    });
  }

  @Test
  void creditWithARoleBeforeABlockThatOpensOnAClauseMarkStillCredits() throws IOException {
    // Adversarial: a role makes it a credit whatever follows; and bare names before a block that
    // opens on a word, not a clause mark, still close the article.
    segment("# 溪口新桥通车", "", "市领导一同参观了新桥。记者 韦青禾", "", "、宣传部部长林一舟等陪同参观。");
    segment("# 石桥村修通产业路", "", "村民们都很高兴。韦青禾", "", "# 东岭村茶叶丰收", "", "茶园里一派丰收景象。");

    assertThat(articles.get(0).byline().names()).containsExactly("韦青禾");
    assertThat(articles.get(1).byline().names()).containsExactly("韦青禾");
  }

  @Test
  void gluedBareNameBeforeTextThatGoesOnStaysInTheText() throws IOException {
    // "甘雨站" reads as a name (a surname and two given-name characters), but the text after it
    // goes on with the article's vocabulary: it did not close the article, so it was no byline.
    segment(
        "# 溪口港开放日",
        "",
        "记者 韦青禾",
        "",
        "溪口港今天举办开放日,市民参观了溪口港码头和展厅。甘雨站",
        "",
        "在码头门口迎接市民,介绍溪口港开放日和码头展厅的安排。");

    assertThat(articles).singleElement().satisfies(a -> {
      assertThat(a.byline().names()).containsExactly("韦青禾");
      assertThat(a.body()).extracting(Part::text).first().asString().endsWith("。甘雨站");
    });
  }

  @Test
  void gluedNameOfTheStorysSubjectIsNoByline() throws IOException {
    // The story is about 林一舟 (its headline and text name him): his name glued after a sentence
    // opens the next sentence, which a page break cut; the credit is the line under the headline.
    segment(
        "林一舟扎根山村三年间",
        "",
        "溪口县委通讯组",
        "",
        "县委书记林一舟同志常年深入田间。",
        "",
        "三年前的冬天,县委决定由林一舟到山村蹲点。林一舟",
        "",
        "背着行李住进了村委会,和村民同吃同住。");

    assertThat(articles).singleElement().satisfies(a -> {
      assertThat(a.byline().names()).containsExactly("溪口县委通讯组");
      assertThat(a.body()).extracting(Part::text).contains("三年前的冬天,县委决定由林一舟到山村蹲点。林一舟");
    });
  }

  @Test
  void gluedWordThatTheSameParagraphHoldsIsNoByline() throws IOException {
    // "甘雨站" reads as a name (a surname and two given-name characters), but the paragraph it is
    // glued to holds it inside a sentence: the words of the next sentence, which a page break cut.
    segment(
        "# 溪口新桥通车",
        "",
        "记者 韦青禾",
        "",
        "新桥连着甘雨站前的广场和东岭村。甘雨站",
        "",
        "前的车队今天上午驶上新桥。");

    assertThat(articles).singleElement().satisfies(a -> {
      assertThat(a.byline().names()).containsExactly("韦青禾");
      assertThat(a.body()).extracting(Part::text).contains("新桥连着甘雨站前的广场和东岭村。甘雨站");
    });
  }

  @Test
  void gluedNameOfTheWriterNamedOnlyAfterARoleStillCloses() throws IOException {
    // Adversarial: the text names 林一舟 only as the reporter (记者林一舟), and the headline not
    // at all: the glued name is the writer's closing byline.
    segment(
        "# 山村新修产业路",
        "",
        "记者林一舟在村里看到,新路已经通车。村民们都很高兴。林一舟",
        "",
        "# 东岭村茶叶丰收",
        "",
        "茶园里一派丰收景象。");

    assertThat(articles.get(0).byline().names()).containsExactly("林一舟");
  }

  @Test
  void gluedNameCreditedAfterAnotherRoleInTheTextStillCloses() throws IOException {
    // Adversarial: the text names 苗望川 only in its credit, after 通讯员 (not 记者): the name glued
    // after the last sentence is the writer's closing byline, not the story's subject.
    segment(
        "# 西坪渡口开放日",
        "",
        "本报讯(通讯员 苗望川)西坪渡口今天举办开放日,游客参观了西坪渡口栈桥和陈列馆。苗望川",
        "",
        "# 北湾村柑橘丰收",
        "",
        "橘园里一派丰收景象。");

    assertThat(articles.get(0).byline().names()).contains("苗望川");
    assertThat(articles.get(0).body()).extracting(Part::text).noneMatch(t -> t.endsWith("。苗望川"));
  }

  @Test
  void gluedNameThatACaptionCreditsStillCloses() throws IOException {
    // Adversarial: a caption credits 苗望川 (… 苗望川 摄): the same name glued after the last
    // sentence is the writer's closing byline, not a mention of the story's subject.
    segment(
        "# 西坪渡口开放日",
        "",
        "西坪渡口今天举办开放日,游客参观了西坪渡口栈桥和陈列馆。",
        "",
        "图为开放日的栈桥 苗望川 摄",
        "",
        "开放日持续五天,游客可以免费参观。苗望川",
        "",
        "# 北湾村柑橘丰收",
        "",
        "橘园里一派丰收景象。");

    assertThat(articles.get(0).byline()).isNotNull();
    assertThat(articles.get(0).byline().names()).contains("苗望川");
    assertThat(articles.get(0).body()).extracting(Part::text).noneMatch(t -> t.endsWith("。苗望川"));
  }

  @Test
  void gluedNameOfASubjectNamedWithoutARoleStaysText() throws IOException {
    // Look-alike of the two above: a credit of someone else (通讯员 苗望川) and a sentence that
    // names the story's subject 贺春林 with no role before him: the glued 贺春林 opens the next
    // sentence, which a page break cut.
    segment(
        "# 贺春林守渡口十年",
        "",
        "本报讯(通讯员 苗望川)渡工贺春林在西坪渡口撑船已经十年。贺春林",
        "",
        "每天清晨五点就来到渡口,检查船只和救生衣。");

    assertThat(articles).singleElement().satisfies(a -> {
      assertThat(a.byline() == null ? List.of() : a.byline().names()).doesNotContain("贺春林");
      assertThat(a.body()).extracting(Part::text).anyMatch(t -> t.contains("十年。贺春林"));
    });
  }

  @Test
  void severalGluedNamesBeforeAStoryOnTheSameTopicStayACredit() throws IOException {
    // Adversarial: several names close the article even when the text after them shares its words
    // (the next story of a page on the same topic).
    segment(
        "# 溪口港开放日",
        "",
        "溪口港今天举办开放日,市民参观了溪口港码头和展厅。周 舟 韦青禾",
        "",
        "溪口港码头展厅的开放日还介绍了港口的历史,市民参观了码头。");

    assertThat(articles.get(0).byline().names()).containsExactly("周舟", "韦青禾");
  }

  @Test
  void bracketedOrRoleCreditBeforeTextThatGoesOnStaysACredit() throws IOException {
    // Adversarial: brackets or a role make a credit as papers set one, even in mid-article (a
    // feature of several signed pieces).
    segment(
        "# 溪口港开放日",
        "",
        "溪口港今天举办开放日,市民参观了溪口港码头和展厅。(甘雨桐)",
        "",
        "溪口港码头展厅的开放日还介绍了港口的历史,市民参观了码头。");
    segment(
        "# 溪口港开放日",
        "",
        "溪口港今天举办开放日,市民参观了溪口港码头和展厅。记者 甘雨桐",
        "",
        "溪口港码头展厅的开放日还介绍了港口的历史,市民参观了码头。");

    assertThat(articles).hasSize(2);
    assertThat(articles).allSatisfy(a -> assertThat(a.byline().names()).containsExactly("甘雨桐"));
  }

  @Test
  void secondCreditLineUnderTheFirstStaysWithTheArticle() throws IOException {
    // Adversarial: the same credits with no wider gap before the second line, then after a wider
    // gap but with a headline-shaped line, not prose, after it.
    segment("东岭村茶叶丰收", "", "茶园里一派丰收景象。通讯员 韦青禾", "", "许晴 摄", "", "3月2日,溪口新桥通车。市民纷纷前来参观。");
    segment("溪口新桥通车", "", "市民纷纷前来参观。记者 韦青禾", "", "", "许晴 摄", "", "石桥村修通产业路");

    assertThat(articles.get(0).byline().names()).containsExactly("韦青禾", "许晴");
    assertThat(articles.get(2).byline().names()).containsExactly("韦青禾", "许晴");
  }

  @Test
  void namesAfterAParagraphCutOnAnEnumerationCommaAreNoByline() throws IOException {
    segment("# 老照片", "", "这是十年前的合影。从左至右依次为林一舟、许晴、", "", "何川、邵明远", "", "照片摄于新桥通车那天。");

    assertThat(articles).singleElement().satisfies(a -> {
      assertThat(a.byline()).isNull();
      assertThat(a.body()).extracting(Part::text).contains("何川、邵明远");
    });
  }

  @Test
  void namesAfterAParagraphCutInsideANameAreNoByline() throws IOException {
    // The list stops on one character of a name, shorter than every name before it: the line
    // after the break holds the rest of the list, not a closing credit.
    segment(
        "# 老照片", "", "这是十年前的合影。从左至右依次为林一舟、许晴雯、何川东、邵", "", "明远、韦青禾、秦晓岚", "", "照片摄于新桥通车那天。");

    assertThat(articles).singleElement().satisfies(a -> {
      assertThat(a.byline()).isNull();
      assertThat(a.body()).extracting(Part::text).contains("明远、韦青禾、秦晓岚");
    });
  }

  @Test
  void namesAfterAParagraphThatEndsASentenceStillCloseIt() throws IOException {
    // Adversarial: the same names after a finished sentence are the closing credit.
    segment("# 老照片", "", "这是十年前的合影。", "", "何川、邵明远");
    // nor does a credit with a role after a cut clause lose its reading
    segment("# 新桥", "", "他说,要查清楚才能启动调查,", "", "〔记者何川／溪口报导〕");

    assertThat(articles).extracting(a -> String.join(" ", a.byline().names())).containsExactly("何川 邵明远", "何川");
  }

  @Test
  void leadThatEchoesTheHeadlineAfterAnEarlyCreditContinuesTheArticle() throws IOException {
    // A credit under the headline and one stray paragraph: the lead after it repeats the
    // headline's words, so the credit opened the article rather than closed it.
    segment(
        "柳溪镇新修村道",
        "",
        "邻县的早市今天照常开张,摊主们天不亮就到了。",
        "",
        "通讯员 韦青禾",
        "",
        "柳溪镇今年新修村道两条,村民出行方便了。");

    assertThat(articles).singleElement().satisfies(a -> {
      assertThat(a.title()).isEqualTo("柳溪镇新修村道");
      assertThat(a.byline().names()).containsExactly("韦青禾");
      assertThat(a.body()).hasSize(2);
    });
  }

  @Test
  void leadOnAnotherTopicAfterAnEarlyCreditStartsAnUntitledItem() throws IOException {
    // Adversarial: the text after the credit shares no word with the headline.
    segment(
        "柳溪镇新修村道",
        "",
        "邻县的早市今天照常开张,摊主们天不亮就到了。",
        "",
        "通讯员 韦青禾",
        "",
        "湖面上白鹭成群,吸引不少市民驻足观看。");

    assertThat(articles).extracting(Article::title).containsExactly("柳溪镇新修村道", null);
  }

  @Test
  void closingBylineAfterSeveralParagraphsEndsTheArticleEvenOnTheSameTopic() throws IOException {
    // Adversarial: a credit after three paragraphs closes its article; a brief on the same roads
    // after it is an item of its own, whatever words it shares with the headline.
    segment(
        "柳溪镇新修村道",
        "",
        "工程去年秋天开工。",
        "",
        "沿线还装了路灯。",
        "",
        "老人们说,晚上出门不怕了。",
        "",
        "通讯员 韦青禾",
        "",
        "柳溪镇明年还将新修村道三条。");

    assertThat(articles).extracting(Article::title).containsExactly("柳溪镇新修村道", null);
  }

  @Test
  void quotationEndingParagraphIsNoBylineAndArticleGoesOn() throws IOException {
    segment("# 标题", "", "谈到明年,他说:“我们会继续努力。”", "", "会后,大家一起参观了新建的文化广场。");

    assertThat(Trace.of(articles))
        .containsExactly("H[标题] P[谈到明年,他说:“我们会继续努力。”] P[会后,大家一起参观了新建的文化广场。]");
  }

  @Test
  void nameLikeFragmentAfterSentenceIsNoBylineAndArticleGoesOn() throws IOException {
    segment("# 标题", "", "各项准备工作已经完成。全国", "", "各地的志愿者也纷纷赶来帮忙。");

    assertThat(Trace.of(articles)).containsExactly("H[标题] P[各项准备工作已经完成。全国] P[各地的志愿者也纷纷赶来帮忙。]");
  }

  @Test
  void withoutBylineDetectorBylinesStayInText() throws IOException {
    ArticleSegmenter plain = new ArticleSegmenter(null, articles::add);

    feed(plain, "# 标题", "", "正文。王书 曹波", "", "图片新闻。史春雨 文/图");

    assertThat(Trace.of(articles)).containsExactly("H[标题] P[正文。王书 曹波] P[图片新闻。史春雨 文/图]");
  }

  // Lead-ins and mid-article bylines.

  @Test
  void boldDashLeadInBecomesSectionHeading() throws IOException {
    segment("# 三镇各有特色", "", "**绿色——护水**全镇今年整治河道十条。");

    assertThat(Trace.of(articles)).containsExactly("H[三镇各有特色] h[绿色——护水] P[全镇今年整治河道十条。]");
  }

  @Test
  void leadInInSameStyleAfterBylineContinuesArticle() throws IOException {
    segment(
        "# 三镇各有特色",
        "",
        "**绿色——护水**全镇今年整治河道十条。",
        "",
        "**富民——兴业**全镇新增企业五家。王书 曹波",
        "",
        "**宜居——美村**全镇新建公园三座。");

    assertThat(Trace.of(articles))
        .containsExactly(
            "H[三镇各有特色] h[绿色——护水] P[全镇今年整治河道十条。] h[富民——兴业] P[全镇新增企业五家。]"
                + " h[宜居——美村] P[全镇新建公园三座。] B[王书 曹波]");
  }

  @Test
  void bylinesInTwoPlacesOfOneArticleAreBothKept() throws IOException {
    segment("# 三镇各有特色", "", "**绿色——护水**全镇今年整治河道十条。王书 曹波", "", "**宜居——美村**全镇新建公园三座。秦海摄");

    assertThat(articles)
        .singleElement()
        .satisfies(
            article -> {
              assertThat(article.byline().text()).isEqualTo("王书 曹波 秦海摄");
              assertThat(article.byline().names()).containsExactly("王书", "曹波", "秦海");
            });
  }

  @Test
  void leadInInAnotherStyleAfterBylineStartsUntitledArticle() throws IOException {
    segment("# 三镇各有特色", "", "**绿色——护水**全镇今年整治河道十条。王书 曹波", "", "**提示**本周六图书馆闭馆一天。");

    assertThat(Trace.of(articles))
        .containsExactly(
            "H[三镇各有特色] h[绿色——护水] P[全镇今年整治河道十条。] B[王书 曹波]", "h[提示] P[本周六图书馆闭馆一天。] {untitled}");
  }

  @Test
  void plainBlockAfterBylineInSectionedArticleStartsUntitledArticle() throws IOException {
    segment("# 三镇各有特色", "", "**绿色——护水**全镇今年整治河道十条。王书 曹波", "", "全镇新增企业五家,带动两百人就业。");

    assertThat(Trace.of(articles))
        .containsExactly(
            "H[三镇各有特色] h[绿色——护水] P[全镇今年整治河道十条。] B[王书 曹波]", "P[全镇新增企业五家,带动两百人就业。] {untitled}");
  }

  // Removed blocks.

  @Test
  void removedBlockLandsInArticleInProgress() {
    Removal removal = duplicateAt(5);

    segmenter.accept(headline("标题", 1));
    segmenter.accept(body("第一段。", 3));
    segmenter.accept(new DroppedBlock(body("重复的一段话。", 5), removal));
    segmenter.accept(body("第二段。", 7));
    segmenter.accept(headline("下一篇", 9));
    segmenter.accept(body("另一段。", 11));
    segmenter.endDocument();

    assertThat(Trace.of(articles)).containsExactly("H[标题] P[第一段。] P[第二段。]", "H[下一篇] P[另一段。]");
    assertThat(articles.get(0).removed()).containsExactly(removal);
    assertThat(articles.get(0).source()).isEqualTo(SourceSpan.of(PATH, 1, 7));
    assertThat(articles.get(1).removed()).isEmpty();
  }

  @Test
  void removedBlockAfterClosingBylineLandsInClosedArticle() {
    Removal removal = duplicateAt(5);

    segmenter.accept(headline("标题", 1));
    segmenter.accept(body("正文。王书 曹波", 3));
    segmenter.accept(new DroppedBlock(body("重复的一段话。", 5), removal));
    segmenter.accept(body("图片新闻。史春雨 文/图", 7));
    segmenter.endDocument();

    assertThat(articles).hasSize(2);
    assertThat(articles.get(0).removed()).containsExactly(removal);
    assertThat(articles.get(1).removed()).isEmpty();
  }

  @Test
  void removalBeforeFirstArticleLandsInFirstArticle() {
    Removal removal = duplicateAt(1);

    segmenter.accept(new DroppedBlock(body("重复的一段话。", 1), removal));
    segmenter.accept(headline("标题", 3));
    segmenter.accept(body("第一段。", 5));
    segmenter.endDocument();

    assertThat(Trace.of(articles)).containsExactly("H[标题] P[第一段。]");
    assertThat(articles.get(0).removed()).containsExactly(removal);
    assertThat(articles.get(0).source()).isEqualTo(SourceSpan.of(PATH, 1, 5));
  }

  @Test
  void documentOfOnlyRemovedBlocksYieldsOneEmptyRecord() {
    Removal first = duplicateAt(1);
    Removal second = duplicateAt(3);

    segmenter.accept(new DroppedBlock(body("重复的第一段话。", 1), first));
    segmenter.accept(new DroppedBlock(body("重复的第二段话。", 3), second));
    segmenter.endDocument();

    assertThat(Trace.of(articles)).containsExactly("{untitled empty}");
    assertThat(articles.get(0).removed()).containsExactly(first, second);
    assertThat(articles.get(0).source()).isEqualTo(SourceSpan.of(PATH, 1, 3));
  }

  @Test
  void removalsDoNotLeakIntoNextDocument() {
    segmenter.accept(new DroppedBlock(body("重复的一段话。", 1), duplicateAt(1)));
    segmenter.endDocument();
    segmenter.accept(headline("标题", 1));
    segmenter.accept(body("第一段。", 3));
    segmenter.endDocument();

    assertThat(articles).extracting(article -> article.removed().size()).containsExactly(1, 0);
  }

  // Plain-text headlines, in documents without # markup.

  @Test
  void shortLineBeforeLongerBodyAtDocumentStartIsHeadline() throws IOException {
    segment("柳溪镇开展冬季义诊", "", "本周,镇卫生院的医生走进各村,为老人免费量血压、测血糖。");

    assertThat(Trace.of(articles)).containsExactly("H[柳溪镇开展冬季义诊] P[本周,镇卫生院的医生走进各村,为老人免费量血压、测血糖。]");
  }

  @Test
  void shortLineAfterClosingBylineIsHeadline() throws IOException {
    segment(
        "柳溪镇开展冬季义诊",
        "",
        "本周,镇卫生院的医生走进各村,为老人免费量血压、测血糖。王书 曹波",
        "",
        "石桥村修通产业路",
        "",
        "新修的产业路全长三公里,连通了村里的三个果园。");

    assertThat(Trace.of(articles))
        .containsExactly(
            "H[柳溪镇开展冬季义诊] P[本周,镇卫生院的医生走进各村,为老人免费量血压、测血糖。] B[王书 曹波]",
            "H[石桥村修通产业路] P[新修的产业路全长三公里,连通了村里的三个果园。]");
  }

  @Test
  void shortLineAfterWiderGapThanAnyInArticleIsHeadline() throws IOException {
    segment(
        "柳溪镇开展冬季义诊",
        "",
        "本周,镇卫生院的医生走进各村,为老人免费量血压。",
        "",
        "义诊将持续到月底,覆盖全镇所有村。",
        "",
        "",
        "",
        "石桥村修通产业路",
        "",
        "新修的产业路全长三公里,连通了村里的三个果园。");

    assertThat(Trace.of(articles))
        .containsExactly(
            "H[柳溪镇开展冬季义诊] P[本周,镇卫生院的医生走进各村,为老人免费量血压。] P[义诊将持续到月底,覆盖全镇所有村。]",
            "H[石桥村修通产业路] P[新修的产业路全长三公里,连通了村里的三个果园。]");
  }

  @Test
  void shortLineAfterOrdinaryGapInPlainDocumentIsSubheading() throws IOException {
    segment("柳溪镇开展冬季义诊", "", "本周,镇卫生院的医生走进各村,为老人免费量血压。", "", "医生进村入户", "", "义诊将持续到月底,覆盖全镇所有村。");

    assertThat(Trace.of(articles))
        .containsExactly("H[柳溪镇开展冬季义诊] P[本周,镇卫生院的医生走进各村,为老人免费量血压。] h[医生进村入户] P[义诊将持续到月底,覆盖全镇所有村。]");
  }

  @Test
  void shortSubheadingRepeatedInItsParagraphWithNoEndBeforeItStaysInTheArticle() throws IOException {
    // The text output of one article, cleaned again: its subheading shares words with the paragraph
    // under it as a headline does with its lead, but nothing ends the article before it.
    segment(
        "Millbrook Opens Its New Ferry Landing",
        "",
        "The landing on the east bank opened on Friday after two years of work, the harbor board said.",
        "",
        "A long wait",
        "",
        "\"We have waited a long time for this,\" said Mara Quill, who runs the bait shop by the dock.",
        "",
        "By Ivo Brandle and Tessa Marr");

    assertThat(Trace.of(articles))
        .containsExactly(
            "H[Millbrook Opens Its New Ferry Landing] P[The landing on the east bank opened on Friday after two"
                + " years of work, the harbor board said.] h[A long wait] P[\"We have waited a long time for this,\""
                + " said Mara Quill, who runs the bait shop by the dock.] B[By Ivo Brandle and Tessa Marr]");
  }

  @Test
  void shortChineseSubheadingRepeatedInItsParagraphWithNoEndBeforeItStaysInTheArticle() throws IOException {
    segment(
        "柳溪镇渡口新码头启用",
        "",
        "柳溪镇渡口新码头昨日启用,可同时停靠渡船六艘。",
        "",
        "等了很久",
        "",
        "“我们等了很久。”在渡口开小店的夏青禾说,以后过河方便多了。");

    assertThat(Trace.of(articles))
        .containsExactly(
            "H[柳溪镇渡口新码头启用] P[柳溪镇渡口新码头昨日启用,可同时停靠渡船六艘。] h[等了很久]"
                + " P[“我们等了很久。”在渡口开小店的夏青禾说,以后过河方便多了。]");
  }

  @Test
  void shortHeadlineAfterOneParagraphBriefStillSplitsWhenItsBylineFollows() throws IOException {
    // Adversarial: as short as a subheading, but a byline under it says an article starts.
    segment(
        "Millbrook Opens Its New Ferry Landing",
        "",
        "The landing on the east bank opened on Friday after two years of work, the harbor board said.",
        "",
        "Orchard Road repaved",
        "",
        "By Tessa Marr",
        "",
        "Crews finished repaving Orchard Road on Thursday, a week ahead of schedule.");

    assertThat(Trace.of(articles))
        .containsExactly(
            "H[Millbrook Opens Its New Ferry Landing] P[The landing on the east bank opened on Friday after two"
                + " years of work, the harbor board said.]",
            "H[Orchard Road repaved] P[Crews finished repaving Orchard Road on Thursday, a week ahead of"
                + " schedule.] B[By Tessa Marr]");
  }

  @Test
  void shortChineseHeadlineAfterOneParagraphBriefStillSplitsBeforeADateline() throws IOException {
    segment(
        "柳溪镇渡口新码头启用",
        "",
        "柳溪镇渡口新码头昨日启用,可同时停靠渡船六艘。",
        "",
        "石桥村茶园开采",
        "",
        "本报讯 石桥村三百亩茶园昨日开采,村民们忙着采摘春茶。");

    assertThat(Trace.of(articles))
        .containsExactly(
            "H[柳溪镇渡口新码头启用] P[柳溪镇渡口新码头昨日启用,可同时停靠渡船六艘。]",
            "H[石桥村茶园开采] P[本报讯 石桥村三百亩茶园昨日开采,村民们忙着采摘春茶。]");
  }

  @Test
  void plainHeadlineThenDashLineGivesSubtitle() throws IOException {
    segment("石桥村修通产业路", "", "——三个果园连成一片", "", "新修的产业路全长三公里,连通了村里的三个果园。");

    assertThat(Trace.of(articles))
        .containsExactly("H[石桥村修通产业路] S[三个果园连成一片] P[新修的产业路全长三公里,连通了村里的三个果园。]");
  }

  @Test
  void englishPlainHeadlineAtDocumentStart() throws IOException {
    segment(
        "Bridge Reopens After Repairs",
        "",
        "The county bridge reopened on Monday after six months of work.");

    assertThat(Trace.of(articles))
        .containsExactly(
            "H[Bridge Reopens After Repairs] P[The county bridge reopened on Monday after six"
                + " months of work.]");
  }

  @Test
  void documentWithMarkdownHeadlinesTakesNoPlainHeadlines() throws IOException {
    segment("# 标题", "", "正文。王书 曹波", "", "石桥村修通产业路", "", "新修的产业路全长三公里,连通了村里的三个果园。");

    assertThat(Trace.of(articles))
        .containsExactly(
            "H[标题] P[正文。] B[王书 曹波]", "P[石桥村修通产业路] P[新修的产业路全长三公里,连通了村里的三个果园。] {untitled}");
  }

  @Test
  void nextDocumentMayUsePlainHeadlinesAgain() throws IOException {
    segment("# 标题", "", "正文。");
    segment("石桥村修通产业路", "", "新修的产业路全长三公里,连通了村里的三个果园。");

    assertThat(Trace.of(articles))
        .containsExactly("H[标题] P[正文。]", "H[石桥村修通产业路] P[新修的产业路全长三公里,连通了村里的三个果园。]");
  }

  // Plain headlines weighed by evidence (BoundaryScorer), with no closing byline before them.

  @Test
  void plainHeadlineAfterCutOffArticleStartsNewArticle() throws IOException {
    segment(
        "东岭村种茶",
        "",
        "东岭村今年种了三百亩茶树,村民们正在",
        "",
        "青石镇新桥通车",
        "",
        "记者 柳明川",
        "",
        "本报讯 青石镇新桥昨日通车,两岸村民出行更方便了。");

    assertThat(articles).extracting(Article::title).containsExactly("东岭村种茶", "青石镇新桥通车");
  }

  @Test
  void lineOverTheDocumentsClosingBylineStaysInTheArticle() throws IOException {
    // The text output writes the byline last; a cut-off last paragraph above it heads no body.
    segment(
        "Harbour Ferry Resumes",
        "",
        "The harbour ferry resumed its crossings on Tuesday after a week of storms.",
        "",
        "Riders on the early boat said the water was calm and the",
        "",
        "By MARTA QUILLEN");

    assertThat(Trace.of(articles))
        .containsExactly(
            "H[Harbour Ferry Resumes] P[The harbour ferry resumed its crossings on Tuesday after a week of"
                + " storms.] P[Riders on the early boat said the water was calm and the] B[By MARTA QUILLEN]");
  }

  @Test
  void lineOverABylineWithTextUnderItStillOpensAnArticle() throws IOException {
    // Adversarial: the same shape with a body under the byline is a headline, credit and lead.
    segment(
        "Harbour Ferry Resumes",
        "",
        "The harbour ferry resumed its crossings on Tuesday after a week of storms, the",
        "",
        "Orchard Market Opens Early",
        "",
        "By MARTA QUILLEN",
        "",
        "The orchard market on Pell Street opened a week early this year as the apples came in fast.");

    assertThat(articles).extracting(Article::title)
        .containsExactly("Harbour Ferry Resumes", "Orchard Market Opens Early");
  }

  @Test
  void shortLineUnderASubheadingStaysInTheSection() throws IOException {
    // A page-break fragment opens the section; the words it shares with the text under it do not
    // make it a headline.
    segment(
        "柳溪镇修通环湖路",
        "",
        "柳溪镇地处湖区，道路养护任务较重。记者在渡口村看到，村民正忙着清理路边的",
        "",
        "一、发动村民共同养护",
        "",
        "环湖路修通后，预计每年可为渔户",
        "",
        "节省运费三十万元。环湖路修通后，预计每年可为果农节省运费二十万元。");

    assertThat(articles).extracting(Article::title).containsExactly("柳溪镇修通环湖路");
  }

  @Test
  void colonSectionHeadingOverAPersonHeadingStaysInTheArticle() throws IOException {
    // A section heading whose words do not recur below it, stacked over a subsection heading on
    // one person and her paragraph: one article, not a new one at the section heading.
    segment(
        "柳溪:三件难事在村口",
        "",
        "钱从哪里来,是柳溪各村最先碰到的难题。",
        "",
        "不少村里的年轻人早年进城打工,如今留在村里的多是老人。",
        "",
        "不过,转机也在这几年里悄悄出现。",
        "",
        "养蜂合作社:返乡青年多了一倍",
        "",
        "秦晓岚又回来了",
        "",
        "秦晓岚今年三十四岁,原先在省城一家印刷厂做会计,前年回到柳溪,养起了中蜂。");

    assertThat(articles).extracting(Article::title).containsExactly("柳溪:三件难事在村口");
  }

  @Test
  void cutOffEndOverAHeadlineYieldsToIt() throws IOException {
    // The last paragraph of a report breaks off, and the rest of its sentence stands on a line of
    // its own right above the next headline. Nothing below takes up that line's words, and the
    // headline under it scores higher with the line left in the report: the headline opens the
    // next article, the line stays with the report.
    segmentAfter(
        CUT_ROAD_REPORT,
        "青石县茶农喜迎春茶开采",
        "",
        "清明前后,青石县的茶园里满是采茶人。今年春茶开采比往年早了一周,茶农们说,春茶的价钱也比去年好。",
        "",
        "青石县农业局介绍,全县茶园面积今年扩大到三万亩,春茶产量预计增长一成。");

    assertThat(articles).extracting(Article::title).containsExactly("柳溪镇新修村道通车", "青石县茶农喜迎春茶开采");
    assertThat(articles.get(0).body()).last().extracting(Part::text).isEqualTo("下香樟和桂花,五月底就能完");
  }

  @Test
  void cutOffEndOverACaptionRunStillOpensAnArticle() throws IOException {
    // Adversarial: the line under the cut-off end heads a run of short captions, which the
    // caption-run rule never weighs as a headline. The end is weighed alone, as before, and the
    // photo series is not merged into the report.
    segmentAfter(
        CUT_ROAD_REPORT,
        "青石县茶园春茶开采图片集锦 茶农采茶忙茶园满山绿春茶上市价格好",
        "",
        "青石县茶农采春茶",
        "",
        "春茶开采第一天",
        "",
        "茶园里的采茶人",
        "",
        "春茶上市");

    assertThat(articles).hasSize(2);
    assertThat(articles.get(1).body()).extracting(Part::text).contains("春茶上市");
  }

  @Test
  void headlineOverASubHeadlineKeepsItsTitle() throws IOException {
    // Adversarial: after a report that breaks off, a headline whose words its lead takes up stands
    // over a short sub-headline, and keeps its title.
    segment(
        "柳溪镇新修村道通车",
        "",
        "柳溪镇今年新修村道两条,村民出行方便了许多。如今镇上又请来园林队,在新路两旁栽",
        "",
        "青石县春茶开采",
        "",
        "茶农盼着好价钱",
        "",
        "清明前后,青石县春茶开采,茶园里满是采茶人。茶农们说,今年春茶的价钱比去年好。");

    assertThat(articles).extracting(Article::title).containsExactly("柳溪镇新修村道通车", "青石县春茶开采");
  }

  @Test
  void kickerHeadlineOverALineThatScoresHigherKeepsItsTitle() throws IOException {
    // Adversarial: a 【…】 kicker marks a headline, even one whose own words the lead does not take
    // up and whose next line would score higher as a headline.
    segment(
        "柳溪镇新修村道通车",
        "",
        "柳溪镇今年新修村道两条,村民出行方便了许多。如今镇上又请来园林队,在新路两旁栽",
        "",
        "【春耕】备耕忙",
        "",
        "柳溪镇农机下田",
        "",
        "柳溪镇的农机手们这几天把拖拉机开进了田里,农机下田比往年早了半个月。",
        "",
        "镇农技站的师傅挨家挨户检修农机,柳溪镇今年新添农机四十台。");

    assertThat(articles).extracting(Article::title).containsExactly("柳溪镇新修村道通车", "【春耕】备耕忙");
  }

  @Test
  void colonHeadlineOverItsEchoingDeckStillOpensAnArticle() throws IOException {
    // Adversarial: two short stories whose headlines share the colon shape; the second headline's
    // words recur in the deck and the lead under it, so it still opens an article.
    segment(
        "柳溪:三件难事在村口",
        "",
        "钱从哪里来,是柳溪各村最先碰到的难题。",
        "",
        "不过,转机也在这几年里悄悄出现。",
        "",
        "石桥镇:中蜂养殖户增收",
        "",
        "石桥镇中蜂养殖带富一方",
        "",
        "石桥镇今年的中蜂养殖户已有三十户,户均增收两万元。");

    assertThat(articles).extracting(Article::title).containsExactly("柳溪:三件难事在村口", "石桥镇:中蜂养殖户增收");
  }

  @Test
  void sectionOverADatelineThatGoesOnWithTheReportsTopicStaysInIt() throws IOException {
    // A long report reprints its earlier report under a heading and a dateline of its own; the
    // paragraphs just above are comment, but the lead goes on with the words the report kept
    // coming back to (the town, its tea gardens): one article (RECURRING_TOPIC_CJK).
    segmentAfter(
        TEA_REPORT,
        "青川县柳溪镇茶园的真相调查",
        "",
        "本报讯 杂志文章登出后,柳溪镇成了话题。记者来到柳溪镇,走进了山上的茶园。",
        "",
        "柳溪镇在青川县东部,最远的一片茶园要走一个多小时的山路。");

    assertThat(articles).extracting(Article::title).containsExactly("对一篇报道的再调查");
  }

  @Test
  void newStoryAfterALongReportThatSharesOnlyThePapersWordsStillOpensAnArticle() throws IOException {
    // Adversarial: the same report, then the paper's next story, on another village, with
    // nothing ending the report above it; it shares only everyday words (记者, 更多) with it.
    segmentAfter(
        TEA_REPORT,
        "石桥村渔港新码头启用",
        "",
        "本报讯 记者近日从石桥村获悉,今年新修的渔港码头已经启用,渔船进出方便多了。",
        "",
        "石桥村的渔民说,有了新码头,每天能多出一趟海,让更多人吃上新鲜的鱼。");

    assertThat(articles).extracting(Article::title).containsExactly("对一篇报道的再调查", "石桥村渔港新码头启用");
  }

  @Test
  void punHeadlineOverADeckThatRepeatsNoneOfItsWordsStillOpensAnArticle() throws IOException {
    // Adversarial: a headline whose words recur neither in its deck nor in its lead (a pun) is
    // stacked over a heading-shaped deck, as a section heading is; the story above closed on a
    // byline, so it still opens an article.
    segment(
        "Harbor Town Repaves Its Main Street",
        "",
        "Crews in Pellwick finished repaving the main street on Friday, two weeks ahead of plan.",
        "",
        "By Lena Marskog",
        "",
        "A Bridge Too Far",
        "",
        "Council turns down the ferry crossing plan",
        "",
        "The county council on Monday rejected a proposal to replace the Dunmore ferry with a"
            + " toll crossing, citing its cost.");

    assertThat(articles)
        .extracting(Article::title)
        .containsExactly("Harbor Town Repaves Its Main Street", "A Bridge Too Far");
  }

  @Test
  void headlineAfterAFinishedSectionStillOpensAnArticle() throws IOException {
    // Adversarial: text between the subheading and the line, then a closing byline, then a new
    // story under its own headline.
    segment(
        "柳溪镇修通环湖路",
        "",
        "柳溪镇地处湖区，道路养护任务较重。",
        "",
        "一、发动村民共同养护",
        "",
        "村民们自发组成了养护队，每周清扫一次路面。",
        "",
        "记者 韦青禾",
        "",
        "青石镇夜市重开",
        "",
        "入夜，青石镇老街亮起了灯，停了三年的夜市又热闹起来。");

    assertThat(articles).extracting(Article::title).containsExactly("柳溪镇修通环湖路", "青石镇夜市重开");
  }

  @Test
  void forcedDecisionOverridesTheScore() throws IOException {
    // The weight fit decides each candidate by the labelled truth: the same lines as above, whose
    // second headline scores above zero, stay one article when the decision says no.
    List<ArticleSegmenter.Candidate> seen = new ArrayList<>();
    ArticleSegmenter forced =
        new ArticleSegmenter(BYLINES, BoundaryScorer.shipped(), articles::add, seen::add, c -> false);
    feed(
        forced,
        "东岭村种茶",
        "",
        "东岭村今年种了三百亩茶树,村民们正在",
        "",
        "青石镇新桥通车",
        "",
        "记者 柳明川",
        "",
        "本报讯 青石镇新桥昨日通车,两岸村民出行更方便了。");

    assertThat(seen).singleElement().satisfies(c -> assertThat(c.decision().isBoundary()).isTrue());
    assertThat(articles).extracting(Article::title).containsExactly("东岭村种茶");
  }

  @Test
  void candidateWeighsACutLeadAsTheJoinedParagraphItBecomes() throws IOException {
    // The text output writes the lead joined; a second pass must weigh the line as the first did.
    ArticleSegmenter.Candidate cut = onlyCandidate(
        "据了解,今年报名参赛的选手中有", "", "不少外地跑友,青石县冬季长跑赛已成为县里的名片。");
    ArticleSegmenter.Candidate joined = onlyCandidate("据了解,今年报名参赛的选手中有不少外地跑友,青石县冬季长跑赛已成为县里的名片。");

    assertThat(cut.cues()).isEqualTo(joined.cues());
    assertThat(cut.cues().get(BoundaryCue.TITLE_IN_LEAD)).isPositive();
  }

  @Test
  void candidateReadsNoParagraphPastTheLookAheadWhenNoneIsCut() throws IOException {
    // Adversarial: a fourth paragraph that starts afresh is not read, however many of the line's
    // words it repeats.
    ArticleSegmenter.Candidate four =
        onlyCandidate("据了解,今年报名的选手中有不少外地跑友。", "", "青石县冬季长跑赛明年还办,青石县冬季长跑赛将设少年组。");
    ArticleSegmenter.Candidate three = onlyCandidate("据了解,今年报名的选手中有不少外地跑友。");

    assertThat(four.cues()).isEqualTo(three.cues());
  }

  @Test
  void lineOverARunOfCaptionsStaysInTheArticle() throws IOException {
    // A photo series: short captions, none a sentence; the one under the lead heads no body.
    segment(
        "柳溪村的春天",
        "",
        "渡口边的摆渡人",
        "",
        "收网归来的柳溪渔家女",
        "",
        "晒网",
        "",
        "守着老渔港的阿公",
        "",
        "渔港边长大的孩子们");

    assertThat(articles).extracting(Article::title).containsExactly("柳溪村的春天");
  }

  @Test
  void lineOverARunOfCaptionsThatEchoItStaysInTheArticle() throws IOException {
    // A line that shares no words with the article above, over captions that repeat its words:
    // the scorer alone reads them as the lead under a headline (1.2 with the shipped weights), but
    // a run of captions heads no body, whatever words it shares.
    segment(
        "白沙渡重新开渡",
        "",
        "停航两年的白沙渡昨日重新开渡,首班渡船载着四十多名乘客驶向对岸。",
        "",
        "老街夜市开张",
        "",
        "老街夜市开张了",
        "",
        "夜市上的老街小吃",
        "",
        "老街夜市的摊主们",
        "",
        "老街夜市的灯笼");

    assertThat(articles).extracting(Article::title).containsExactly("白沙渡重新开渡");
  }

  @Test
  void nameShapedCaptionInsideAPhotoSeriesIsNoByline() throws IOException {
    // 夏夜 ("summer night") also reads as a surname and a given name. Inside a run of captions it
    // is one more caption: it neither closes the article nor makes the caption above it a headline
    // with a credit under it.
    segment(
        "柳溪村的春天",
        "",
        "柳溪村今年春天来了不少游客,村里的渔家乐家家客满,村民的收入也多了。",
        "",
        "挑担过桥的老人",
        "",
        "夏夜",
        "",
        "晒网的渔家女",
        "",
        "渡口边的孩子们",
        "",
        "守着老码头的阿公");

    assertThat(articles).extracting(Article::title).containsExactly("柳溪村的春天");
    assertThat(articles.get(0).byline()).isNull();
    assertThat(Trace.of(articles).get(0)).contains("P[夏夜]");
  }

  @Test
  void bareNameAfterAShortLastLineBeforeAHeadlineStillClosesTheArticle() throws IOException {
    // Adversarial: the same name-shaped line after a short last line, but with a headline, its own
    // credit and a lead under it, is a closing byline, and the headline opens the next article.
    segment(
        "柳溪村的春天",
        "",
        "柳溪村今年春天来了不少游客,村里的渔家乐家家客满,村民的收入也多了。",
        "",
        "渡口边的孩子们",
        "",
        "韦青禾",
        "",
        "白沙渡重新开渡",
        "",
        "柳明川",
        "",
        "停航两年的白沙渡昨日重新开渡,首班渡船载着四十多名乘客驶向对岸。");

    assertThat(articles).extracting(Article::title).containsExactly("柳溪村的春天", "白沙渡重新开渡");
    assertThat(articles.get(0).byline().names()).containsExactly("韦青禾");
    assertThat(articles.get(1).byline().names()).containsExactly("柳明川");
  }

  @Test
  void bareNameUnderAHeadlineOverAPhotoSeriesIsItsCredit() throws IOException {
    // Adversarial: a closing byline, then a photo feature whose headline stands over its credit
    // and a run of captions. The article above is closed, so the name under the new headline is
    // that feature's credit, not one more caption; the headline and credit are kept.
    segment(
        "柳溪村的春天",
        "",
        "柳溪村今年春天来了不少游客,村里的渔家乐家家客满,村民的收入也多了。",
        "",
        "韦青禾",
        "",
        "渔港的夏天",
        "",
        "柳明川",
        "",
        "挑担过桥的老人",
        "",
        "晒网的渔家女",
        "",
        "渡口边的孩子们",
        "",
        "守着老码头的阿公");

    assertThat(articles).extracting(Article::title).containsExactly("柳溪村的春天", "渔港的夏天");
    assertThat(articles.get(0).byline().names()).containsExactly("韦青禾");
    assertThat(articles.get(1).byline().names()).containsExactly("柳明川");
    assertThat(Trace.of(articles).get(1))
        .contains("P[挑担过桥的老人]", "P[晒网的渔家女]", "P[渡口边的孩子们]", "P[守着老码头的阿公]");
  }

  @Test
  void captionThatSpellsANameInAnUntitledSeriesAfterAClosingBylineIsReadAsItsCredit() throws IOException {
    // The look-alike the caption-run rule gets wrong, pinned as it reads now: a closing byline,
    // then an untitled photo series whose second caption spells a name. It has the shape of
    // bareNameUnderAHeadlineOverAPhotoSeriesIsItsCredit (a headline over its photographer over
    // captions), which is kept: with the article above closed, the first caption is read as a
    // headline and the name-like caption as its credit. Nothing in the lines tells the two apart.
    segment(
        "石湾镇的秋天",
        "",
        "石湾镇今年秋天稻谷丰收,镇上的米厂日夜开工,农户的收入也涨了。",
        "",
        "欧明山",
        "",
        "扛着稻捆的大叔",
        "",
        "江雪",
        "",
        "晒谷场上的孩子",
        "",
        "田埂边的老黄牛",
        "",
        "收割机旁的姑娘");

    assertThat(articles).extracting(Article::title).containsExactly("石湾镇的秋天", "扛着稻捆的大叔");
    assertThat(articles.get(0).byline().names()).containsExactly("欧明山");
    assertThat(articles.get(1).byline().names()).containsExactly("江雪");
  }

  @Test
  void threeCharacterCaptionThatSpellsANameStaysACaptionOfItsSeries() throws IOException {
    // Adversarial: a caption of three Han characters that parses as a surname and a given name,
    // inside a photo series with no credit. Its length is no evidence of a credit: it stays a
    // caption, and no byline and no second article come of it.
    segment(
        "石湾镇的秋天",
        "",
        "石湾镇今年秋天稻谷丰收,镇上的米厂日夜开工,农户的收入也涨了。",
        "",
        "扛着稻捆的大叔",
        "",
        "林中雪",
        "",
        "晒谷场上的孩子",
        "",
        "田埂边的老黄牛",
        "",
        "收割机旁的姑娘");

    assertThat(articles).hasSize(1);
    assertThat(articles.get(0).byline()).isNull();
    assertThat(Trace.of(articles).get(0)).contains("P[林中雪]");
  }

  @Test
  void closingBylineAfterAShortLastLineOverAnUntitledPhotoSeriesIsReadAsACaption() throws IOException {
    // Known limit (README "Known limits"): a closing byline right after a short last line, over a
    // photo series with no title or credit of its own, has the shape of a name-like caption in a
    // series; nothing in the lines tells them apart, so the name is read as a caption.
    segment(
        "石湾镇的秋天",
        "",
        "石湾镇今年秋天稻谷丰收,镇上的米厂日夜开工,农户的收入也涨了。",
        "",
        "农户们盼着明年更好",
        "",
        "欧明山",
        "",
        "稻田的秋天",
        "",
        "扛着稻捆的大叔",
        "",
        "晒谷场上的孩子",
        "",
        "田埂边的老黄牛",
        "",
        "收割机旁的姑娘");

    assertThat(articles.get(0).byline()).isNull();
    assertThat(String.join(" ", Trace.of(articles))).contains("P[欧明山]");
  }

  @Test
  void lineOverCaptionsAndThenProseStillOpensAnArticle() throws IOException {
    // Adversarial: the same line with a sentence among the lines under it is weighed as before,
    // and a lead that repeats its words makes it a headline.
    segment(
        "柳溪村的春天",
        "",
        "渡口边的摆渡人",
        "",
        "收网归来的柳溪渔家女",
        "",
        "晒网",
        "",
        "本报讯 收网归来的柳溪渔家女今年组成了合作社,渔家女们的收入翻了一番。",
        "",
        "渔港边长大的孩子们");

    assertThat(articles).extracting(Article::title).containsExactly("柳溪村的春天", "收网归来的柳溪渔家女");
  }

  /** The candidate weighed first in an article on a village road, a line on a race and its lead ending in {@code last}. */
  private static ArticleSegmenter.Candidate onlyCandidate(String... last) throws IOException {
    List<ArticleSegmenter.Candidate> seen = new ArrayList<>();
    List<String> lines = new ArrayList<>(List.of(
        "柳溪镇新修村道", "", "柳溪镇今年新修村道两条,村民出行方便了。", "", "村道沿线还种了桂花树。", "",
        "青石县冬季长跑赛开跑", "", "昨日上午,八百余名选手在县体育场参赛。", "", "比赛全程十公里。", ""));
    lines.addAll(List.of(last));
    feed(new ArticleSegmenter(BYLINES, BoundaryScorer.shipped(), a -> {}, seen::add), lines.toArray(String[]::new));
    assertThat(seen).extracting(c -> c.block().text()).startsWith("青石县冬季长跑赛开跑");
    return seen.get(0);
  }

  @Test
  void teaserHeadlineEndingInEllipsisOpensItsArticleAndKeepsItsByline() throws IOException {
    segment(
        "东岭村种茶",
        "",
        "东岭村今年种了三百亩茶树,村民们正在",
        "",
        "【老报纸的故事】走近一张战地小报……",
        "",
        "记者 柳明川 韦青禾",
        "",
        "“一张小报传四方。”这句话说的是八十年前青石镇的一张战地小报。");

    assertThat(articles).extracting(Article::title).containsExactly("东岭村种茶", "【老报纸的故事】走近一张战地小报……");
    assertThat(articles.get(1).byline().names()).hasSize(2);
  }

  @Test
  void captionUnderItsPhotoStaysInTheArticle() throws IOException {
    // Adversarial: short, after a finished sentence and before longer text, like a headline; the
    // caption mark says it is a photo's caption.
    segment(
        "东岭村茶园开采",
        "",
        "记者 柳明川",
        "",
        "东岭村三百亩茶园昨日开采,村民们一早就上了山。",
        "",
        "图说:东岭村村民在茶园里采摘今年第一批春茶",
        "",
        "今年茶园的收成比去年好,村里请来了茶厂的师傅现场收购。");

    assertThat(articles).hasSize(1);
    assertThat(articles.get(0).title()).isEqualTo("东岭村茶园开采");
  }

  @Test
  void headlineOverAnAuthorLineOpensAnArticle() throws IOException {
    // The author line leaves the text as metadata; it still says a headline stands above it.
    feedWithMetadata(
        "东岭村茶园开采",
        "",
        "东岭村三百亩茶园昨日开采,村民们一早就上了山。",
        "",
        "今年茶园的收成比去年好,村里请来了茶厂的师傅现场收购。",
        "",
        "青石镇夜市重开",
        "",
        "作者:特约记者 柳明川 韦青禾",
        "",
        "入夜,青石镇老街亮起了灯,停了三年的夜市又热闹起来。");

    assertThat(articles).extracting(Article::title).containsExactly("东岭村茶园开采", "青石镇夜市重开");
    assertThat(articles.get(1).byline().names()).containsExactly("柳明川", "韦青禾");
  }

  @Test
  void headlineOverADeskCreditOpensAnArticle() throws IOException {
    // A desk's credit names nobody and leaves the text as metadata; like a byline, it says a
    // headline stands above it, even when both stories are about the same schools.
    feedWithMetadata(
        "Dunmore students rally for lower fees",
        "",
        "Hundreds of Dunmore College students rallied on the quad on Tuesday to ask for lower fees.",
        "",
        "The students said they would march again next week if the college board did not answer.",
        "",
        "Harbor School Board Hires Panel on Student Fees",
        "",
        "LEDGER STAFF WRITER",
        "",
        "The Harbor school board voted on Monday to hire a panel to advise the students and the board on fees.");

    assertThat(articles).extracting(Article::title)
        .containsExactly("Dunmore students rally for lower fees", "Harbor School Board Hires Panel on Student Fees");
  }

  @Test
  void headlineOverAWireLineOpensAnArticle() throws IOException {
    // A wire service's name under a line, with its place after a bar, stands where a byline does.
    segment(
        "Dunmore students rally for lower fees",
        "",
        "Hundreds of Dunmore College students rallied on the quad on Tuesday to ask for lower fees.",
        "",
        "The students said they would march again next week if the college board did not answer.",
        "",
        "Harbor students threaten to leave college over fees",
        "",
        "Press Trust of India  |  Harbor",
        "",
        "Students at Harbor College said on Monday they would leave the college if the fees rose again.");

    assertThat(articles).extracting(Article::title)
        .containsExactly(
            "Dunmore students rally for lower fees", "Harbor students threaten to leave college over fees");
  }

  @Test
  void subheadingOverASentenceNamingAnAgencyStaysInTheArticle() throws IOException {
    // Adversarial: the same line over running text that names an agency is no headline over a credit.
    segment(
        "Dunmore students rally for lower fees",
        "",
        "Hundreds of Dunmore College students rallied on the quad on Tuesday to ask for lower fees.",
        "",
        "The students said they would march again next week if the college board did not answer.",
        "",
        "Students threaten to leave college over fees",
        "",
        "Associated Press reported on Monday that the Dunmore students would leave the college over the fees.");

    assertThat(articles).extracting(Article::title).containsExactly("Dunmore students rally for lower fees");
  }

  @Test
  void subheadingOverATextLineStaysWhenNoAuthorLineFollows() throws IOException {
    // Adversarial: the same line with the article's text under it and no credit stays a subheading.
    feedWithMetadata(
        "东岭村茶园开采",
        "",
        "东岭村三百亩茶园昨日开采,村民们一早就上了山。",
        "",
        "今年茶园的收成比去年好,村里请来了茶厂的师傅现场收购。",
        "",
        "茶园的收成",
        "",
        "茶厂的师傅说,东岭村的春茶今年收成好,茶园的收购价也比去年高。");

    assertThat(articles).extracting(Article::title).containsExactly("东岭村茶园开采");
  }

  @Test
  void nameRepeatedOnLinesOfItsOwnIsASpeakerLabelNotAByline() throws IOException {
    segment(
        "# 荒地里种满了树",
        "",
        "柳溪村的村民柳明川给我们打来电话,说村里的一块荒地被种满了树,路都走不通了。",
        "",
        "柳明川",
        "",
        "柳明川说,荒地边上原来是一条小路,村民们都从这里去田里干活。",
        "",
        "柳明川",
        "",
        "柳明川说,村民们找过村委好几次,这条小路还是走不通。");

    assertThat(Trace.of(articles))
        .containsExactly(
            "H[荒地里种满了树] P[柳溪村的村民柳明川给我们打来电话,说村里的一块荒地被种满了树,路都走不通了。] P[柳明川]"
                + " P[柳明川说,荒地边上原来是一条小路,村民们都从这里去田里干活。] P[柳明川]"
                + " P[柳明川说,村民们找过村委好几次,这条小路还是走不通。]");
  }

  @Test
  void nameStandingOnceAfterTheTextStaysAClosingByline() throws IOException {
    // Adversarial: one bare name after the last paragraph is the writer's byline.
    segment(
        "# 荒地里种满了树",
        "",
        "柳溪村的一块荒地被种满了树,路都走不通了。",
        "",
        "村委说,下周就把小路清出来。",
        "",
        "柳明川");

    assertThat(Trace.of(articles))
        .containsExactly("H[荒地里种满了树] P[柳溪村的一块荒地被种满了树,路都走不通了。] P[村委说,下周就把小路清出来。] B[柳明川]");
  }

  @Test
  void englishHeadlineAfterArticleWithoutBylineStartsNewArticle() throws IOException {
    segment(
        "Library Extends Its Hours",
        "",
        "The library will stay open until nine from next week, the council said.",
        "",
        "Harbor town votes on new ferry",
        "",
        "NORTHPORT (AP) — Voters in the harbor town approved a new ferry on Tuesday.");

    assertThat(articles).extracting(Article::title)
        .containsExactly("Library Extends Its Hours", "Harbor town votes on new ferry");
  }

  @Test
  void shortLineWhoseNeighboursShareItsWordsStaysInTheArticle() throws IOException {
    // Adversarial: heading-shaped, but the text on both sides is about the same bridge.
    segment(
        "青石镇新桥通车",
        "",
        "青石镇新桥昨日通车,新桥连通了两岸的村子。",
        "",
        "新桥带来的变化",
        "",
        "新桥通车后,两岸村民去镇上只要十分钟,新桥也方便了孩子上学。");

    assertThat(articles).hasSize(1);
    assertThat(Trace.of(articles).get(0)).contains("h[新桥带来的变化]");
  }

  @Test
  void textAfterMidArticleCreditThatGoesOnWithItsWordsContinuesTheArticle() throws IOException {
    // A speaker's name between paragraphs reads as a byline; the text after it is the same story.
    segment(
        "# 新桥通车",
        "",
        "青石镇新桥昨日通车,新桥连通了两岸的村子。",
        "",
        "柳明川",
        "",
        "新桥通车后,两岸村民去镇上只要十分钟,新桥也方便了孩子上学。");

    assertThat(articles).hasSize(1);
  }

  @Test
  void textAfterClosingBylineOnAnotherTopicIsAnUntitledItem() throws IOException {
    // Adversarial to the test above: nothing shared across the byline, so a new item starts.
    segment("# 新桥通车", "", "青石镇新桥昨日通车。柳明川", "", "东岭村的茶园今年迎来丰收,茶农笑开了颜。");

    assertThat(articles).hasSize(2);
    assertThat(articles.get(1).title()).isNull();
  }

  @Test
  void cutParagraphWithFullStopInsideIsNoHeadline() throws IOException {
    // Adversarial: short and without a final stop, but a full stop and clauses inside.
    segment(
        "新桥通车",
        "",
        "青石镇新桥昨日通车,新桥连通了两岸的村子。",
        "",
        "茶叶丰收。东岭村茶农说",
        "",
        "今年的茶叶卖了好价钱,村里还办起了茶叶合作社,带动了三十户人家。");

    assertThat(articles).extracting(Article::title).containsExactly("新桥通车");
  }

  // In-text subheadings.

  @Test
  void numberedShortLineBetweenParagraphsIsSubheading() throws IOException {
    segment("# 全县推进河长制", "", "全县今年把河长制落到实处,各镇都设了河长。", "", "一、强化组织保障", "", "县里成立了专班,每月召开一次调度会。");

    assertThat(Trace.of(articles))
        .containsExactly("H[全县推进河长制] P[全县今年把河长制落到实处,各镇都设了河长。] h[一、强化组织保障] P[县里成立了专班,每月召开一次调度会。]");
  }

  @Test
  void numberedSubheadingInPlainDocumentIsNoHeadline() throws IOException {
    segment(
        "全县推进河长制", "", "全县今年把河长制落到实处,各镇都设了河长。", "", "", "", "一、强化组织保障", "", "县里成立了专班,每月召开一次调度会。");

    assertThat(Trace.of(articles))
        .containsExactly("H[全县推进河长制] P[全县今年把河长制落到实处,各镇都设了河长。] h[一、强化组织保障] P[县里成立了专班,每月召开一次调度会。]");
  }

  @Test
  void englishShortLineBetweenParagraphsIsSubheading() throws IOException {
    segment(
        "# Bridge Reopens",
        "",
        "The county bridge reopened on Monday after six months of repairs.",
        "",
        "What comes next",
        "",
        "The county board will vote on a second bridge in the spring.");

    assertThat(Trace.of(articles))
        .containsExactly(
            "H[Bridge Reopens] P[The county bridge reopened on Monday after six months of repairs.]"
                + " h[What comes next] P[The county board will vote on a second bridge in the"
                + " spring.]");
  }

  @Test
  void shortParagraphWithGluedBylineIsNoSubheading() throws IOException {
    // A sentence end inside the block, then names: the end of an article, not a heading.
    segment("# 标题", "", "第一段。", "", "活动持续到傍晚。王书 曹波", "", "图片新闻:湖面上白鹭成群,吸引不少市民驻足观看。");

    assertThat(Trace.of(articles))
        .containsExactly(
            "H[标题] P[第一段。] P[活动持续到傍晚。] B[王书 曹波]", "P[图片新闻:湖面上白鹭成群,吸引不少市民驻足观看。] {untitled}");
  }

  @Test
  void shortCutFragmentWithCommaIsNoSubheading() throws IOException {
    segment("# 全县推进河长制", "", "各镇都设了河长。", "", "今年以来,青川县", "", "持续推进河道整治,效果明显。");

    assertThat(Trace.of(articles))
        .containsExactly("H[全县推进河长制] P[各镇都设了河长。] P[今年以来,青川县] P[持续推进河道整治,效果明显。]");
  }

  @Test
  void shortLineAfterUnfinishedSentenceIsNoSubheading() throws IOException {
    segment("# 全县推进河长制", "", "全县今年把河长制落到实处,各镇", "", "都设了河长", "", "县里成立了专班,每月召开一次调度会。");

    assertThat(Trace.of(articles))
        .containsExactly("H[全县推进河长制] P[全县今年把河长制落到实处,各镇] P[都设了河长] P[县里成立了专班,每月召开一次调度会。]");
  }

  // Opening bylines.

  @Test
  void englishBylineRightAfterHeadlineOpensArticleWithoutClosingIt() throws IOException {
    segment(
        "# Bridge Reopens",
        "",
        "By Jane Porter and Luis Ortega",
        "",
        "The county bridge reopened on Monday after six months of repairs.",
        "",
        "Drivers said the detour had added twenty minutes to their trip.");

    assertThat(Trace.of(articles))
        .containsExactly(
            "H[Bridge Reopens] P[The county bridge reopened on Monday after six months of repairs.]"
                + " P[Drivers said the detour had added twenty minutes to their trip.]"
                + " B[By Jane Porter and Luis Ortega]");
  }

  @Test
  void englishBylineAfterPlainHeadlineOpensArticle() throws IOException {
    segment(
        "Bridge Reopens",
        "",
        "By A | Staff Writer",
        "",
        "The county bridge reopened on Monday after six months of repairs.",
        "",
        "Drivers said the detour had added twenty minutes to their trip.");

    assertThat(articles)
        .singleElement()
        .satisfies(
            article -> {
              assertThat(article.title()).isEqualTo("Bridge Reopens");
              assertThat(article.byline().roles()).containsExactly("Staff Writer");
              assertThat(article.body()).hasSize(2);
            });
  }

  @Test
  void englishBylineShorterThanPlainHeadlineOpensArticle() throws IOException {
    segment(
        "Council Approves New Budget for Schools",
        "",
        "By Ann Lee",
        "",
        "The county council approved a new school budget on Tuesday night.",
        "",
        "The vote was five to two.");

    assertThat(Trace.of(articles))
        .containsExactly(
            "H[Council Approves New Budget for Schools]"
                + " P[The county council approved a new school budget on Tuesday night.]"
                + " P[The vote was five to two.] B[By Ann Lee]");
  }

  @Test
  void englishBylineAfterBodyClosesArticle() throws IOException {
    segment(
        "# Bridge Reopens",
        "",
        "The county bridge reopened on Monday after six months of repairs.",
        "",
        "By Jane Porter",
        "",
        "A photo of geese on the frozen lake drew a crowd on Sunday morning.");

    assertThat(Trace.of(articles))
        .containsExactly(
            "H[Bridge Reopens] P[The county bridge reopened on Monday after six months of repairs.]"
                + " B[By Jane Porter]",
            "P[A photo of geese on the frozen lake drew a crowd on Sunday morning.] {untitled}");
  }

  // Spans and warnings.

  @Test
  void articleSpansItsHeadlineThroughItsLastBlock() throws IOException {
    segment("# 标题", "", "第一段。", "", "第二段讲了村里新修的三条路,方便了村民出行。王书 曹波", "", "图片新闻。史春雨 文/图");

    assertThat(articles)
        .extracting(Article::source)
        .containsExactly(SourceSpan.of(PATH, 1, 5), SourceSpan.of(PATH, 7, 7));
  }

  @Test
  void blockWarningsLandInTheirArticle() {
    Block broken =
        new Block(
            "第一段\uFFFD。",
            SourceSpan.of(PATH, 3, 3),
            1,
            1,
            Block.Markup.NONE,
            ImmutableList.of(
                new Warning("invalid-utf8", 3, "1 invalid UTF-8 sequence(s) replaced")));

    segmenter.accept(headline("标题", 1));
    segmenter.accept(broken);
    segmenter.endDocument();

    assertThat(articles.get(0).warnings()).extracting(Warning::line).containsExactly(3);
  }

  @Test
  void forgetsTheTermsOfADocumentAtItsEnd() {
    segmenter.accept(body("白沙渡重新开渡", 1));
    segmenter.accept(body("停航两年的白沙渡昨日重新开渡,首班渡船载着四十多名乘客驶向对岸。", 3));
    segmenter.accept(body("老街夜市开张", 5));
    segmenter.accept(body("县城老街夜市昨晚开张,八十多个摊位沿街排开,不少市民前来品尝小吃。", 7));
    segmenter.accept(body("新渡船由县航运公司购置,可载客六十人,每天往返十二个班次。", 9));
    for (int line = 11; line < 31; line += 2) {
      segmenter.accept(body("渡口两岸的村民早早赶来,不少老人说,这是他们盼了两年的一天。", line));
    }
    assertThat(segmenter.recentTerms().held()).isPositive();

    segmenter.endDocument();

    assertThat(segmenter.recentTerms().held()).isZero();
  }

  /** A long report (a heading, then comment on one town's tea gardens, nothing ending it). */
  private static final List<String> TEA_REPORT = List.of(
      "对一篇报道的再调查",
      "",
      "上个月,省城一家杂志登出一篇文章,称柳溪镇的茶园荒了。",
      "",
      "本报派出三名记者上山下村,看到的情形和文章说的并不一样。",
      "",
      "下面是记者看到的情况。",
      "",
      "青川县柳溪镇共有茶园一万二千亩,柳溪镇的茶农去年人均增收三千元。",
      "",
      "柳溪镇茶园里的茶农比往年更多,青川县还给柳溪镇修了一条运茶的路。",
      "",
      "一篇文章说错了,茶农们没有争辩,只是照常上山采茶,让更多人看到真实的样子。",
      "",
      "日子是干出来的,不是写出来的。",
      "",
      "说到底,看法要靠做事来改变。",
      "");

  /**
   * A report on a new road whose last paragraph breaks off, the rest of its sentence on a line of
   * its own ({@code 下香樟和桂花,五月底就能完}).
   */
  private static final List<String> CUT_ROAD_REPORT = List.of(
      "柳溪镇新修村道通车",
      "",
      "柳溪镇今年新修村道两条,村民出行方便了许多。镇里还请来施工队,把村口的老路拓宽了一倍。",
      "",
      "过去一到雨天,孩子上学要绕远路。如今镇上又请来园林队,在新路两旁栽",
      "",
      "下香樟和桂花,五月底就能完",
      "");

  /** Segments {@code report} followed by {@code lines}, as one document. */
  private void segmentAfter(List<String> report, String... lines) throws IOException {
    List<String> all = new ArrayList<>(report);
    all.addAll(List.of(lines));
    segment(all.toArray(String[]::new));
  }

  private void segment(String... lines) throws IOException {
    feed(segmenter, lines);
  }

  /** Reads {@code lines} as one document through the block reader into {@code target}. */
  private static void feed(ArticleSegmenter target, String... lines) throws IOException {
    byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    BlockReader reader =
        new BlockReader(new LineReader(new ByteArrayInputStream(bytes)), PATH, false);
    for (Block block = reader.next(); block != null; block = reader.next()) {
      target.accept(block);
    }
    target.endDocument();
  }

  /** As {@link #feed}, with each line that reads as a metadata line passed on as one. */
  private void feedWithMetadata(String... lines) throws IOException {
    MetadataLineParser parser = new MetadataLineParser();
    byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    BlockReader reader = new BlockReader(new LineReader(new ByteArrayInputStream(bytes)), PATH, false);
    for (Block block = reader.next(); block != null; block = reader.next()) {
      var parsed = parser.parse(block.text());
      segmenter.accept(
          parsed.isPresent()
              ? new MetadataBlock(
                  block,
                  parsed.get().metadata(),
                  parsed.get().authors(),
                  new Removal(RemovalReason.METADATA, block.span(), block.text(), null))
              : block);
    }
    segmenter.endDocument();
  }

  private static Block headline(String text, int line) {
    return Block.of(text, SourceSpan.of(PATH, line, line), 1).withText(text, Block.Markup.HEADLINE);
  }

  private static Block body(String text, int line) {
    return Block.of(text, SourceSpan.of(PATH, line, line), 1);
  }

  private static Removal duplicateAt(int line) {
    return new Removal(
        RemovalReason.DUPLICATE,
        SourceSpan.of(PATH, line, line),
        "重复的一段话。",
        SourceSpan.of("earlier.txt", 4, 4));
  }

  @Test
  void captionPhotoCreditInMidArticleDoesNotCloseIt() throws IOException {
    segment("# 标题", "", "渡口人流渐多。", "", "3月2日,溪口站 甘雨桐 摄", "", "往来船只也多了起来。");

    // The caption keeps its credit, as the paper prints it; the photographer is credited too.
    assertThat(Trace.of(articles))
        .containsExactly("H[标题] P[渡口人流渐多。] P[3月2日,溪口站 甘雨桐 摄] P[往来船只也多了起来。] B[甘雨桐 摄]");
  }

  @Test
  void captionCreditThatTheClosingBylineHoldsIsCreditedOnce() throws IOException {
    // The text output writes the merged byline last; read again, the caption must not add itself.
    segment("# 标题", "", "渡口人流渐多。", "", "3月2日,溪口站 甘雨桐 摄", "", "往来船只也多了起来。", "", "记者 韦青禾 甘雨桐 摄");

    assertThat(Trace.of(articles))
        .containsExactly(
            "H[标题] P[渡口人流渐多。] P[3月2日,溪口站 甘雨桐 摄] P[往来船只也多了起来。] B[记者 韦青禾 甘雨桐 摄]");
  }

  @Test
  void englishBylineEndingOnACommaUnderAHeadlineIsTheByline() throws IOException {
    // Adversarial to the cut-clause rule, which holds for Chinese marks only.
    segment("# Ferry returns to Marrow Isle", "", "By Nora Quillfeather,", "", "The ferry ran again on Monday after a month.");

    assertThat(articles.get(0).byline().names()).containsExactly("Nora Quillfeather");
    assertThat(articles.get(0).body().get(0).text()).isEqualTo("The ferry ran again on Monday after a month.");
  }

  @Test
  void bylineReadFromCaptionsOnlyIsMarkedSo() throws IOException {
    segment("# 老街夜市", "", "▲夜市开张当晚的老街 柯远航 摄", "", "夜市每晚开到十点。", "", "摊主们说,生意比预想的好。");

    assertThat(articles.get(0).byline().text()).isEqualTo("柯远航 摄");
    assertThat(articles.get(0).byline().inCaptions()).isTrue();
  }

  @Test
  void closingCreditLineThatRepeatsACaptionsCreditIsNotFromCaptions() throws IOException {
    // The closing line was taken out of the text: dropping the byline would lose it.
    segment("# 老街夜市", "", "▲夜市开张当晚的老街 柯远航 摄", "", "夜市每晚开到十点。", "", "摊主们说,生意比预想的好。", "", "柯远航 摄");

    assertThat(articles.get(0).byline().text()).isEqualTo("柯远航 摄");
    assertThat(articles.get(0).byline().inCaptions()).isFalse();
  }

  @Test
  void closingLineOfTwoCreditsUnderACutParagraphIsTheByline() throws IOException {
    // The text output writes a byline merged from an author line and a caption's credit as one
    // last line; read again, it must stay the byline, not a caption the cut paragraph joins.
    segment(
        "溪口新桥通车",
        "",
        "▲新桥通车典礼,溪口社发 甘雨桐 摄",
        "",
        "他的作品张弛有度,",
        "",
        "韦青禾、柳明川、江小帆 溪口社发 甘雨桐 摄");

    assertThat(Trace.of(articles))
        .containsExactly(
            "H[溪口新桥通车] P[▲新桥通车典礼,溪口社发 甘雨桐 摄] P[他的作品张弛有度,] B[韦青禾、柳明川、江小帆 溪口社发 甘雨桐 摄]");
  }

  @Test
  void captionWithItsCreditUnderACutParagraphStaysACaption() throws IOException {
    // Adversarial: a caption's words before the credit keep the line a paragraph.
    segment("溪口新桥通车", "", "他的作品张弛有度,", "", "村民在新桥上合影 甘雨桐 摄");

    assertThat(Trace.of(articles))
        .containsExactly("H[溪口新桥通车] P[他的作品张弛有度,] P[村民在新桥上合影 甘雨桐 摄] B[甘雨桐 摄]");
  }

  @Test
  void captionCreditThatNoOtherBylineHoldsStaysInTheByline() throws IOException {
    // Adversarial: another photographer, or a closing byline without the caption's credit.
    segment("# 标题", "", "渡口人流渐多。", "", "3月2日,溪口站 甘雨桐 摄", "", "往来船只也多了起来。", "", "记者 韦青禾");

    assertThat(Trace.of(articles))
        .containsExactly(
            "H[标题] P[渡口人流渐多。] P[3月2日,溪口站 甘雨桐 摄] P[往来船只也多了起来。] B[甘雨桐 摄 记者 韦青禾]");
  }

  @Test
  void captionOpeningWithPhotoCreditDoesNotCloseArticle() throws IOException {
    segment("# 标题", "", "渡口人流渐多。", "", "图为溪口大桥。 甘雨桐 摄", "", "往来船只也多了起来。");

    assertThat(articles).hasSize(1);
  }

  @Test
  void writerOrPhotoCreditAfterLastSentenceStillClosesArticle() throws IOException {
    segment("# 标题", "", "渡口人流渐多。甘雨桐 文/图", "", "往来船只也多了起来。");
    segment("# 标题", "", "志愿者贡献了力量。甘雨桐 沈牧之 摄", "", "往来船只也多了起来。");

    assertThat(articles).hasSize(4);
  }

  @Test
  void sectionLeadInTableCellAndLetterSignOffDoNotCloseArticle() throws IOException {
    segment("# 标题", "", "镇里新修了三条路。", "", "溪口社:", "", "一、春耕", "", "村民忙着春耕。", "", "沈阳", "", "大家都很高兴。");
    segment("# Dear Ann", "", "My neighbor plays drums at night. What should I do? — Worried Reader", "", "Talk to him first.");

    assertThat(articles).hasSize(2);
  }
}
