package dev.newstidy.stage.furniture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import dev.newstidy.model.Credit;
import dev.newstidy.model.CreditKind;
import dev.newstidy.model.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetadataLineParserTest {
  private final MetadataLineParser parser = new MetadataLineParser();

  // Chinese lines.

  @Test
  void readsOneLineOfChineseMetadataWithCounter() {
    MetadataLineParser.Parsed parsed =
        parser.parse("来源:临江日报 作者:王明 发布时间:2023-06-18 10:30 浏览次数:321").orElseThrow();

    assertThat(parsed.metadata().publisher()).isEqualTo("临江日报");
    assertThat(parsed.metadata().date()).isEqualTo("2023-06-18T10:30");
    assertThat(parsed.metadata().editors()).isEmpty();
    assertThat(parsed.authors())
        .extracting(Credit::name, Credit::kind)
        .containsExactly(tuple("王明", CreditKind.PERSON));
  }

  @Test
  void readsFullWidthColonsAndFontSizeLinks() {
    MetadataLineParser.Parsed parsed =
        parser.parse("来源：城南区政府网　发布日期：2023年9月1日　字号：大 中 小").orElseThrow();

    assertThat(parsed.metadata().publisher()).isEqualTo("城南区政府网");
    assertThat(parsed.metadata().date()).isEqualTo("2023-09-01");
  }

  @Test
  void readsTraditionalKeys() {
    MetadataLineParser.Parsed parsed =
        parser.parse("來源：臨江日報 作者：陳明 發布時間：2023年6月18日 責任編輯：林美").orElseThrow();

    assertThat(parsed.metadata())
        .isEqualTo(new Metadata(null, "2023-06-18", "臨江日報", ImmutableList.of("林美")));
    assertThat(parsed.authors()).extracting(Credit::name).containsExactly("陳明");
  }

  @Test
  void readsSeveralAuthorsAndEditors() {
    MetadataLineParser.Parsed parsed = parser.parse("作者:王明、李红 编辑:张华 刘芳").orElseThrow();

    assertThat(parsed.authors()).extracting(Credit::name).containsExactly("王明", "李红");
    assertThat(parsed.metadata().editors()).containsExactly("张华", "刘芳");
  }

  @Test
  void keepsDateAsPrintedWhenItDoesNotParse() {
    assertThat(parser.parse("时间:昨天上午").orElseThrow().metadata().date()).isEqualTo("昨天上午");
  }

  @Test
  void readsEditorInBracketsOnItsOwnLine() {
    MetadataLineParser.Parsed parsed = parser.parse("(责任编辑:张华 )").orElseThrow();

    assertThat(parsed.metadata().editors()).containsExactly("张华");
    assertThat(parsed.authors()).isEmpty();
  }

  @Test
  void readsEditorInFullWidthBrackets() {
    assertThat(parser.parse("（責任編輯：林美）").orElseThrow().metadata().editors()).containsExactly("林美");
    assertThat(parser.parse("【来源:临江日报】").orElseThrow().metadata().publisher()).isEqualTo("临江日报");
  }

  // English lines.

  @Test
  void readsPostedWithColon() {
    assertThat(parser.parse("POSTED: June 18, 2023").orElseThrow().metadata().date())
        .isEqualTo("2023-06-18");
  }

  @Test
  void readsUpdatedWithoutColon() {
    MetadataLineParser.Parsed parsed =
        parser.parse("Updated June 18, 2023 at 9:40 a.m.").orElseThrow();

    assertThat(parsed.metadata().date()).isEqualTo("2023-06-18T09:40");
  }

  @Test
  void readsUpdatedWithTimeBeforeDate() {
    assertThat(parser.parse("Updated 6:15 PM EDT Apr 12, 2024").orElseThrow().metadata().date())
        .isEqualTo("2024-04-12T18:15");
  }

  @Test
  void readsEnglishSource() {
    assertThat(parser.parse("Source: Lake County Herald").orElseThrow().metadata().publisher())
        .isEqualTo("Lake County Herald");
  }

  @Test
  void readsNameCommaManagingEditorAsEditor() {
    MetadataLineParser.Parsed parsed = parser.parse("Jane Doe, Managing Editor").orElseThrow();

    assertThat(parsed.metadata().editors()).containsExactly("Jane Doe");
    assertThat(parsed.authors()).isEmpty();
  }

  @Test
  void readsNameCommaStaffWriterAsAuthor() {
    MetadataLineParser.Parsed parsed = parser.parse("Tom Hart, Staff Writer").orElseThrow();

    assertThat(parsed.metadata().isEmpty()).isTrue();
    assertThat(parsed.authors())
        .extracting(Credit::name, Credit::role, Credit::kind)
        .containsExactly(tuple("Tom Hart", "Staff Writer", CreditKind.PERSON));
  }

  @Test
  void leavesByLineWithRoleToBylineDetector() {
    assertThat(parser.parse("By Thomas Reed, Managing Editor")).isEmpty();
  }

  // Text that is no metadata.

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "来源可靠的消息称,项目已开工。",
        "溪口村村民饮用水的来源,过去一直是山泉水。",
        "今年七十二岁的他曾是日报的责任编辑。",
        "Updated flood maps put more homes in the risk zone.",
        "Posted notices will go out next month.",
        "The editor said the paper would print on Sunday.",
        "",
      })
  void readsNoMetadataFromSentences(String line) {
    assertThat(parser.parse(line)).isEmpty();
  }

  @Test
  void readsNoMetadataFromNoticeSentenceThatOpensWithTimeKey() {
    // An event notice inside an article: a sentence, and its "date" is no date.
    assertThat(parser.parse("时间：3月5日上午9点，地点：村文化礼堂。")).isEmpty();
  }

  @Test
  void readsNoMetadataWhenValueIsLongerThanFortyCharacters() {
    String value = "村里今年新修了三条路，还在路边种上了桂花和海棠，村民们都说出行方便多了，环境也更好了。";

    assertThat(value.length()).isGreaterThan(40);
    assertThat(parser.parse("来源:" + value)).isEmpty();
    assertThat(parser.parse("作者:王明 编辑:" + value)).isEmpty();
  }

  @Test
  void readsNoMetadataFromLineLongerThanAnyMetadataLine() {
    String line = "来源:临江日报 " + "作者:王明 ".repeat(30);

    assertThat(parser.parse(line)).isEmpty();
  }

  // Glued at the end of a paragraph.

  @Test
  void findsEditorGluedAtEndOfParagraph() {
    MetadataLineParser.Trailing trailing =
        parser.findTrailing("村里的土路变成了柏油路，一幅美丽的田园乡村画卷正徐徐展开。(责任编辑:张华 )").orElseThrow();

    assertThat(trailing.body()).isEqualTo("村里的土路变成了柏油路，一幅美丽的田园乡村画卷正徐徐展开。");
    assertThat(trailing.removedText()).isEqualTo("(责任编辑:张华 )");
    assertThat(trailing.parsed().metadata().editors()).containsExactly("张华");
  }

  @Test
  void findsTraditionalEditorGluedInFullWidthBrackets() {
    MetadataLineParser.Trailing trailing = parser.findTrailing("漁港今年擴建完成。（責任編輯：林美）").orElseThrow();

    assertThat(trailing.body()).isEqualTo("漁港今年擴建完成。");
    assertThat(trailing.parsed().metadata().editors()).containsExactly("林美");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "村里新修了三条路(含两条机耕路)",
        "展会将持续三天。(记者 王明)",
        "村里新修了三条路。",
        "(责任编辑:张华 )",
      })
  void findsNoTrailingMetadataWhereNoneIsGlued(String text) {
    assertThat(parser.findTrailing(text)).isEmpty();
  }

  @Test
  void takesReportersRoleOffAuthorNames() {
    assertThat(parser.parse("作者:特约记者 甘雨桐 沈牧之").orElseThrow().authors())
        .extracting(Credit::name, Credit::role)
        .containsExactly(tuple("甘雨桐", "特约记者"), tuple("沈牧之", "特约记者"));
    assertThat(parser.parse("作者: 记者 甘雨桐").orElseThrow().authors())
        .extracting(Credit::name)
        .containsExactly("甘雨桐");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Ledger Staff Writer", "LEDGER STAFF WRITER"})
  void readsDeskLineAsMetadataThatCreditsNobody(String line) {
    MetadataLineParser.Parsed parsed = parser.parse(line).orElseThrow();

    assertThat(parsed.authors()).isEmpty();
    assertThat(parsed.metadata().editors()).isEmpty();
  }

  @Test
  void readsKeysAfterPagesLeadingDate() {
    MetadataLineParser.Parsed parsed =
        parser.parse("2017-03-08 09:00:03  来源:  溪口新闻网  作者: 记者 甘雨桐").orElseThrow();

    assertThat(parsed.metadata().date()).isEqualTo("2017-03-08T09:00");
    assertThat(parsed.metadata().publisher()).isEqualTo("溪口新闻网");
    assertThat(parsed.authors()).extracting(Credit::name).containsExactly("甘雨桐");
  }

  @Test
  void readsNoMetadataFromDateBeforeASentence() {
    assertThat(parser.parse("2017-03-08 溪口新闻网报道,大桥通车。")).isEmpty();
  }

  // Reviewers, padded keys, counters, posters and urls.

  @Test
  void readsReviewersFromPaddedKeysAndPaddedNames() {
    assertThat(parser.parse("一 审:魏 青").orElseThrow().metadata().reviewers()).containsExactly("魏青");
    assertThat(parser.parse("二审：罗兴明").orElseThrow().metadata().reviewers()).containsExactly("罗兴明");
    assertThat(parser.parse("終審：陳文彬").orElseThrow().metadata().reviewers()).containsExactly("陳文彬");
    assertThat(parser.parse("编 辑:苏 立").orElseThrow().metadata().editors()).containsExactly("苏立");
  }

  @Test
  void keepsTwoNamesOfTwoCharactersApart() {
    assertThat(parser.parse("一审:魏青 罗华").orElseThrow().metadata().reviewers()).containsExactly("魏青", "罗华");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"点击:1024次", "阅读 356 次", "閱讀次數：88", "浏览量 (1,024)", "点击数:"})
  void readsHitCounterAsLineThatStatesNothing(String line) {
    MetadataLineParser.Parsed parsed = parser.parse(line).orElseThrow();

    assertThat(parsed.metadata().isEmpty()).isTrue();
    assertThat(parsed.authors()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "阅读 3 本书的体会",
        "点击量翻了一倍。",
        "一审判决后,他提出上诉。",
        "二审法院认为原判正确。",
        "原文链接:见文末",
        "Posted by popular demand, the list returns.",
        "Posted by the county clerk on the door",
      })
  void readsNoMetadataFromLookAlikes(String line) {
    assertThat(parser.parse(line)).isEmpty();
  }

  @Test
  void readsPosterAsAuthorAndDate() {
    MetadataLineParser.Parsed parsed = parser.parse("Posted by: Mark Ellis on June 18, 2023").orElseThrow();

    assertThat(parsed.authors()).extracting(Credit::name).containsExactly("Mark Ellis");
    assertThat(parsed.metadata().date()).isEqualTo("2023-06-18");
    assertThat(parser.parse("Posted by Jane Doe").orElseThrow().authors()).extracting(Credit::name).containsExactly("Jane Doe");
  }

  @Test
  void readsEnglishEditorAndPublishedKeys() {
    assertThat(parser.parse("Editor: Sam Lowe").orElseThrow().metadata().editors()).containsExactly("Sam Lowe");
    assertThat(parser.parse("Published: June 18, 2023").orElseThrow().metadata().date()).isEqualTo("2023-06-18");
  }

  @Test
  void readsSourceUrlEvenWhenLongerThanOtherValues() {
    String url = "https://news.example/local/2023/06/18/river-bridge-opens-to-traffic.html";

    assertThat(url.length()).isGreaterThan(40);
    assertThat(parser.parse("原文链接：" + url).orElseThrow().metadata().url()).isEqualTo(url);
  }
}
