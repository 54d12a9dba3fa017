package dev.newstidy.stage.repair;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CutEvidenceTest {
  /**
   * The letters of two texts, counted apart and added, are those of the joined text; a Han
   * character beyond the BMP split across the seam ({@code \uD840} + {@code \uDC00}) is one letter.
   */
  @Test
  void lettersOfTwoTextsAreThoseOfTheJoinedText() {
    String[] pieces = {"海", "a", "𠀀", "\uD840", "\uDC00", "，", "5"};
    java.util.Random random = new java.util.Random(3);
    for (int round = 0; round < 5_000; round++) {
      String a = randomText(random, pieces);
      String b = randomText(random, pieces);

      assertThat(CutEvidence.lettersOf(a, b, dev.newstidy.text.Scripts.count(b)))
          .as(a + "|" + b)
          .isEqualTo(dev.newstidy.text.Scripts.count(a + b));
    }
    assertThat(CutEvidence.lettersOf("镇\uD840", "\uDC00村", dev.newstidy.text.Scripts.count("\uDC00村")).cjk()).isEqualTo(3);
  }

  @Test
  void aWholeListOfShortItemsDoesNotGoOnIntoTheNextBlock() {
    // the rest of a caption's list of names, then the next paragraph: nothing says the list goes on
    assertThat(CutEvidence.isCut("明远、韦青禾、许晴雯、何川东", "照片摄于新桥通车那天。")).isFalse();
    assertThat(CutEvidence.isListOfShortItems("明远、韦青禾、许晴雯、何川东")).isTrue();
    // adversarial: a list inside a clause that the next block finishes still joins, and two items
    // or a clause around the list are no bare list
    assertThat(CutEvidence.isCut("合影的有林一舟、许晴雯、何川东", "等十多位老同事。")).isTrue();
    assertThat(CutEvidence.isListOfShortItems("林一舟、许晴")).isFalse();
    assertThat(CutEvidence.isListOfShortItems("村里修了路、桥和水渠")).isFalse();
    // a list that ends on an open mark, or on a word that binds it to what follows, still goes on
    assertThat(CutEvidence.isCut("明远、韦青禾、许晴雯、", "何川东四人。")).isTrue();
    assertThat(CutEvidence.isCut("林一舟、许晴雯、何川东等", "十多位老同事在桥头合影。")).isTrue();
    assertThat(CutEvidence.isCut("林一舟、许晴雯、何川东的", "父亲当年一起修过这座桥。")).isTrue();
    assertThat(CutEvidence.isCut("林一舟、许晴雯、何川东和", "邵明远四人在桥头合影。")).isTrue();
    assertThat(CutEvidence.isCut("苹果、香梨、橘子", "等水果今年都迎来了丰收。")).isTrue();
  }

  @Test
  void joinsLatinLowerCaseContinuation() {
    assertThat(CutEvidence.isCut("The county", "board voted on Monday.")).isTrue();
  }

  @Test
  void joinsLatinHyphenatedWord() {
    assertThat(CutEvidence.isCut("They live in the neigh-", "borhood of Elm Creek.")).isTrue();
  }

  @Test
  void joinsLatinAfterFunctionWord() {
    assertThat(CutEvidence.isCut("The grant was announced by the mayor of", "Elm Creek on Friday.")).isTrue();
  }

  @Test
  void joinsLatinNameCutInRunningText() {
    assertThat(
            CutEvidence.isCut(
                "The hall was full. It was attended by Riverton Mayor Anne Holt, Linden Mayor Drew",
                "Calloway and three council members."))
        .isTrue();
  }

  @Test
  void goesOnIntoReadsTheSentenceWhateverTheShapeOfTheNextLine() {
    // A short next line that the joiner keeps apart as a title may still go on the sentence.
    assertThat(CutEvidence.goesOnInto("The prize went to", "Maria Okafor of Dunmore")).isTrue();
    assertThat(CutEvidence.isCut("The prize went to", "Maria Okafor of Dunmore")).isFalse();
    assertThat(CutEvidence.goesOnInto("县里还专门成立了负责巡查的", "工作小组")).isTrue();
    // Adversarial: a fragment that does not bind to what follows, before a headline.
    assertThat(CutEvidence.goesOnInto("And we insist", "Harbor Ferry Sails Again")).isFalse();
    assertThat(CutEvidence.goesOnInto("我们乡里", "柳溪镇新桥通车")).isFalse();
    assertThat(CutEvidence.goesOnInto("The ferry sailed.", "again on Monday")).isFalse();
  }

  @Test
  void keepsLatinHeadingApart() {
    assertThat(CutEvidence.isCut("Harbor Lights", "Residents gathered on Friday.")).isFalse();
  }

  @Test
  void keepsLatinSentenceOpenerApartAfterCapitalisedWord() {
    assertThat(
            CutEvidence.isCut(
                "Three friends behind the small weekend market known as Fernway",
                "In a town of two thousand people, the market is a gathering place."))
        .isFalse();
  }

  @Test
  void keepsAllCapsLineApart() {
    assertThat(CutEvidence.isCut("SAVING THE MILL", "Owners said they would not sell.")).isFalse();
  }

  @Test
  void keepsLatinPhotoCreditApart() {
    assertThat(
            CutEvidence.isCut(
                "Volunteers sort food at the hall on Main Street in Riverton. THE DAILY LEDGER/Ann Reyes",
                "Residents of Riverton lined up before dawn."))
        .isFalse();
  }

  @Test
  void keepsLineEndingInColonApartFromBulletItem() {
    assertThat(CutEvidence.isCut("The man was charged with three offences:", "• On Monday 3 May, a shop on Elm Street"))
        .isFalse();
  }

  @Test
  void keepsWireCodeInBracketsApart() {
    assertThat(CutEvidence.isCut("the deal could close this year. [ID:XY12AB]", "Analysts said the offer was low."))
        .isFalse();
  }

  @Test
  void joinsCjkFragmentThatHoldsAFinishedSentence() {
    assertThat(CutEvidence.isCut("新建的文化站已经建成投用。镇里还将继续推进", "老旧小区改造。")).isTrue();
  }

  @Test
  void joinsCjkFragmentEndingOnEnumerationComma() {
    assertThat(CutEvidence.isCut("镇里发挥示范带动、", "辐射引领作用。")).isTrue();
  }

  @Test
  void joinsCjkFragmentAfterShortOpener() {
    assertThat(CutEvidence.isCut("据了解,今年全镇新修了村道和", "桥梁三座。")).isTrue();
  }

  @Test
  void joinsCjkBlockThatOpensWithComma() {
    assertThat(CutEvidence.isCut("面对外界的误解", ",我们要较真。")).isTrue();
  }

  @Test
  void joinsLongCjkFragment() {
    assertThat(CutEvidence.isCut("柳溪镇今年在三个村试点推行垃圾分类并设立回收站点", "二十余处。")).isTrue();
  }

  @Test
  void keepsShortCjkSubheadingApart() {
    assertThat(CutEvidence.isCut("青禾村的三次出发", "青禾村今年新修村道两条,村民出行方便了。")).isFalse();
  }

  @Test
  void keepsCjkSubheadingWithCommaApart() {
    assertThat(CutEvidence.isCut("一次远行,两代心愿", "接到老同学的电话,我想起了四十年前。")).isFalse();
  }

  @Test
  void keepsSpacedCjkTitleApart() {
    assertThat(CutEvidence.isCut("创刊之初 去邻市取经", "那一年,我们一行三人坐上了火车。")).isFalse();
  }

  @Test
  void keepsSubHeadlineApart() {
    assertThat(CutEvidence.isCut("——柳溪县第九届读书节侧记", "11月5日,读书节在县文化中心开幕。")).isFalse();
  }

  @Test
  void keepsListItemsEndingInSemicolonApart() {
    assertThat(CutEvidence.isCut("（一）本人近三个月的体检报告;", "（二）队员名单及联系方式表;")).isFalse();
  }

  @Test
  void keepsLineEndingInColonApartFromListItem() {
    assertThat(CutEvidence.isCut("报名参赛时,还需一并携带以下证件:", "1.本人近三个月的体检报告")).isFalse();
  }

  @Test
  void keepsNumberedItemApartAfterFragment() {
    assertThat(CutEvidence.isCut("报名参赛时须携带的证件包括体检报告", "１、队员名单及联系方式表")).isFalse();
  }

  @Test
  void keepsCaptionApart() {
    assertThat(CutEvidence.isCut("图说:柳溪村的村民在文化广场上排练节目", "“我们每周都来练两次。”村民说。")).isFalse();
  }

  @Test
  void joinsCaptionCutInsideAQuote() {
    assertThat(CutEvidence.isCut("▲《柳溪合影》,柳溪日报“乡村振兴", "”报道组成员在村口合影。")).isTrue();
  }

  @Test
  void keepsCaptionWithClosedQuotesApart() {
    assertThat(CutEvidence.isCut("▲《柳溪合影》,柳溪日报“乡村振兴”报道组成员", "这是二十年前的一张照片。")).isFalse();
  }

  @Test
  void keepsCaptionSentenceAfterTextApart() {
    assertThat(CutEvidence.isCut("读书节在县文化中心开幕。图为开幕式上的小读者", "读书节将持续一周。")).isFalse();
  }

  @Test
  void keepsPhotoCreditApart() {
    assertThat(CutEvidence.isCut("3月2日,村民在田间移栽秧苗 李青 摄", "春耕时节,柳溪镇处处是忙碌的身影。")).isFalse();
  }

  @Test
  void keepsCreditLineApart() {
    assertThat(CutEvidence.isCut("记者 周远山 通讯员 林小禾", "5月25日,柳溪镇消防中队接到报警。")).isFalse();
  }

  @Test
  void keepsLineEndingInBracketsApart() {
    assertThat(CutEvidence.isCut("柳溪县召开全县春耕生产调度会［详情］", "县里要求各乡镇抓紧备耕。")).isFalse();
    assertThat(CutEvidence.isCut("镇长李青在会上讲话（资料照）", "会议要求各村抓紧备耕。")).isFalse();
  }

  @Test
  void keepsCaptionEndingInItsAgencyApart() {
    assertThat(CutEvidence.isCut("青石鎮鎮長林小禾（圖）出席開幕式。中央社", "開幕式後，鎮長走訪了三個村。")).isFalse();
    // Adversarial: a sentence cut after a word that is no agency goes on.
    assertThat(CutEvidence.isCut("青石鎮鎮長林小禾出席開幕式。隨後，鎮長", "走訪了三個村。")).isTrue();
  }

  @Test
  void keepsDialogueLinesEndingInSemicolonApart() {
    assertThat(CutEvidence.isCut("“一只好碗,打掉了!”街坊们说;", "“以后要更用心。”同事们说;")).isFalse();
  }

  @Test
  void keepsSeriesOfDatedCaptionsApart() {
    assertThat(CutEvidence.isCut("3月2日①柳溪县两会期间,代表在车上研读材料", "4月8日②本报推出乡村学校系列报道")).isFalse();
  }

  @Test
  void keepsBlockOpeningWithDatelineApart() {
    assertThat(CutEvidence.isCut("对于大家关心的问题,镇里表示将尽快答复,并且", "本报讯 柳溪镇近年来以志愿服务为抓手。"))
        .isFalse();
  }

  @Test
  void keepsBracketedCreditApart() {
    assertThat(CutEvidence.isCut("对于大家关心的问题,镇里表示将尽快答复,并且", "〔记者林小禾／柳溪报导〕")).isFalse();
  }

  @Test
  void keepsRepeatedBlockApart() {
    assertThat(CutEvidence.isCut("目前,柳溪镇12个村均配备了", "目前,柳溪镇12个村均配备了")).isFalse();
  }

  @Test
  void keepsSwitchToEnglishApart() {
    assertThat(CutEvidence.isCut("入冬以后,各镇陆续开放冬季集市,涵盖果蔬、年货等多个品类", "Riverton, which declined to comment, said"))
        .isFalse();
  }

  @Test
  void keepsQuotationThatEndsParagraphApart() {
    assertThat(CutEvidence.isCut("谈到明年,他说:“我们会继续努力。”", "下一步,镇里将扩建文化广场。")).isFalse();
  }

  @Test
  void keepsEditorsNoteLabelApart() {
    assertThat(CutEvidence.isCut("编者按", "三十年春秋流转,三十年笔墨传情。")).isFalse();
  }

  @Test
  void keepsHeadlineAfterTruncatedParagraphApart() {
    assertThat(CutEvidence.isCut("他说,这几年村里的变化很大,大家的日子", "柳溪县召开春耕生产调度会")).isFalse();
    assertThat(CutEvidence.isCut("Officials said the bridge would reopen in", "Story by Ann Reyes")).isFalse();
  }

  @Test
  void keepsLatinHeadlineEndingInNameApart() {
    assertThat(CutEvidence.isCut("Riverton mayors talk roads, schools and budgets on Monday", "Premier Ann Holt met the mayors."))
        .isFalse();
  }

  @Test
  void joinsCjkFragmentEndingOnParticle() {
    assertThat(CutEvidence.isCut("县里还专门成立了负责巡查的", "工作小组。")).isTrue();
    assertThat(CutEvidence.isCut("村民的日子还不是最", "宽裕的。")).isTrue();
  }

  @Test
  void keepsSubheadingEndingOnLookAlikeVerb() {
    assertThat(CutEvidence.isCut("人人参与", "今年春天,镇里组织了三场义务植树。")).isFalse();
    assertThat(CutEvidence.isCut("初心永在", "三十年来,老站长一直守在山里。")).isFalse();
    assertThat(CutEvidence.isCut("春天到了", "柳溪河两岸的油菜花开了。")).isFalse();
    assertThat(CutEvidence.isCut("防汛知识普及", "今年汛前,镇里给每户发了一本防汛手册。")).isFalse();
  }

  @Test
  void joinsShortLeadAfterItsDateline() {
    assertThat(CutEvidence.isCut("镇里今天召开第", "三次村民代表大会。", true)).isTrue();
    assertThat(CutEvidence.isCut("镇里今天召开第", "三次村民代表大会。", false)).isFalse();
  }

  @Test
  void keepsWireTitleLineAfterDatelineApart() {
    assertThat(CutEvidence.isCut("题:青禾村的三次出发", "青禾村今年新修村道两条。", true)).isFalse();
  }

  @Test
  void keepsCaptionAfterDatelineApart() {
    assertThat(CutEvidence.isCut("图为村民在广场上排练节目", "县里今年新建文化广场三处。", true)).isFalse();
  }

  @Test
  void creditEndSearchesOnlyTheEnd() {
    // Given random texts built from credit words, brackets, spaces and line ends, look-alikes included
    String[] pieces = {
      "摄", "攝", "供图", "供圖", "提供", "资料图", "資料照", "資料圖", ")", "）", " ", "\t", "\n", "\r\n",
      "\u2028", "\u0085", "\u3000", "。", "桥头", "摄影", "料图", "y", "（資料照）", "（资料照）"
    };
    java.util.Random random = new java.util.Random(5);
    int found = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = 1 + random.nextInt(7); n > 0; n--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String t = text.toString();
      // Then the search of the end answers as the search of the whole text
      boolean whole = CutEvidence.creditEndFound(t);
      found += whole ? 1 : 0;
      assertThat(CutEvidence.endsWithCredit(t)).as(t).isEqualTo(whole);
    }
    assertThat(found).isGreaterThan(2000);
    assertThat(CutEvidence.endsWithCredit("溪口新桥昨日合龙 钟晓岚 摄 ")).isTrue();
    assertThat(CutEvidence.endsWithCredit("溪口新桥昨日合龙（資料照）")).isTrue();
    assertThat(CutEvidence.endsWithCredit("摄影师谈构图。")).isFalse(); // a credit word, not at the end
  }

  @Test
  void plainSentenceEndRefusesOnlyWhatTheFullReadingRefuses() {
    // Given random pairs built from sentence ends, closers, clause marks, white space, captions,
    // credits, list marks and long runs of text, so that the window of a long paragraph is read too
    String[] pieces = {
      "。", "！", "?", "…", "．", "”", "」", "）", ")", "，", "、", ",", ":", " ", "\t", "\n", "\u3000",
      "（完）", "柳塘村新修了村道", "图说:", "记者 程远帆", "摄", "1.", "（二）", "the ferry crossed", "Mayor Lin",
      "县里专门成立了负责巡查的", "x".repeat(300), "桥".repeat(200), "——"
    };
    java.util.Random random = new java.util.Random(11);
    int refused = 0;
    for (int i = 0; i < 20_000; i++) {
      String a = randomText(random, pieces);
      String b = randomText(random, pieces);
      boolean lead = random.nextBoolean();
      boolean veto = random.nextBoolean();
      // When the quick test refuses, the full reading refuses too
      if (CutEvidence.plainlyEndsSentence(a)) {
        refused++;
        assertThat(CutEvidence.readsFully(a, b, lead, veto)).as(a + " | " + b).isFalse();
        assertThat(CutEvidence.readsFully(new StringBuilder(a), b, lead, veto)).as(a + " | " + b).isFalse();
      }
    }
    assertThat(refused).isGreaterThan(2000);
    assertThat(CutEvidence.plainlyEndsSentence("溪口大桥昨日建成投用。 ")).isTrue();
    assertThat(CutEvidence.plainlyEndsSentence("他说:“大桥建成投用。”")).isFalse(); // left to the full reading
    assertThat(CutEvidence.plainlyEndsSentence("示范带动、")).isFalse();
    assertThat(CutEvidence.plainlyEndsSentence("  ")).isFalse();
  }

  private static String randomText(java.util.Random random, String[] pieces) {
    StringBuilder text = new StringBuilder();
    for (int n = 1 + random.nextInt(8); n > 0; n--) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    return text.toString();
  }
}
