package dev.newstidy.stage.furniture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateDetectorTest {
  private final BoilerplateDetector detector = BoilerplateDetector.load();

  // One example of each pattern of boilerplate-patterns.txt, simplified and traditional.

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "上一篇:临江市举办菊花展",
        "下一篇：老街改造完成",
        "上一條：港口擴建完工",
        "下一頁",
        "当前位置:首页 > 新闻 > 本地",
        "當前位置：首頁 > 新聞",
        "您的位置 > 正文",
        "分享到:",
        "分享至：",
        "【打印】【关闭】",
        "【列印】【關閉】【回到頂部】",
        "返回顶部",
        "返回頂部",
        "关闭窗口",
        "Sign in",
        "Subscribe now",
        "Share this article",
        "Share on Facebook",
        "Advertisement",
        "Skip to main content",
        "Click here to subscribe",
        "Read more: Town hall reopens after repairs",
        "Related: School board race heats up",
        "相关阅读:镇里新修了三条路",
        "相關閱讀：港口擴建完工",
      })
  void classifiesNavigationLinesAsFurniture(String line) {
    assertThat(detector.classify(line)).isEqualTo("furniture");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Continued on page A6",
        "continued from page 3",
        "See FARM, page 4",
        "转第3版",
        "續見第二版",
        "下转第12版"
      })
  void classifiesPageJumpsAsFurniture(String line) {
    assertThat(detector.classify(line)).isEqualTo("furniture");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"浏览次数:1234", "瀏覽次數：56次", "点击：35", "點擊數 88", "阅读量:980", "閱讀 321"})
  void classifiesCountersAsFurniture(String line) {
    assertThat(detector.classify(line)).isEqualTo("furniture");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "版权所有:临江日报社",
        "版權所有：臨江日報社",
        "Copyright 2024 Lake County Herald",
        "© 2024 Lake County Herald. All rights reserved.",
        "(c) 2023 Millbrook Media",
        "京ICP备12345678号",
        "粵ICP證123456號",
        "浙公网安备 33010202000123号",
        "網站標識碼：4401000012",
        "主办:临江市人民政府",
        "主辦：臨江市政府辦公室",
        "技术支持：临江网络公司",
      })
  void classifiesLegalFootersAsFurniture(String line) {
    assertThat(detector.classify(line)).isEqualTo("furniture");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "2023年5月6日 临江日报 第3版",
        "2023年5月6日臨江日報第三版",
        "第3版:要闻",
        "第三版（要聞）",
        "专栏:乡村振兴",
        "欄目：港聞",
      })
  void classifiesEpaperPageLinesAsFurniture(String line) {
    assertThat(detector.classify(line)).isEqualTo("furniture");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"本文严格执行三审三校", "三審三校制度", "初审:王明", "終審：李紅"})
  void classifiesReviewChainsAsFurniture(String line) {
    assertThat(detector.classify(line)).isEqualTo("furniture");
  }

  // Navigation bars.

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "首页 > 新闻中心 > 本地新闻",
        "首頁 | 新聞 | 體育 | 財經",
        "Home | News | Sports",
        "HOME · NEWS · WEATHER",
        "首页 > 新闻 > 临江要闻",
        "Home » Local » Town council",
        "首页 | 新闻",
        "江州新闻网 | 手机版",
      })
  void classifiesLinesOfLinkWordsAsNavigation(String line) {
    assertThat(detector.classify(line)).isEqualTo("navigation");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"首页 > 临江 > 要案", "Home | Garden | Kitchen tips", "专访 | 十年磨一剑"})
  void doesNotClassifyFewOrStrangeLinkWordsAsNavigation(String line) {
    assertThat(detector.classify(line)).isNull();
  }

  // Text.

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "记者从来源可靠的渠道获悉,该项目已经开工。",
        "Read more about the plan in Sunday's paper.",
        "Members will read more than one title this fall.",
        "Organizers hope members will share this year's list with friends.",
        "Anyone who wants to log in can reserve a copy.",
        "他说,现在很多年轻人点击手机就能看新闻。",
        "分享到朋友圈的照片很多,大家都很喜欢。",
        "上一篇报道发出后,很多读者打来电话。",
        "该书版权所有者表示,将依法维护自己的权益。",
        "The copyright holder, a local author, said she was pleased.",
        "镇里新修了三条路",
      })
  void classifiesSentencesThatHoldFurnitureWordsAsText(String line) {
    assertThat(detector.classify(line)).isNull();
  }

  @Test
  void classifiesSentenceWithoutCommaThatMentionsCopyrightAsText() {
    // A sentence of an article, not a footer: the legal words stand in the middle of it.
    assertThat(detector.classify("这本书的版权所有者是他的女儿。")).isNull();
  }

  @Test
  void classifiesLongLineAsTextWhateverItHolds() {
    String line = "版权所有:" + "临江日报社".repeat(25);

    assertThat(line.length()).isGreaterThan(BoilerplateDetector.MAX_LENGTH);
    assertThat(detector.classify(line)).isNull();
  }

  @Test
  void classifiesBlankLineAsText() {
    assertThat(detector.classify("  \u3000 ")).isNull();
    assertThat(detector.classify("")).isNull();
  }

  @Test
  void readsFullWidthColonAsColon() {
    assertThat(detector.classify("分享到：")).isEqualTo("furniture");
    assertThat(detector.classify("  浏览次数：1234  ")).isEqualTo("furniture");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "版权所有，未经许可不得转载。",
        "版權所有，未經授權不得轉載。",
        "© 2024 Lake Media, LLC. All rights reserved.",
      })
  void classifiesLegalFooterWithCommaAsFurniture(String line) {
    // The most common footers are whole sentences with commas; they open with the legal words.
    assertThat(detector.classify(line)).isEqualTo("furniture");
  }

  @Test
  void firstCharacterScanKeepsEveryRuleThatMatches() {
    // Given random lines built from the rules' trigger words, look-alikes, separators and plain text
    String[] pieces = {
      "上一篇", "下一", "第", "版", "分享", "返回", "相关", "阅读", "关闭", "【", "】", ":", " ", "3", "12",
      "copyright", "(c)", "©", "read more", "see ", "sign in", "subscribe", "related", "icp", "备",
      "柳塘镇", "新修村道", "桥", "the ferry", "首页", ">", "|", "转", "续", "见", "页", "A6", "press"
    };
    java.util.Random random = new java.util.Random(13);
    int matched = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder line = new StringBuilder();
      for (int n = 1 + random.nextInt(6); n > 0; n--) {
        line.append(pieces[random.nextInt(pieces.length)]);
      }
      String lower = line.toString();
      long candidates = detector.candidateRules(lower);
      for (int r = 0; r < detector.rules().size(); r++) {
        // Then a rule that matches the line is among its candidates
        if (detector.rules().get(r).matches(lower)) {
          matched++;
          long bit = r < 63 ? 1L << r : 1L << 63;
          assertThat(candidates & bit).as(lower).isNotZero();
        }
      }
    }
    assertThat(matched).isGreaterThan(1000);
    assertThat(detector.candidateRules("2031 47")).isZero();
    assertThat(detector.classify("上一篇:柳塘镇新修村道")).isEqualTo("furniture");
  }
}
