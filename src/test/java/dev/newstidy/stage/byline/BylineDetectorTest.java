package dev.newstidy.stage.byline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newstidy.model.Byline;
import dev.newstidy.model.Credit;
import dev.newstidy.model.CreditKind;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BylineDetectorTest {
  private final BylineDetector detector = new BylineDetector(ChineseNames.load());

  // A line of credits only.

  @Test
  void roleBeforeANameIsKnownWhateverTheRole() {
    assertThat(BylineDetector.endsWithARole("本报讯(通讯员")).isTrue();
    assertThat(BylineDetector.endsWithARole("本报记者")).isTrue();
    assertThat(BylineDetector.endsWithARole("實習生")).isTrue();
    assertThat(BylineDetector.endsWithARole("图为展厅一角 摄影")).isTrue();
    assertThat(BylineDetector.endsWithARole("责任编辑")).isTrue();
    // Adversarial: a post or a word that only ends like a role is no credit.
    assertThat(BylineDetector.endsWithARole("县委书记")).isFalse();
    assertThat(BylineDetector.endsWithARole("市民")).isFalse();
    assertThat(BylineDetector.endsWithARole("记者们说")).isFalse();
    assertThat(BylineDetector.endsWithARole("")).isFalse();
  }

  @Test
  void lineOfTwoCreditsIsOneByline() {
    // Names, then a caption's photo credit; a photo credit, then a bracketed reporter.
    Byline names = detector.parseCreditLine("韦青禾、柳明川、江小帆 溪口社发 甘雨桐 摄").orElseThrow();
    Byline photo = detector.parseCreditLine("甘雨桐   沈牧之   摄 〔記者韋青禾／溪口報導〕").orElseThrow();

    assertThat(names.text()).isEqualTo("韦青禾、柳明川、江小帆 溪口社发 甘雨桐 摄");
    assertThat(names.names()).contains("韦青禾", "柳明川", "江小帆", "甘雨桐");
    assertThat(photo.text()).isEqualTo("甘雨桐   沈牧之   摄 〔記者韋青禾／溪口報導〕");
    assertThat(photo.names()).contains("甘雨桐", "沈牧之", "韋青禾");
  }

  @Test
  void lineOfTwoCreditsWithNoSpaceBetweenIsKeptAsWritten() {
    Byline glued = detector.parseCreditLine("甘雨桐 沈牧之 攝〔記者韋青禾／溪口報導〕").orElseThrow();

    assertThat(glued.text()).isEqualTo("甘雨桐 沈牧之 攝〔記者韋青禾／溪口報導〕");
    assertThat(glued.names()).contains("甘雨桐", "沈牧之", "韋青禾");
  }

  @Test
  void captionOrSentenceBeforeACreditIsNoCreditLine() {
    // Adversarial: text before the glued credit keeps the line a caption or a paragraph.
    assertThat(detector.parseCreditLine("村民在新桥上合影 甘雨桐 摄")).isEmpty();
    assertThat(detector.parseCreditLine("志愿者贡献了力量。甘雨桐 沈牧之 摄")).isEmpty();
    assertThat(detector.parseCreditLine("溪口的调查,〔記者韋青禾／溪口報導〕")).isEmpty();
  }

  // Glued after the last sentence of a block.

  @Test
  void splitsNamesGluedAfterLastSentence() {
    BylineDetector.Split split = detector.findTrailing("会后大家合影留念,老周说道。王书 曹波").orElseThrow();

    assertThat(split.body()).isEqualTo("会后大家合影留念,老周说道。");
    assertThat(split.byline().text()).isEqualTo("王书 曹波");
    assertThat(split.byline().names()).containsExactly("王书", "曹波");
  }

  @Test
  void appliesRoleAfterNamesToEachOfThem() {
    BylineDetector.Split split = detector.findTrailing("河道保持清澈,离不开日常巡查。史春雨 秦海 文/图").orElseThrow();

    assertThat(split.byline().names()).containsExactly("史春雨", "秦海");
    assertThat(split.byline().roles()).containsExactly("文/图");
    assertThat(split.byline().credits()).extracting(Credit::role).containsExactly("文/图", "文/图");
  }

  @Test
  void clauseListingBodiesAfterASentenceIsNoCredit() {
    assertThat(detector.findTrailing("3月5日,全县春耕现场会在青石镇召开。来自县文旅局、交通局、水利局")).isEmpty();
  }

  @Test
  void captionsLastSentenceAfterASentenceIsNoCredit() {
    // …。图为妞妞在敬老院 ("the photo shows Niuniu at the care home") ends on 院 as a body's name
    // does; the caption's opener says it is what the photo shows.
    assertThat(detector.findTrailing("溪口县关注留守儿童,妞妞一家的难处牵动了不少读者。图为妞妞在敬老院")).isEmpty();
    // Adversarial: a body's credit glued after the same sentence still reads.
    assertThat(detector.findTrailing("溪口县关注留守儿童,妞妞一家的难处牵动了不少读者。溪口县敬老院"))
        .hasValueSatisfying(split -> assertThat(split.byline().names()).containsExactly("溪口县敬老院"));
  }

  @Test
  void sentenceThatMentionsAReporterIsNoGluedCredit() {
    assertThat(detector.findTrailing("老站长接受了记者 甘雨桐 的采访")).isEmpty();
    assertThat(detector.findTrailing("村民们围着记者 甘雨桐 拍摄")).isEmpty();
  }

  @Test
  void readsOrganisationCredit() {
    BylineDetector.Split split = detector.findTrailing("她表示。海工宣").orElseThrow();

    assertThat(split.byline().credits())
        .extracting(Credit::name, Credit::kind)
        .containsExactly(tuple("海工宣", CreditKind.ORGANISATION));
  }

  @Test
  void agencyAloneGluedAfterASentenceStaysInTheText() {
    // A caption's photo source: the agency alone credits no reporter or photographer.
    assertThat(detector.findTrailing("青石鎮鎮長林小禾（圖）出席開幕式。中央社")).isEmpty();
    assertThat(detector.findTrailing("新桥昨日通车。新华社")).isEmpty();
    // Adversarial: an agency with its reporter, and an organisation, still credit someone.
    assertThat(detector.findTrailing("新桥昨日通车。新华社 王明").orElseThrow().byline().names())
        .containsExactly("新华社", "王明");
    assertThat(detector.findTrailing("她表示。海工宣")).isPresent();
  }

  @Test
  void readsParenthesisedNamesAfterLastSentence() {
    BylineDetector.Split split = detector.findTrailing("村民纷纷表示满意。(李红、赵明)").orElseThrow();

    assertThat(split.body()).isEqualTo("村民纷纷表示满意。");
    assertThat(split.byline().text()).isEqualTo("(李红、赵明)");
    assertThat(split.byline().names()).containsExactly("李红", "赵明");
  }

  @Test
  void readsPrefixRolesForEachName() {
    BylineDetector.Split split = detector.findTrailing("展会将持续三天。记者 王明 通讯员 李红").orElseThrow();

    assertThat(split.byline().credits())
        .extracting(Credit::name, Credit::role)
        .containsExactly(tuple("王明", "记者"), tuple("李红", "通讯员"));
  }

  @Test
  void readsPhotoCreditGluedToName() {
    BylineDetector.Split split = detector.findTrailing("湖面上白鹭成群。王明摄").orElseThrow();

    assertThat(split.body()).isEqualTo("湖面上白鹭成群。");
    assertThat(split.byline().credits())
        .extracting(Credit::name, Credit::role, Credit::kind)
        .containsExactly(tuple("王明", "摄", CreditKind.PERSON));
  }

  @Test
  void readsConfidentLoneName() {
    BylineDetector.Split split = detector.findTrailing("活动持续到傍晚。史园").orElseThrow();

    assertThat(split.byline().names()).containsExactly("史园");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "今年累计走访独居老人二十余户。典型示", // 示 is no name character: a cut word
        "各项准备工作已经完成。全国", // 全 opens everyday words: a cut 全国…
        "镇里今年推行“千村百业”职业", // no sentence before the candidate
        "全镇今年新建便民桥27座。各村", // 各 is no surname
        "他在会上这样表示。由此", // 此 is no name character
        "他说:“我们会继续努力。”", // a quotation ends the block
        "村里新修了三条路。", // nothing after the last sentence
        "没有任何句号的一段话", // no sentence at all
      })
  void findsNoBylineInNameLikeFragment(String text) {
    assertThat(detector.findTrailing(text)).isEmpty();
  }

  @Test
  void findsNoBylineWhenTailHasWordThatIsNoName() {
    assertThat(detector.findTrailing("会议结束。王书 参观")).isEmpty();
  }

  @Test
  void findsNoParenthesisedBylineWithoutSentenceBeforeIt() {
    assertThat(detector.findTrailing("各县(市、区)")).isEmpty();
    assertThat(detector.findTrailing("全镇的李红(赵明)")).isEmpty();
  }

  // A whole block that is a byline.

  @Test
  void textThatStopsInsideAListOfNamesIsReadAsCut() {
    // the last item is one character, every item between the first and it three
    assertThat(BylineDetector.endsInsideAList("从左至右依次为林一舟、许晴雯、何川东、邵")).isTrue();
    // adversarial: items of one length, too few items to tell, a last item that is the longest,
    // and a list in an earlier clause
    assertThat(BylineDetector.endsInsideAList("菜市场里有鸡、鸭、鱼、肉")).isFalse();
    assertThat(BylineDetector.endsInsideAList("他买了苹果、香蕉、梨")).isFalse();
    assertThat(BylineDetector.endsInsideAList("走过北园巷、南园巷、西园巷和东门口")).isFalse();
    assertThat(BylineDetector.endsInsideAList("合影的有林一舟、许晴雯、何川东、邵明远。照片摄于")).isFalse();
    assertThat(BylineDetector.endsInsideAList("依次为林一舟、许晴雯、何川东、")).isFalse();
  }

  @Test
  void listTailCutByAPageBreakIsNoByline() {
    // a caption's list of names, cut by a page break: the block after the cut opens with a comma
    assertThat(detector.parseWhole("、林一舟、许晴、何川、邵明远")).isEmpty();
    assertThat(detector.parseWhole(",林一舟、许晴")).isEmpty();
    // the same names as a list of their own are a byline
    assertThat(detector.parseWhole("林一舟、许晴、何川、邵明远").orElseThrow().names())
        .containsExactly("林一舟", "许晴", "何川", "邵明远");
    // adversarial: English credits may end on a half-width comma or semicolon
    assertThat(detector.parseWhole("By Nora Quillfeather,").orElseThrow().names()).containsExactly("Nora Quillfeather");
    assertThat(detector.parseWhole("Reuters;")).isPresent();
  }

  @Test
  void clauseCutAfterASentenceIsNoGluedCredit() {
    // an organisation-shaped clause that a page break cut after its enumeration comma
    assertThat(detector.findTrailing("溪口镇开展了清扫活动。队员们走进村委会、")).isEmpty();
    assertThat(detector.parseWhole("队员们走进村委会、")).isEmpty();
    // the same organisation as a credit glued after the sentence still reads
    assertThat(detector.findTrailing("溪口镇开展了清扫活动。溪口镇宣传办").orElseThrow().byline().names())
        .containsExactly("溪口镇宣传办");
    // adversarial: an English credit glued after a sentence may end on a comma
    assertThat(detector.findTrailing("The ferry to Marrow Isle ran again on Monday. By Nora Quillfeather,")
            .orElseThrow().byline().names())
        .containsExactly("Nora Quillfeather");
  }

  @Test
  void readsWholeBlockOfNamesWithRole() {
    Byline byline = detector.parseWhole("史春雨 秦海 文/图").orElseThrow();

    assertThat(byline.text()).isEqualTo("史春雨 秦海 文/图");
    assertThat(byline.names()).containsExactly("史春雨", "秦海");
    assertThat(byline.roles()).containsExactly("文/图");
  }

  @Test
  void readsWholeBlockWithSpacedRoleSlash() {
    assertThat(detector.parseWhole("史春雨 文 / 图").orElseThrow().roles()).containsExactly("文/图");
  }

  @Test
  void readsWholeParenthesisedBlock() {
    assertThat(detector.parseWhole("(李红、赵明)").orElseThrow().names()).containsExactly("李红", "赵明");
    assertThat(detector.parseWhole("（李红、赵明）").orElseThrow().names()).containsExactly("李红", "赵明");
  }

  @Test
  void readsWholeBlockWithRolesBeforeNames() {
    Byline byline = detector.parseWhole("记者 王明 通讯员 李红").orElseThrow();

    assertThat(byline.credits())
        .extracting(Credit::name, Credit::role)
        .containsExactly(tuple("王明", "记者"), tuple("李红", "通讯员"));
  }

  @Test
  void readsWholeBlockWithGluedPhotoRole() {
    assertThat(detector.parseWhole("王明摄").orElseThrow().credits())
        .extracting(Credit::name, Credit::role)
        .containsExactly(tuple("王明", "摄"));
  }

  @Test
  void readsWholeOrganisationBlock() {
    assertThat(detector.parseWhole("海工宣").orElseThrow().credits())
        .extracting(Credit::kind)
        .containsExactly(CreditKind.ORGANISATION);
  }

  @Test
  void readsAgencyCreditBeforeRoleAndName() {
    assertThat(detector.parseWhole("新华社 记者 王明").orElseThrow().credits())
        .extracting(Credit::name, Credit::role, Credit::kind)
        .containsExactly(
            tuple("新华社", null, CreditKind.AGENCY), tuple("王明", "记者", CreditKind.PERSON));
  }

  @Test
  void readsEnglishBylineWithTwoNames() {
    Byline byline = detector.parseWhole("By Jane Porter and Luis Ortega").orElseThrow();

    assertThat(byline.names()).containsExactly("Jane Porter", "Luis Ortega");
    assertThat(byline.credits()).extracting(Credit::kind).containsOnly(CreditKind.PERSON);
  }

  @Test
  void readsEnglishBylineWithCommasAndAmpersand() {
    assertThat(
            detector.parseWhole("BY Ann Lee, Tom Reyes & Mary-Kate O'Neil").orElseThrow().names())
        .containsExactly("Ann Lee", "Tom Reyes", "Mary-Kate O'Neil");
  }

  @Test
  void readsEnglishRoleAfterBar() {
    Byline byline = detector.parseWhole("By A | Staff Writer").orElseThrow();

    assertThat(byline.credits())
        .extracting(Credit::name, Credit::role)
        .containsExactly(tuple("A", "Staff Writer"));
  }

  @Test
  void readsEnglishAgencyByline() {
    assertThat(detector.parseWhole("By Reuters").orElseThrow().credits())
        .extracting(Credit::kind)
        .containsExactly(CreditKind.AGENCY);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "By the river, the county built a park.",
        "By Monday the road was open.",
        "What comes next",
        "全国",
        "他说:“我们会继续努力。”",
        "王书 参观",
        "By A |",
      })
  void readsNoWholeBylineFromOrdinaryText(String text) {
    assertThat(detector.parseWhole(text)).isEmpty();
  }

  // Outlets, ranks and combined roles.

  @Test
  void readsOutletAndRankGluedBeforeName() {
    Byline byline = detector.parseWhole("晚报首席记者王明 通讯员李红").orElseThrow();

    assertThat(byline.credits())
        .extracting(Credit::name, Credit::role, Credit::kind)
        .containsExactly(
            tuple("王明", "晚报首席记者", CreditKind.PERSON), tuple("李红", "通讯员", CreditKind.PERSON));
  }

  @Test
  void readsOutletAndRankGluedAfterLastSentence() {
    BylineDetector.Split split = detector.findTrailing("灯会将持续到正月十五。晚报首席记者王明 通讯员李红").orElseThrow();

    assertThat(split.body()).isEqualTo("灯会将持续到正月十五。");
    assertThat(split.byline().names()).containsExactly("王明", "李红");
    assertThat(split.byline().roles()).containsExactly("晚报首席记者", "通讯员");
  }

  @Test
  void readsRoleWithColonForEveryNameAfterIt() {
    Byline byline = detector.parseWhole("全媒体记者:王明 李红").orElseThrow();

    assertThat(byline.credits())
        .extracting(Credit::name, Credit::role)
        .containsExactly(tuple("王明", "全媒体记者"), tuple("李红", "全媒体记者"));
    assertThat(detector.parseWhole("全媒体记者：王明 李红").orElseThrow().names())
        .containsExactly("王明", "李红");
  }

  @Test
  void readsRolesBeforeAndAfterName() {
    Byline byline = detector.parseWhole("记者 王明 文/图").orElseThrow();

    assertThat(byline.names()).containsExactly("王明");
    assertThat(byline.roles()).containsExactly("记者", "文/图");
  }

  @Test
  void readsAgencyReporterWithPhotoRole() {
    Byline byline = detector.parseWhole("新华社记者 王明 摄").orElseThrow();

    assertThat(byline.names()).containsExactly("新华社", "王明");
    assertThat(byline.roles()).contains("新华社记者", "摄");
    assertThat(byline.credits())
        .extracting(Credit::name, Credit::kind)
        .containsExactly(tuple("新华社", CreditKind.AGENCY), tuple("王明", CreditKind.PERSON));
  }

  @Test
  void readsTraditionalPhotoCreditWithRoleBefore() {
    Byline byline = detector.parseWhole("記者 羅曉琳 攝").orElseThrow();

    assertThat(byline.names()).containsExactly("羅曉琳");
    assertThat(byline.roles()).containsExactly("記者", "攝");
  }

  @Test
  void readsSlashedRoleGluedToNameInBrackets() {
    Byline byline = detector.parseWhole("(林曉/圖文)").orElseThrow();

    assertThat(byline.credits())
        .extracting(Credit::name, Credit::role, Credit::kind)
        .containsExactly(tuple("林曉", "圖文", CreditKind.PERSON));
  }

  @Test
  void readsSlashedRoleGluedAfterLastSentence() {
    BylineDetector.Split split = detector.findTrailing("漁港今年擴建完成。（林曉/圖文）").orElseThrow();

    assertThat(split.body()).isEqualTo("漁港今年擴建完成。");
    assertThat(split.byline().names()).containsExactly("林曉");
  }

  @Test
  void readsOrganisationThatSuppliedText() {
    BylineDetector.Split split = detector.findTrailing("活动吸引了两百多名居民参加。(区文明办供稿)").orElseThrow();

    assertThat(split.body()).isEqualTo("活动吸引了两百多名居民参加。");
    assertThat(split.byline().credits())
        .extracting(Credit::name, Credit::role, Credit::kind)
        .containsExactly(tuple("区文明办", "供稿", CreditKind.ORGANISATION));
    assertThat(detector.parseWhole("(区文明办供稿)").orElseThrow().names()).containsExactly("区文明办");
  }

  // English credits on their own line.

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"— Reuters", "-- Associated Press", "– AP", "- Reuters"})
  void readsAgencyAfterDash(String text) {
    Byline byline = detector.parseWhole(text).orElseThrow();

    assertThat(byline.text()).isEqualTo(text);
    assertThat(byline.credits()).extracting(Credit::kind).containsExactly(CreditKind.AGENCY);
  }

  @Test
  void readsPersonAfterDash() {
    assertThat(detector.parseWhole("— Jane Porter").orElseThrow().credits())
        .extracting(Credit::name, Credit::kind)
        .containsExactly(tuple("Jane Porter", CreditKind.PERSON));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"From staff and wire reports", "From wire reports", "Staff and wire reports."})
  void readsStaffAndWireReportsAsOrganisation(String text) {
    assertThat(detector.parseWhole(text).orElseThrow().credits())
        .extracting(Credit::kind)
        .containsExactly(CreditKind.ORGANISATION);
  }

  @Test
  void readsRoleAfterCommaOfEnglishByline() {
    Byline byline = detector.parseWhole("By Thomas Reed, Managing Editor").orElseThrow();

    assertThat(byline.names()).containsExactly("Thomas Reed");
    assertThat(byline.roles()).containsExactly("Managing Editor");
  }

  @Test
  void readsRoleAfterCommaOfLastOfSeveralNames() {
    Byline byline = detector.parseWhole("By Ann Lee and Tom Reyes, Staff Writers").orElseThrow();

    assertThat(byline.names()).containsExactly("Ann Lee", "Tom Reyes");
    assertThat(byline.roles()).containsExactly("Staff Writers");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "— the end",
        "— Tom",
        "-- 12 dead",
        "From the archives",
        "Wire transfer reports are due."
      })
  void readsNoCreditFromOtherDashedOrReportLines(String text) {
    assertThat(detector.parseWhole(text)).isEmpty();
  }

  @Test
  void readsAnAgencyCreditGluedAfterTheLastEnglishSentence() {
    Optional<BylineDetector.Split> split = detector.findTrailing("Repairs were paid from state funds. — AP");

    assertThat(split).isPresent();
    assertThat(split.get().body()).isEqualTo("Repairs were paid from state funds.");
    assertThat(split.get().byline().credits()).extracting(Credit::kind).containsExactly(CreditKind.AGENCY);
  }

  // Real-paper forms: outlets, filing places, brackets, spaced names, captions.

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"晨江财经记者 甘雨桐", "潮声传媒記者 甘雨桐", "特派記者甘雨桐"})
  void readsAnyOutletOrRankBeforeReporter(String text) {
    assertThat(detector.parseWhole(text).orElseThrow().names()).containsExactly("甘雨桐");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"这位记者 甘雨桐", "他的记者 甘雨桐"})
  void readsNoRoleFromPronounBeforeReporter(String text) {
    assertThat(detector.parseWhole(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "記者甘雨桐／溪口報導",
        "記者甘雨桐/溪口報導晨江報",
        "【記者甘雨桐/溪口市報導】",
        "〔記者甘雨桐／溪口報導〕",
        "晨江傳媒記者 甘雨桐 發自溪口"
      })
  void readsCreditBeforeThePlaceItWasFiledFrom(String text) {
    Byline byline = detector.parseWhole(text).orElseThrow();

    assertThat(byline.text()).isEqualTo(text);
    assertThat(byline.names()).containsExactly("甘雨桐");
  }

  @Test
  void readsSeveralReportersInTraditionalBrackets() {
    assertThat(detector.parseWhole("〔記者甘雨桐、沈牧之、紀晴／溪口報導〕").orElseThrow().names())
        .containsExactly("甘雨桐", "沈牧之", "紀晴");
  }

  @Test
  void joinsTwoCharacterNamesSpreadOverTwoCells() {
    assertThat(detector.parseWhole("沈 牧 甘雨桐 纪 晴").orElseThrow().names())
        .containsExactly("沈牧", "甘雨桐", "纪晴");
  }

  @Test
  void keepsPhotoRoleApartFromLoneSurname() {
    assertThat(detector.parseWhole("甘雨桐 沈 摄")).isEmpty();
  }

  @Test
  void readsNameWithStopCharacterRightAfterRole() {
    // 与 never stands in a glued lone name (…完成。王与), but after 记者 a name follows.
    assertThat(detector.parseWhole("记者 郑与川 通讯员 纪晴").orElseThrow().names())
        .containsExactly("郑与川", "纪晴");
    assertThat(detector.parseWhole("记者 他们")).isEmpty();
  }

  @Test
  void creditsOutletWhoseReporterIsNotNamed() {
    Byline byline = detector.parseWhole("溪口县委通讯组 晨江日报记者").orElseThrow();

    assertThat(byline.credits())
        .extracting(Credit::name, Credit::kind)
        .containsExactly(
            tuple("溪口县委通讯组", CreditKind.ORGANISATION), tuple("晨江日报", CreditKind.ORGANISATION));
    assertThat(detector.parseWhole("本报记者")).isEmpty();
  }

  @Test
  void readsNoOrganisationOpeningWithPronoun() {
    assertThat(detector.parseWhole("我们村委")).isEmpty();
    assertThat(detector.findTrailing("他说得很清楚。我们村委")).isEmpty();
  }

  @Test
  void readsPhotoCreditAtEndOfCaptionWithoutSentence() {
    BylineDetector.Split split = detector.findTrailing("3月2日,溪口站渡口人流渐多 甘雨桐 摄").orElseThrow();

    assertThat(split.body()).isEqualTo("3月2日,溪口站渡口人流渐多");
    assertThat(split.byline().names()).containsExactly("甘雨桐");
    assertThat(split.byline().isPhotoCredit()).isTrue();
  }

  @Test
  void readsPhotoCreditBeforeASameBelowNote() {
    BylineDetector.Split split = detector.findTrailing("图说:溪口大桥昨日通车 溪口日报记者 甘雨桐 摄(下同)").orElseThrow();

    assertThat(split.byline().names()).containsExactly("甘雨桐");
    assertThat(split.isCaptionCredit()).isTrue();
    assertThat(detector.findTrailing("图说:溪口大桥昨日通车 溪口日报记者 甘雨桐 摄（下同）")).isPresent();
  }

  @Test
  void sameBelowNoteWithoutAPhotoCreditIsNoCredit() {
    // Adversarial: the note after a plain word or a name with no 摄 credits no one.
    assertThat(detector.findTrailing("图说:溪口大桥昨日通车 溪口日报记者 甘雨桐(下同)")).isEmpty();
    assertThat(detector.findTrailing("表中单位为万元(下同)")).isEmpty();
  }

  @Test
  void captionCreditKeepsTheAgencyThatIssuedThePhoto() {
    BylineDetector.Split split = detector.findTrailing("▲溪口大桥昨日通车,溪口日报发 甘雨桐 摄").orElseThrow();

    assertThat(split.body() + split.byline().text()).isEqualTo("▲溪口大桥昨日通车,溪口日报发 甘雨桐 摄");
    // The text keeps the paper that issued the photo; the credits name the photographer.
    assertThat(split.byline().credits()).extracting(Credit::name).containsExactly("甘雨桐");
  }

  @Test
  void bracketedPhotoCreditAfterASentenceIsACaptionCredit() {
    BylineDetector.Split split = detector.findTrailing("村民在新修的溪口大桥上合影。(甘雨桐攝)").orElseThrow();

    assertThat(split.byline().names()).containsExactly("甘雨桐");
    assertThat(split.isCaptionCredit()).isTrue();
  }

  @Test
  void photoCreditAfterAStorysLastSentenceIsNoCaptionCredit() {
    // Adversarial: without brackets, a photo credit after the last sentence closes a picture story.
    BylineDetector.Split split = detector.findTrailing("志愿者为新桥通车贡献了力量。甘雨桐 沈牧之 摄").orElseThrow();

    assertThat(split.isCaptionCredit()).isFalse();
  }

  @Test
  void readsPhotoCreditIssuedByAgency() {
    BylineDetector.Split comma = detector.findTrailing("▲溪口各界迎新春晚会,中新社发 甘雨桐 摄").orElseThrow();
    assertThat(comma.body()).isEqualTo("▲溪口各界迎新春晚会,");
    assertThat(comma.byline().names()).containsExactly("甘雨桐");
    // The agency that issued the photo stays in the byline's text: it was lost from the record.
    assertThat(comma.byline().text()).isEqualTo("中新社发 甘雨桐 摄");

    BylineDetector.Split brackets = detector.findTrailing("图为新建的溪口大桥。新华社发（甘雨桐　摄）").orElseThrow();
    assertThat(brackets.body()).isEqualTo("图为新建的溪口大桥。");
    assertThat(brackets.byline().text()).isEqualTo("新华社发（甘雨桐　摄）");
    assertThat(brackets.byline().credits())
        .extracting(Credit::name, Credit::kind)
        .containsExactly(tuple("新华社", CreditKind.AGENCY), tuple("甘雨桐", CreditKind.PERSON));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "3月2日,溪口站渡口人流渐多 请 摄", // one character is no name
        "大家都来溪口拍 照片 摄影", // 照片 is no name
        "溪口站渡口人流渐多,甘雨桐摄", // glued without a space: a sentence's word
      })
  void readsNoCaptionCreditFromOrdinaryText(String text) {
    assertThat(detector.findTrailing(text)).isEmpty();
  }

  @Test
  void readsAllCapitalsBylineAfterCutText() {
    BylineDetector.Split split =
        detector.findTrailing("more than 200 arrested i By ANN LEE, TOM R. REYES and MAY CHO").orElseThrow();

    assertThat(split.body()).isEqualTo("more than 200 arrested i");
    assertThat(split.byline().names()).containsExactly("ANN LEE", "TOM R. REYES", "MAY CHO");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"the report was written by AP", "a film shot By THE RIVER", "paid by NASA."})
  void readsNoCapitalsBylineFromShortOrLowerCaseTail(String text) {
    assertThat(detector.findTrailing(text)).isEmpty();
  }

  @Test
  void readsEnglishCreditGluedAfterLastSentence() {
    BylineDetector.Split split = detector.findTrailing("He has a clean record. Written By: Tom Hart").orElseThrow();

    assertThat(split.body()).isEqualTo("He has a clean record.");
    assertThat(split.byline().names()).containsExactly("Tom Hart");
  }

  @Test
  void readsWireCreditsInParenthesesAfterLastSentence() {
    BylineDetector.Split split =
        detector.findTrailing("Shares fell 2%. (Reporting by Ann Lee; Editing by Tom Hart)").orElseThrow();

    assertThat(split.body()).isEqualTo("Shares fell 2%.");
    assertThat(split.byline().names()).containsExactly("Ann Lee");
    assertThat(split.byline().editors()).containsExactly("Tom Hart");
  }

  @Test
  void readsReporterInBracketsAfterCutSentence() {
    BylineDetector.Split split = detector.findTrailing("她認為，對於外界的質疑，〔記者甘雨桐／溪口報導〕").orElseThrow();

    assertThat(split.body()).isEqualTo("她認為，對於外界的質疑，");
    assertThat(split.byline().names()).containsExactly("甘雨桐");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"详情请见【附件】", "活动由溪口镇主办，【甘雨桐】", "各村都已完成〔沈牧之 摄〕"})
  void readsNoBracketedCreditWithoutReporterAfterCutSentence(String text) {
    assertThat(detector.findTrailing(text)).isEmpty();
  }

  @Test
  void organisationThatSuppliedPhotoIsNoAuthor() {
    BylineDetector.Split split = detector.findTrailing("图为溪口冰场。 溪口公园管理中心供图").orElseThrow();

    assertThat(split.body()).isEqualTo("图为溪口冰场。");
    assertThat(split.byline().text()).isEqualTo("溪口公园管理中心供图");
    assertThat(split.byline().names()).isEmpty();
    assertThat(detector.parseWhole("甘雨桐供图").orElseThrow().names()).containsExactly("甘雨桐");
  }

  // False bylines the issue names: table cells, form labels, section lead-ins.

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"沈阳", "江门", "常州", "单位", "溪口社:", "新华社：", "溪口公社："})
  void readsNoBylineFromTableCellFormLabelOrLeadIn(String text) {
    assertThat(detector.parseWhole(text)).isEmpty();
  }

  @Test
  void readsPlaceLikeNameAfterRoleOrWithThirdCharacter() {
    assertThat(detector.parseWhole("记者 沈阳").orElseThrow().names()).containsExactly("沈阳");
    assertThat(detector.parseWhole("沈阳明").orElseThrow().names()).containsExactly("沈阳明");
    assertThat(detector.parseWhole("新华社 记者 沈牧").orElseThrow().names()).contains("沈牧");
  }

  @Test
  void cutsNamesGluedAfterRoleWhenOneCutReads() {
    BylineDetector.Split split = detector.findTrailing("受伤的人已无大碍。本报记者甘雨桐沈牧之通讯员纪晴").orElseThrow();

    assertThat(split.byline().credits())
        .extracting(Credit::name, Credit::role)
        .containsExactly(tuple("甘雨桐", "本报记者"), tuple("沈牧之", "本报记者"), tuple("纪晴", "通讯员"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"记者今天走访溪口", "记者王明华李红"})
  void cutsNoNamesFromGluedRunThatReadsNoneOrSeveralWays(String text) {
    assertThat(detector.parseWhole(text)).isEmpty();
  }

  @Test
  void quickTestsNeverRefuseWhatThePatternsFind() {
    // Given random texts built from the pieces the two patterns look for, look-alikes included
    String[] pieces = {
      "By", "BY", "by", " ", "\u3000", ",", "，", "ANN", "LEE", "R.", "and", "THE", "柳溪", "甘雨桐", "江小帆",
      "摄", "攝", "摄影", "攝影", "影", "新华社", "发", "。", "\n", "\r", "\u0085", "\u2028", "Tom",
      "(下同)", "（下同）", "下", "同", "(下", "同)"
    };
    String[] tails = {
      " By ANN LEE", " BY TOM R. REYES and MAY CHO", " By THE MAYOR", " 江小帆 摄", ",新华社发 甘雨桐 摄影",
      "\u3000柳溪 甘雨桐 攝影", " 影", "摄", " 江小帆 摄（下同）", "摄 (下同) "
    };
    String[] ends = {"", "", "\n", "\r\n", "\u0085", "。", " "};
    Random random = new Random(11);
    int found = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(6); n > 0; n--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      text.append(random.nextBoolean() ? tails[random.nextInt(tails.length)] : pieces[random.nextInt(pieces.length)]);
      text.append(ends[random.nextInt(ends.length)]);
      String t = text.toString();
      // Then a quick no is never a pattern's yes
      if (BylineDetector.capitalsByFound(t)) {
        found++;
        assertThat(BylineDetector.mayHaveCapitalsBy(t)).as(t).isTrue();
      }
      if (BylineDetector.photoCreditFound(t)) {
        found++;
        assertThat(BylineDetector.mayEndWithPhotoCredit(t)).as(t).isTrue();
      }
      if (BylineDetector.sameBelowFound(t)) {
        found++;
        assertThat(BylineDetector.mayNoteSameBelow(t)).as(t).isTrue();
      }
    }
    assertThat(found).isGreaterThan(2000);
  }

  @Test
  void quickTestsRefuseTextsThatCannotHoldTheCredits() {
    assertThat(BylineDetector.mayEndWithPhotoCredit("车站渡口人流渐多 江小帆 摄")).isTrue();
    assertThat(BylineDetector.mayEndWithPhotoCredit("车站渡口人流渐多 江小帆 摄影\n")).isTrue();
    assertThat(BylineDetector.mayEndWithPhotoCredit("车站渡口人流渐多。")).isFalse();
    assertThat(BylineDetector.mayEndWithPhotoCredit("江小帆 摄。")).isFalse(); // the credit is not at the end
    assertThat(BylineDetector.mayEndWithPhotoCredit("")).isFalse();
    assertThat(BylineDetector.mayNoteSameBelow("车站渡口人流渐多 江小帆 摄(下同)")).isTrue();
    assertThat(BylineDetector.mayNoteSameBelow("车站渡口人流渐多 江小帆 摄")).isFalse();
    assertThat(BylineDetector.mayNoteSameBelow("以下同学请注意")).isTrue(); // a look-alike: scanned, and the pattern refuses it
    assertThat(BylineDetector.mayHaveCapitalsBy("more than 230 arrested i By ANN LEE")).isTrue();
    assertThat(BylineDetector.mayHaveCapitalsBy("written by the mayor's office")).isFalse();
  }
}
