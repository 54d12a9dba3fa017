package dev.newstidy.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineNormaliserTest {
  /** Three sentences of one article that a scraper put on one line. */
  private static final String FIRST = "今年春天，临江市在城区新建了十二座口袋公园，附近的居民每天傍晚都会带着孩子来这里散步、下棋和跳广场舞。";

  private static final String SECOND = "公园里种上了桂花、海棠和银杏，园路两侧还安装了节能路灯和休息座椅，方便老人歇脚。";
  private static final String THIRD = "市园林部门表示，明年还将在老城区继续建设一批小公园，让更多市民出门就能见到绿色。";

  // Entities and tags.

  @Test
  void decodesEntitiesAndTurnsNoBreakSpaceIntoSpace() throws IOException {
    assertThat(texts(normalise("A&amp;B&nbsp;C"))).containsExactly("A&B C");
  }

  @Test
  void decodesNumericEntities() throws IOException {
    assertThat(texts(normalise("好&#12290;再见&#x3002;"))).containsExactly("好。再见。");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"编号&#9999999;的文件", "编号&#xFFFFFF;的文件", "编号&#55296;的文件", "编号&#xDC00;的文件"})
  void survivesNumericEntityThatNamesNoCharacter(String text) throws IOException {
    // Beyond U+10FFFF or a lone surrogate: HTML reads these as U+FFFD; they must not end the run.
    List<String> texts = texts(normalise(text));

    assertThat(texts).singleElement().asString().startsWith("编号").endsWith("的文件");
    assertThat(texts.get(0).chars().noneMatch(c -> Character.isSurrogate((char) c)))
        .as("no lone surrogate")
        .isTrue();
  }

  @Test
  void keepsLessThanThatWasEscapedInText() throws IOException {
    assertThat(texts(normalise("Tom &lt;3 Ann"))).containsExactly("Tom <3 Ann");
  }

  @Test
  void escapedTagIsDecodedToTextAndNotReadAsBreak() throws IOException {
    List<Line> lines = normalise("写法是&lt;br&gt;标签");

    assertThat(texts(lines)).containsExactly("写法是<br>标签");
  }

  @Test
  void leavesAmpersandThatIsNoEntityAlone() throws IOException {
    assertThat(texts(normalise("AT&T and Q&A"))).containsExactly("AT&T and Q&A");
  }

  @Test
  void dropsInlineTagsAndKeepsTheirText() throws IOException {
    assertThat(texts(normalise("x<sup>2</sup>"))).containsExactly("x2");
    assertThat(texts(normalise("<span class=\"lead\">镇里</span>新修了<a href=\"/r\">三条路</a>。")))
        .containsExactly("镇里新修了三条路。");
  }

  @Test
  void keepsAngleBracketsOfRunningText() throws IOException {
    assertThat(texts(normalise("if x<y and y>z then x<z")))
        .containsExactly("if x<y and y>z then x<z");
  }

  @Test
  void lineBreakTagSplitsLineWithinOneParagraph() throws IOException {
    List<Line> lines = normalise(new Line(7, "第一行。<br/>第二行。", 0));

    assertThat(paragraphs(lines)).containsExactly(List.of("第一行。", "第二行。"));
    assertThat(lines).extracting(Line::number).containsOnly(7);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"第一行。<br>第二行。", "第一行。<BR />第二行。", "第一行。<br/>第二行。"})
  void readsEverySpellingOfLineBreak(String text) throws IOException {
    assertThat(texts(normalise(text))).containsExactly("第一行。", "第二行。");
  }

  @Test
  void paragraphTagsSplitLineIntoParagraphsSeparatedByBlankLines() throws IOException {
    List<Line> lines = normalise(new Line(4, "<p>第一段。</p><p>第二段。</p>", 0));

    assertThat(paragraphs(lines)).containsExactly(List.of("第一段。"), List.of("第二段。"));
    assertThat(lines).extracting(Line::number).containsOnly(4);
  }

  @Test
  void blockTagWithAttributesIsParagraphBreak() throws IOException {
    List<Line> lines = normalise("第一段。<div class=\"note\">第二段。</div>");

    assertThat(paragraphs(lines)).containsExactly(List.of("第一段。"), List.of("第二段。"));
  }

  // Invisible characters and odd spaces.

  @Test
  void dropsZeroWidthCharactersAndByteOrderMarks() throws IOException {
    assertThat(texts(normalise("\uFEFF新\u200B闻\u200D发\u2060布\uFEFF会"))).containsExactly("新闻发布会");
  }

  @Test
  void dropsControlCharacters() throws IOException {
    assertThat(texts(normalise("a\u0007b\u001Bc\u007Fd\u0085e"))).containsExactly("abcde");
  }

  @Test
  void turnsNoBreakAndFixedWidthSpacesIntoPlainSpaces() throws IOException {
    assertThat(texts(normalise("10\u00A0km and 5\u202Fkg"))).containsExactly("10 km and 5 kg");
  }

  @Test
  void stripsIndentOfIdeographicSpacesAndTabs() throws IOException {
    assertThat(texts(normalise("\u3000\u3000镇里新修了三条路。"))).containsExactly("镇里新修了三条路。");
    assertThat(texts(normalise("\t镇里新修了三条路。\t"))).containsExactly("镇里新修了三条路。");
  }

  @Test
  void lineOfNothingButInvisibleCharactersBecomesBlankLineWithItsNumber() throws IOException {
    List<Line> lines = normalise(new Line(9, "\u200B\uFEFF\u3000", 0));

    assertThat(lines).isNotEmpty().allMatch(Line::isBlank);
    assertThat(lines).extracting(Line::number).containsOnly(9);
  }

  // Articles on one line.

  @Test
  void ideographicIndentsSplitLineIntoParagraphs() throws IOException {
    List<Line> lines = normalise(new Line(12, "\u3000\u3000第一段。\u3000\u3000第二段。", 0));

    assertThat(paragraphs(lines)).containsExactly(List.of("第一段。"), List.of("第二段。"));
    assertThat(lines).extracting(Line::number).containsOnly(12);
  }

  @Test
  void ideographicIndentsSplitLongLineIntoParagraphsSeparatedByBlankLines() throws IOException {
    String line = "\u3000\u3000" + FIRST + "\u3000\u3000" + SECOND + "\u3000\u3000" + THIRD;

    List<Line> lines = normalise(new Line(3, line, 0));

    assertThat(paragraphs(lines)).containsExactly(List.of(FIRST), List.of(SECOND), List.of(THIRD));
    assertThat(lines).extracting(Line::number).containsOnly(3);
    assertThat(lines.get(0).isBlank()).as("blank line before the pieces").isTrue();
    assertThat(lines.get(lines.size() - 1).isBlank()).as("blank line after the pieces").isTrue();
  }

  @Test
  void emphasisMarkBeforeAnIndentGoesWithTheTextItMarks() throws IOException {
    assertThat(paragraphs(normalise("码头启用。**\u3000\u3000附近渔民不再绕行**，还配备了消防设施。")))
        .containsExactly(List.of("码头启用。"), List.of("**附近渔民不再绕行**，还配备了消防设施。"));
    assertThat(paragraphs(normalise("**码头启用。**\u3000\u3000附近渔民不再绕行。")))
        .containsExactly(List.of("**码头启用。**"), List.of("附近渔民不再绕行。"));
  }

  @Test
  void emphasisMarkWithoutAnIndentDoesNotSplit() throws IOException {
    assertThat(paragraphs(normalise("码头启用。**附近渔民**不再绕行。")))
        .containsExactly(List.of("码头启用。**附近渔民**不再绕行。"));
  }

  @Test
  void ideographicSpacesInsideSentenceDoNotSplitLine() throws IOException {
    assertThat(paragraphs(normalise("姓名\u3000\u3000王明")))
        .containsExactly(List.of("姓名\u3000\u3000王明"));
  }

  @Test
  void runsOfSpacesAfterSentenceEndsSplitLongLine() throws IOException {
    String line = FIRST + "    " + SECOND + "   " + THIRD;

    List<Line> lines = normalise(new Line(5, line, 0));

    assertThat(paragraphs(lines)).containsExactly(List.of(FIRST), List.of(SECOND), List.of(THIRD));
    assertThat(lines).extracting(Line::number).containsOnly(5);
  }

  @Test
  void runsOfSpacesAfterFullStopSplitLongEnglishLine() throws IOException {
    String first =
        "The county opened a new branch library on Monday, and hundreds of residents lined up"
            + " before the doors opened.";
    String second = "Officials said the building cost less than planned.";

    List<Line> lines = normalise(first + "   " + second);

    assertThat(paragraphs(lines)).containsExactly(List.of(first), List.of(second));
  }

  @Test
  void runsOfSpacesInShortLineStay() throws IOException {
    Line line = new Line(2, "第一句。   第二句。", 0);

    assertThat(normalise(line)).containsExactly(line);
  }

  @Test
  void runsOfSpacesInsideSentenceOfLongLineDoNotSplitIt() throws IOException {
    String line = FIRST + SECOND + "今年的项目包括   口袋公园、绿道和" + THIRD;

    assertThat(paragraphs(normalise(line))).containsExactly(List.of(line));
  }

  // What stays.

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"镇里新修了三条路，村民出行更方便了。", "The county board voted on Monday.", ""})
  void returnsLineWithNothingToCleanAsTheSameObject(String text) throws IOException {
    Line line = new Line(6, text, 0);

    List<Line> lines = normalise(line);

    assertThat(lines).hasSize(1);
    assertThat(lines.get(0)).isSameAs(line);
  }

  @Test
  void keepsInvalidByteCountOfCleanedLine() throws IOException {
    assertThat(normalise(new Line(8, "a&amp;\uFFFDb", 2)))
        .containsExactly(new Line(8, "a&\uFFFDb", 2));
  }

  @Test
  void linesAfterSplitLineKeepTheirOwnNumbers() throws IOException {
    List<Line> lines =
        normalise(
            new Line(1, "标题", 0),
            new Line(2, "\u3000\u3000第一段。\u3000\u3000第二段。", 0),
            new Line(3, "第三段。", 0));

    assertThat(
            lines.stream()
                .filter(line -> !line.isBlank())
                .map(line -> line.number() + " " + line.text()))
        .containsExactly("1 标题", "2 第一段。", "2 第二段。", "3 第三段。");
  }

  /**
   * The quick paths of {@code needsWork} must answer as the plain definition does, for every
   * character alone and inside clean text of either script.
   */
  @Test
  void cleanLinesPassUntouchedAndEachMarkedCharacterNeedsWork() {
    assertThat(LineNormaliser.needsWork("柳河新桥今日通车。")).isFalse();
    assertThat(LineNormaliser.needsWork("Bridge opens today.")).isFalse();
    assertThat(LineNormaliser.needsWork("“桥”——通车…")).isFalse();
    assertThat(LineNormaliser.needsWork("甲&amp;乙")).isTrue();
    assertThat(LineNormaliser.needsWork("　　甲")).isTrue();
    assertThat(LineNormaliser.needsWork("Tom<br>Ann")).isTrue();
    for (int c = 0; c <= 0xFFFF; c++) {
      char ch = (char) c;
      boolean plain =
          Character.isSurrogate(ch) || ch == '<' || ch == '&' || ch == '\u3000' || ch == '\t' || ch < 0x20
              || (ch >= 0x7F && ch <= 0xA0) || (ch >= '\u2000' && ch <= '\u200F')
              || (ch >= '\u2028' && ch <= '\u206F') || ch == '\uFEFF' || ch == '\u00AD';
      assertThat(LineNormaliser.needsWork("新桥" + ch + "通车"))
          .as("U+%04X", c)
          .isEqualTo(plain);
    }
  }

  @Test
  void endsWhenUnderlyingSourceEnds() throws IOException {
    LineNormaliser normaliser = new LineNormaliser(source(List.of(new Line(1, "a<br>b", 0))));
    normaliser.next();
    normaliser.next();

    assertThat(normaliser.next()).isNull();
    assertThat(normaliser.next()).isNull();
  }

  private static List<Line> normalise(String text) throws IOException {
    return normalise(new Line(1, text, 0));
  }

  private static List<Line> normalise(Line... input) throws IOException {
    LineNormaliser normaliser = new LineNormaliser(source(List.of(input)));
    List<Line> out = new ArrayList<>();
    for (Line line = normaliser.next(); line != null; line = normaliser.next()) {
      out.add(line);
    }
    return out;
  }

  private static LineSource source(List<Line> lines) {
    Iterator<Line> it = lines.iterator();
    return () -> it.hasNext() ? it.next() : null;
  }

  /** The texts of the non-blank lines. */
  private static List<String> texts(List<Line> lines) {
    return lines.stream().filter(line -> !line.isBlank()).map(Line::text).toList();
  }

  /** The non-blank lines grouped into paragraphs, which blank lines separate. */
  private static List<List<String>> paragraphs(List<Line> lines) {
    List<List<String>> paragraphs = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (Line line : lines) {
      if (line.isBlank()) {
        if (!current.isEmpty()) {
          paragraphs.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(line.text());
      }
    }
    if (!current.isEmpty()) {
      paragraphs.add(current);
    }
    return paragraphs;
  }
}
