package dev.newstidy.stage.repair;

import static dev.newstidy.testing.Articles.PATH;
import static dev.newstidy.testing.Articles.articleOf;
import static dev.newstidy.testing.Articles.h;
import static dev.newstidy.testing.Articles.p;
import static dev.newstidy.testing.Articles.titled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import dev.newstidy.model.Article;
import dev.newstidy.model.Byline;
import dev.newstidy.model.Credit;
import dev.newstidy.model.CreditKind;
import dev.newstidy.model.Metadata;
import dev.newstidy.model.Removal;
import dev.newstidy.model.RemovalReason;
import dev.newstidy.model.SourceSpan;
import dev.newstidy.stage.ArticleStage;
import dev.newstidy.stage.ArticleStageContract;
import dev.newstidy.stage.byline.BylineDetector;
import dev.newstidy.stage.byline.ChineseNames;
import dev.newstidy.testing.Trace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineExtractorTest extends ArticleStageContract {
  private final DatelineExtractor extractor =
      new DatelineExtractor(new BylineDetector(ChineseNames.load()));

  @Override
  protected ArticleStage stage() {
    return extractor;
  }

  // Chinese datelines.

  @Test
  void takesHouseNewsDatelineWithReporterAndCorrespondent() {
    Article article = titled("镇里召开动员会", p(3, "本报讯(记者 王明 通讯员 李红)昨天,镇里召开了春耕动员会。"));

    Article result = extractor.apply(article);

    assertThat(Trace.of(result)).isEqualTo("H[镇里召开动员会] P[昨天,镇里召开了春耕动员会。] B[本报讯(记者 王明 通讯员 李红)]");
    assertThat(result.metadata().dateline()).isEqualTo("本报讯");
    assertThat(result.byline().credits())
        .extracting(Credit::name, Credit::role, Credit::kind)
        .containsExactly(
            tuple("王明", "记者", CreditKind.PERSON), tuple("李红", "通讯员", CreditKind.PERSON));
  }

  @Test
  void recordsPrefixAsRemovedForReasonMetadata() {
    Article article = articleOf(p(3, "本报讯(记者 王明 通讯员 李红)昨天,镇里召开了春耕动员会。"));

    Article result = extractor.apply(article);

    assertThat(result.removed())
        .containsExactly(
            new Removal(
                RemovalReason.METADATA, SourceSpan.of(PATH, 3, 3), "本报讯(记者 王明 通讯员 李红)", null));
  }

  @Test
  void takesTraditionalHouseNewsDatelineInFullWidthBrackets() {
    Article article = articleOf(p(2, "本報訊（記者 陳明）漁港擴建工程昨日完工。"));

    Article result = extractor.apply(article);

    assertThat(Trace.of(result)).isEqualTo("P[漁港擴建工程昨日完工。] B[本報訊（記者 陳明）]");
    assertThat(result.metadata().dateline()).isEqualTo("本報訊");
    assertThat(result.byline().names()).containsExactly("陳明");
    assertThat(result.byline().roles()).containsExactly("記者");
  }

  @Test
  void takesWireDatelineWithAgencyAndTwoReporters() {
    Article article = articleOf(p(4, "新华社北京11月28日电(记者 王明、刘芳)北京今冬首场雪如期而至。"));

    Article result = extractor.apply(article);

    assertThat(result.metadata().dateline()).isEqualTo("新华社北京11月28日电");
    assertThat(result.byline().names()).containsExactly("新华社", "王明", "刘芳");
    assertThat(result.byline().credits())
        .extracting(Credit::kind)
        .containsExactly(CreditKind.AGENCY, CreditKind.PERSON, CreditKind.PERSON);
    assertThat(result.body().get(0).text()).isEqualTo("北京今冬首场雪如期而至。");
  }

  @Test
  void takesJavadocWireExample() {
    Article article = articleOf(p(4, "新华社北京11月28日电(记者 张三、李四)会议在京召开。"));

    Article result = extractor.apply(article);

    assertThat(result.metadata().dateline()).isEqualTo("新华社北京11月28日电");
    assertThat(result.byline().names()).containsExactly("新华社", "张三", "李四");
  }

  @Test
  void takesWireDatelineFollowedByAgencyReporter() {
    Article article = articleOf(p(2, "中新社福州4月2日电 中新社记者 王明\u3000福州今年的春茶开采了。"));

    Article result = extractor.apply(article);

    assertThat(result.metadata().dateline()).isEqualTo("中新社福州4月2日电");
    assertThat(result.byline().credits())
        .extracting(Credit::name, Credit::role, Credit::kind)
        .containsExactly(
            tuple("中新社", null, CreditKind.AGENCY), tuple("王明", "记者", CreditKind.PERSON));
    assertThat(result.body().get(0).text()).isEqualTo("福州今年的春茶开采了。");
    assertThat(result.removed())
        .extracting(Removal::text)
        .map(String::strip)
        .containsExactly("中新社福州4月2日电 中新社记者 王明");
  }

  @Test
  void takesWireDatelineSetOffByIdeographicSpace() {
    Article article = articleOf(p(2, "新华社上海3月5日电\u3000上海的樱花开了。"));

    Article result = extractor.apply(article);

    assertThat(result.metadata().dateline()).isEqualTo("新华社上海3月5日电");
    assertThat(result.body().get(0).text()).isEqualTo("上海的樱花开了。");
    assertThat(result.byline().credits())
        .extracting(Credit::name, Credit::kind)
        .containsExactly(tuple("新华社", CreditKind.AGENCY));
  }

  // English datelines.

  @Test
  void takesCityAndAgencyBeforeHyphen() {
    Article article = articleOf(p(3, "LONDON (Reuters) - Shares fell on Monday."));

    Article result = extractor.apply(article);

    assertThat(Trace.of(result)).isEqualTo("P[Shares fell on Monday.] B[LONDON (Reuters) -]");
    assertThat(result.metadata().dateline()).isEqualTo("LONDON");
    assertThat(result.byline().credits())
        .extracting(Credit::name, Credit::kind)
        .containsExactly(tuple("Reuters", CreditKind.AGENCY));
  }

  @Test
  void takesCityWithStateAndAgencyBeforeEmDash() {
    Article article =
        articleOf(p(3, "MOAB, Utah (AP) — Rangers closed the canyon trail after the storm."));

    Article result = extractor.apply(article);

    assertThat(result.metadata().dateline()).isEqualTo("MOAB, Utah");
    assertThat(result.byline().names()).containsExactly("AP");
    assertThat(result.body().get(0).text())
        .isEqualTo("Rangers closed the canyon trail after the storm.");
  }

  @Test
  void takesAgencyWithoutCity() {
    Article article = articleOf(p(3, "(AP) — The county opened two cooling centers."));

    Article result = extractor.apply(article);

    assertThat(result.metadata().dateline()).isNull();
    assertThat(result.byline().credits())
        .extracting(Credit::name, Credit::kind)
        .containsExactly(tuple("AP", CreditKind.AGENCY));
    assertThat(result.body().get(0).text()).isEqualTo("The county opened two cooling centers.");
    assertThat(result.removed())
        .extracting(Removal::reason)
        .containsExactly(RemovalReason.METADATA);
  }

  @Test
  void takesCityWithStateBeforeDoubleHyphen() {
    Article article = articleOf(p(3, "BURLINGTON, Vt. -- The city council approved the budget."));

    Article result = extractor.apply(article);

    assertThat(result.metadata().dateline()).isEqualTo("BURLINGTON, Vt.");
    assertThat(result.body().get(0).text()).isEqualTo("The city council approved the budget.");
    assertThat(result.byline()).isNull();
    assertThat(result.removed())
        .extracting(Removal::text)
        .map(String::strip)
        .containsExactly("BURLINGTON, Vt. --");
  }

  @Test
  void takesCapitalisedCityBeforeEmDash() {
    Article article = articleOf(p(3, "WASHINGTON — The Senate passed the bill on Friday."));

    Article result = extractor.apply(article);

    assertThat(result.metadata().dateline()).isEqualTo("WASHINGTON");
    assertThat(result.body().get(0).text()).isEqualTo("The Senate passed the bill on Friday.");
  }

  // What is no dateline.

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "北京是一座古城。",
        "本报记者近日走访了三个村。",
        "Burlington, the state's largest city, opened a new library.",
        "NASA said on Monday that the launch would slip.",
        "OK — the vote is set for Tuesday.",
        "The board voted 5-2 to approve the plan.",
      })
  void leavesTextWithoutDatelineAlone(String text) {
    Article article = articleOf(p(3, text));

    assertThat(extractor.apply(article)).isSameAs(article);
  }

  @Test
  void leavesSentenceThatOpensWithDateAndWordOfElectricityAlone() {
    // 日电 here opens 电影节 (film festival): the sentence has no dateline.
    Article article = articleOf(p(3, "5月20日电影节在临江开幕,吸引了不少影迷。"));

    assertThat(extractor.apply(article)).isSameAs(article);
  }

  @Test
  void leavesAcronymFollowedByDashedAsideAlone() {
    // A dateline is followed by a sentence; a lower-case word after the dash is an aside.
    Article article =
        articleOf(p(3, "FEMA — the federal disaster agency — opened an office in town."));

    assertThat(extractor.apply(article)).isSameAs(article);
  }

  @Test
  void takesDatelineThatStandsAloneOnItsLineBeforeTheText() {
    Article article = articleOf(p(3, "新华社北京11月28日电"), p(5, "北京今冬首场雪如期而至。"));

    Article result = extractor.apply(article);

    assertThat(result.metadata().dateline()).isEqualTo("新华社北京11月28日电");
    assertThat(Trace.of(result)).startsWith("P[北京今冬首场雪如期而至。]");
    assertThat(result.removed()).extracting(Removal::text).containsExactly("新华社北京11月28日电");
  }

  @Test
  void leavesArticleThatIsNothingButADatelineAlone() {
    Article article = articleOf(p(3, "新华社北京11月28日电"));

    assertThat(extractor.apply(article)).isSameAs(article);
  }

  @Test
  void leavesArticleWithDatelineAlreadyReadAlone() {
    Article article =
        articleOf(p(3, "WASHINGTON — The Senate passed the bill."))
            .withMetadata(Metadata.NONE.withDateline("新华社北京11月28日电"));

    assertThat(extractor.apply(article)).isSameAs(article);
  }

  @Test
  void looksOnlyAtFirstParagraph() {
    Article article = articleOf(p(3, "北京今冬首场雪如期而至。"), p(5, "本报讯(记者 王明)昨天,镇里召开了春耕动员会。"));

    assertThat(extractor.apply(article)).isSameAs(article);
  }

  @Test
  void looksPastHeadingsToFirstParagraph() {
    Article article = articleOf(h(2, "一、春耕"), p(4, "本报讯(记者 王明)昨天,镇里召开了春耕动员会。"));

    Article result = extractor.apply(article);

    assertThat(Trace.of(result)).isEqualTo("h[一、春耕] P[昨天,镇里召开了春耕动员会。] B[本报讯(记者 王明)]");
  }

  // Bylines and idempotence.

  @Test
  void mergesCreditsWithBylineAlreadyFound() {
    Byline closing =
        new Byline(
            "王书 曹波",
            ImmutableList.of(
                new Credit("王书", null, CreditKind.PERSON),
                new Credit("曹波", null, CreditKind.PERSON)));
    Article article = articleOf(p(3, "本报讯(记者 王明)昨天,镇里召开了春耕动员会。")).withByline(closing);

    Article result = extractor.apply(article);

    assertThat(result.byline().names()).containsExactly("王明", "王书", "曹波");
    assertThat(result.byline().text()).isEqualTo("本报讯(记者 王明) 王书 曹波");
  }

  @Test
  void keepsCreditThatBothPlacesNameOnce() {
    Byline closing =
        new Byline("记者 王明", ImmutableList.of(new Credit("王明", "记者", CreditKind.PERSON)));
    Article article = articleOf(p(3, "本报讯(记者 王明 通讯员 李红)昨天,镇里召开了春耕动员会。")).withByline(closing);

    Article result = extractor.apply(article);

    assertThat(result.byline().credits()).extracting(Credit::name).containsExactly("王明", "李红");
  }

  @Test
  void keepsBylineWhenDatelineCreditsNobody() {
    Byline closing = new Byline("王书", ImmutableList.of(new Credit("王书", null, CreditKind.PERSON)));
    Article article =
        articleOf(p(3, "WASHINGTON — The Senate passed the bill.")).withByline(closing);

    assertThat(extractor.apply(article).byline()).isEqualTo(closing);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "本报讯(记者 王明 通讯员 李红)昨天,镇里召开了春耕动员会。",
        "本報訊（記者 陳明）漁港擴建工程昨日完工。",
        "新华社北京11月28日电(记者 王明、刘芳)北京今冬首场雪如期而至。",
        "中新社福州4月2日电 中新社记者 王明\u3000福州今年的春茶开采了。",
        "新华社上海3月5日电\u3000上海的樱花开了。",
        "LONDON (Reuters) - Shares fell on Monday.",
        "MOAB, Utah (AP) — Rangers closed the canyon trail.",
        "(AP) — The county opened two cooling centers.",
        "BURLINGTON, Vt. -- The city council approved the budget.",
        "WASHINGTON — The Senate passed the bill.",
      })
  void isIdempotentOnEachDateline(String text) {
    Article once = extractor.apply(articleOf(p(3, text)));

    assertThat(once.removed()).hasSize(1);
    assertThat(extractor.apply(once)).isEqualTo(once);
  }

  // Forms of other papers and of wire services.

  @Test
  void takesOutletNewsDatelineWithUnbracketedCredit() {
    Article result = extractor.apply(articleOf(p(3, "晨江日报讯\u3000记者甘雨桐\u3000沈牧\u3000今天,溪口大桥通车。")));

    assertThat(result.metadata().dateline()).isEqualTo("晨江日报讯");
    assertThat(result.byline().names()).containsExactly("甘雨桐", "沈牧");
    assertThat(Trace.of(result)).startsWith("P[今天,溪口大桥通车。]");
  }

  @Test
  void takesOutletNewsDatelineWithBracketedCredit() {
    Article result = extractor.apply(articleOf(p(3, "晨江晚报讯（记者 甘雨桐）今天,溪口大桥通车。")));

    assertThat(result.metadata().dateline()).isEqualTo("晨江晚报讯");
    assertThat(result.byline().names()).containsExactly("甘雨桐");
  }

  @Test
  void takesOutletNewsDatelineInBlackLenticularBrackets() {
    Article result = extractor.apply(articleOf(p(3, "【晨江日报讯】（记者　甘雨桐）今天,溪口大桥通车。")));

    assertThat(result.metadata().dateline()).isEqualTo("晨江日报讯");
    assertThat(result.byline().names()).containsExactly("甘雨桐");
    assertThat(Trace.of(result)).startsWith("P[今天,溪口大桥通车。]");
  }

  @Test
  void takesHouseDatelineWithPlaceBeforeBracketedCredit() {
    Article result = extractor.apply(articleOf(p(3, "本报溪口讯(通讯员 甘雨桐)“桥通了,出门方便多了。”溪口大桥今天通车。")));

    assertThat(result.metadata().dateline()).isEqualTo("本报溪口讯");
    assertThat(result.byline().names()).containsExactly("甘雨桐");
    assertThat(Trace.of(result)).startsWith("P[“桥通了,出门方便多了。”溪口大桥今天通车。]");
  }

  @Test
  void takesOutletReportBeforeBracketedCreditAndColon() {
    Article result = extractor.apply(articleOf(p(3, "晨江在线报道(记者 甘雨桐 文/摄):溪口大桥今天通车。")));

    assertThat(result.metadata().dateline()).isEqualTo("晨江在线报道");
    assertThat(result.byline().names()).containsExactly("甘雨桐");
    assertThat(Trace.of(result)).startsWith("P[溪口大桥今天通车。]");
  }

  @Test
  void takesOutletReportNewsBeforeSpacedCreditOfSeveralNames() {
    Article result = extractor.apply(articleOf(p(3, "晨江报道讯 (沈牧 通讯员甘雨桐 林小海) 3月2日,溪口大桥通车。")));

    assertThat(result.metadata().dateline()).isEqualTo("晨江报道讯");
    assertThat(result.byline().names()).containsExactly("沈牧", "甘雨桐", "林小海");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "据媒体报道(图)溪口大桥今天通车。",
        "有关部门回应相关报道(详见下文)溪口大桥今天通车。",
        "本报溪口讯(完)"
      })
  void leavesReportWhoseBracketsCreditNobodyAlone(String text) {
    Article result = extractor.apply(articleOf(p(3, text)));

    assertThat(result.metadata().dateline()).isNull();
    assertThat(result.byline()).isNull();
  }

  @Test
  void takesWebsiteNewsDatelineWithDateAndReporters() {
    Article result = extractor.apply(articleOf(p(3, "溪口网3月2日消息（记者甘雨桐　沈牧）今天,溪口大桥通车。")));

    assertThat(result.metadata().dateline()).isEqualTo("溪口网3月2日消息");
    assertThat(result.byline().names()).containsExactly("甘雨桐", "沈牧");
  }

  @Test
  void takesTraditionalBracketedReporterOpeningTheText() {
    Article result = extractor.apply(articleOf(p(3, "〔記者甘雨桐／溪口報導〕溪口大橋今天通車。")));

    assertThat(result.byline().names()).containsExactly("甘雨桐");
    assertThat(Trace.of(result)).startsWith("P[溪口大橋今天通車。]");
  }

  @Test
  void takesCityAndDateBeforeDash() {
    Article result = extractor.apply(articleOf(p(3, "HARBOR CITY, Feb 26 - Shares fell on Monday.")));

    assertThat(result.metadata().dateline()).isEqualTo("HARBOR CITY, Feb 26");
    assertThat(Trace.of(result)).startsWith("P[Shares fell on Monday.]");

    Article wire = extractor.apply(articleOf(p(3, "Harbor City, Feb. 26 (Reuters) - Shares fell.")));
    assertThat(wire.metadata().dateline()).isEqualTo("Harbor City, Feb. 26");
    assertThat(wire.byline().credits()).extracting(Credit::kind).containsExactly(CreditKind.AGENCY);
  }

  @Test
  void takesAgencyDatelineInParagraphAfterCaption() {
    Article result =
        extractor.apply(articleOf(p(3, "Rescue crews work near the bridge on Sunday."), p(5, "(CNN) -- The bridge reopened.")));

    assertThat(Trace.of(result)).startsWith("P[Rescue crews work near the bridge on Sunday.] P[The bridge reopened.]");
    assertThat(result.byline().names()).containsExactly("CNN");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "日报讯息称,溪口大桥今天通车。", // 讯息 is a word: no separator after 讯
        "记者甘雨桐今天走访了溪口。", // a sentence about a reporter, no dateline before it
        "Harbor City, the county seat, opened a library.",
        "In March, 26 - year - old Ann Lee won.",
        "〔附件〕溪口大桥通车方案。",
      })
  void leavesLookAlikesOfNewFormsAlone(String text) {
    Article article = articleOf(p(3, text));

    assertThat(extractor.apply(article)).isSameAs(article);
  }

  @Test
  void unbracketedCreditStopsWhereTheTextStarts() {
    Article result = extractor.apply(articleOf(p(3, "晨江日报讯 记者甘雨桐 李村今年新修了三条路。")));

    assertThat(result.byline().names()).containsExactly("甘雨桐");
    assertThat(Trace.of(result)).startsWith("P[李村今年新修了三条路。]");
  }

  @Test
  void takesBracketedReporterAfterPagesLines() {
    Article result =
        extractor.apply(
            articleOf(p(3, "首頁 新聞 版面"), p(5, "2025年12月23日"), p(7, "【記者甘雨桐/溪口報導】溪口大橋今天通車。")));

    assertThat(result.byline().names()).containsExactly("甘雨桐");
    assertThat(Trace.of(result)).contains("P[溪口大橋今天通車。]");
  }

  @Test
  void looksNoFurtherThanThirdParagraphForStrongForms() {
    Article article =
        articleOf(p(3, "第一段。"), p(5, "第二段。"), p(7, "第三段。"), p(9, "【記者甘雨桐/溪口報導】溪口大橋今天通車。"));

    assertThat(extractor.apply(article)).isSameAs(article);
  }
  @Test
  void takesDatelineUnderAnUntitledItemsShortFirstLine() {
    Article result =
        extractor.apply(articleOf(p(3, "The Harbour Courier"), p(5, "PORT ELLIS, Ore. — Crews reopened the pier on Monday.")));

    assertThat(result.metadata().dateline()).isEqualTo("PORT ELLIS, Ore.");
    assertThat(Trace.of(result)).isEqualTo("P[The Harbour Courier] P[Crews reopened the pier on Monday.]");
  }

  @Test
  void leavesTheSecondParagraphWhenTheFirstIsNoHeadlineShapedLine() {
    // Adversarial: a first line that ends a sentence, a titled article's short first line, and a
    // long unended first line are no headline a second reading would take, so the text under
    // them keeps its opening.
    Article sentence = articleOf(p(3, "Rain is due."), p(5, "PORT ELLIS, Ore. — Crews reopened the pier."));
    Article titled = titled("Pier reopens", p(3, "The Harbour Courier"), p(5, "PORT ELLIS, Ore. — Crews reopened the pier."));
    Article longLine =
        articleOf(
            p(3, "Crews in the town worked through the night and the morning to clear the storm damage"),
            p(5, "PORT ELLIS, Ore. — Crews reopened the pier."));

    assertThat(extractor.apply(sentence)).isSameAs(sentence);
    assertThat(extractor.apply(titled)).isSameAs(titled);
    assertThat(extractor.apply(longLine)).isSameAs(longLine);
  }
}
