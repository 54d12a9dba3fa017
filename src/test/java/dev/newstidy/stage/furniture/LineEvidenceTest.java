package dev.newstidy.stage.furniture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineEvidenceTest {
  private final LineEvidence evidence = LineEvidence.load();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "青石镇新桥昨日正式通车,沿线三个村的村民出行从此方便了许多。",
        "The council voted on Tuesday to close the old bridge for repairs.",
        "區議會昨日通過決議,在舊碼頭旁興建一座新的渡輪候船亭,預計明年夏天落成。"
      })
  void readsRunningTextAsProse(String line) {
    assertThat(evidence.isProse(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "首页新闻中心本地新闻图片中心专题报道视频直播",
        "Home News Sports Weather Opinion Obituaries Contact Us",
        "青石镇新桥通车",
        "Comments closed."
      })
  void aMenuOrAHeadlineIsNotProse(String line) {
    assertThat(evidence.isProse(line)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-03-02 10:30", "2024年3月2日 星期六", "Friday, 8th March 2024, 9:15 am", "[March 2, 2024]"})
  void readsDateLines(String line) {
    assertThat(evidence.isDateLine(line)).isTrue();
  }

  @Test
  void aSentenceWithADateIsNoDateLine() {
    assertThat(evidence.isDateLine("On March 2, 2024 the bridge opened to traffic.")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"扫一扫", "分享到:", "Advertisement", "Share: Facebook / Twitter", "Harbor Courier Top Stories", "免责声明"})
  void readsLexiconPhrasesAsChrome(String line) {
    assertThat(evidence.isChromeLine(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Share prices fell sharply on Monday", "分享经济带来新机遇", "Home owners face new tax"})
  void aHeadlineThatOpensWithALexiconWordIsNotChrome(String line) {
    assertThat(evidence.isChromeLine(line)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"首页 > 新闻 > 本地", "www.example-courier.com", "第03版:要闻", "总监制:某某人"})
  void readsChromeShapes(String line) {
    assertThat(evidence.hasChromeShape(line)).isTrue();
  }

  @Test
  void headlineShape() {
    assertThat(evidence.hasHeadlineShape("青石镇新桥通车")).isTrue();
    assertThat(evidence.hasHeadlineShape("Council backs plan to rebuild the old ferry pier")).isTrue();
    assertThat(evidence.hasHeadlineShape("您的位置:首页 > 新闻")).isFalse();
    assertThat(evidence.hasHeadlineShape("2024年03月02日 第03版")).isFalse();
    assertThat(evidence.hasHeadlineShape("“我们会一直走下去,”老支书说;")).isFalse();
  }

  @Test
  void aHeadlineMayHoldOnePipeBeforeAHeadlineButNotBetweenTwoNames() {
    assertThat(evidence.hasHeadlineShape("老报人说|创刊之初,我们去邻市取经")).isTrue();
    assertThat(evidence.hasHeadlineShape("Spotlight | Council backs plan to rebuild the old pier")).isTrue();
    assertThat(evidence.hasHeadlineShape("临江彩票|临江彩票")).isFalse();
    assertThat(evidence.hasHeadlineShape("The Harbor Courier | example.com")).isFalse();
    assertThat(evidence.hasHeadlineShape("——记青石镇的护河人")).isFalse();
  }

  @Test
  void aHeadlineWithAColonIsNoField() {
    assertThat(evidence.hasChromeShape("青石镇:新桥通车带活一方经济")).isFalse();
    assertThat(evidence.hasChromeShape("出版:更新:")).isTrue();
    assertThat(evidence.hasChromeShape("2024年03月02日 10:30 | 来源:临江日报")).isTrue();
  }

  @Test
  void creditAndDateLines() {
    assertThat(evidence.isCreditOrDateLine("March 2, 2024 | By JANE MORROW")).isTrue();
    assertThat(evidence.isCreditOrDateLine("临江日报记者 某某")).isTrue();
    assertThat(evidence.isCreditOrDateLine("临江社/ 江州2日电")).isTrue();
    assertThat(evidence.isCreditOrDateLine("Council backs plan to rebuild the old ferry pier")).isFalse();
  }

  @Test
  void textLikeLines() {
    assertThat(evidence.isTextLike("老支书回忆说,")).isTrue();
    assertThat(evidence.isTextLike("and the council said it would")).isTrue();
    assertThat(evidence.isTextLike("Top Stories")).isFalse();
    assertThat(evidence.isTextLike("首页 | 新闻")).isFalse();
  }

  @Test
  void headlineDropsBulletAndDecoration() {
    assertThat(LineEvidence.headline("• 青石镇新桥通车")).isEqualTo("青石镇新桥通车");
    assertThat(LineEvidence.headline("青石镇新桥通车******")).isEqualTo("青石镇新桥通车");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Jane Morrow", "Jane Q. Morrow", "Mary-Ann O'Neill"})
  void readsBareNamesAsNameShaped(String line) {
    assertThat(LineEvidence.isNameShaped(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Council Backs The Plan", "Storm Hits Coast Towns Again Today", "Jane", "jane morrow", "青石镇新桥通车"})
  void doesNotReadHeadlinesOrSingleWordsAsNames(String line) {
    assertThat(LineEvidence.isNameShaped(line)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"更多本地新闻", "更多臨江新聞一", "延伸阅读", "相关文章:编辑推荐 新桥通车 (20:19) 老街改造完工 猜你喜欢"})
  void readsHeadingsOfStoryListsAsOpeningThem(String line) {
    assertThat(evidence.opensStoryList(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"相关新闻报道称,新桥将于明年通车。", "相关文章:新桥通车了。村民很高兴。", "更多的村民选择了新路线", "推荐"})
  void doesNotReadSentencesAboutNewsAsStoryListHeadings(String line) {
    assertThat(evidence.opensStoryList(line)).isFalse();
  }
}
