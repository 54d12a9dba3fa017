package dev.newstidy.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.Test;

class HtmlMarkupTest {
  @Test
  void dropsTagsAndTurnsBreaksIntoLineAndParagraphBreaks() {
    assertThat(HtmlMarkup.withoutTags("甲<br/>乙<p>丙</p>x<sup>2</sup>")).isEqualTo("甲\n乙\n\n丙\n\nx2");
  }

  @Test
  void leavesComparisonsAndUnknownNamesInRunningText() {
    // Adversarial: look-alikes of tags that are text.
    assertThat(HtmlMarkup.withoutTags("x<y and y>z, <tide>, Tom <3 Ann")).isEqualTo("x<y and y>z, <tide>, Tom <3 Ann");
  }

  @Test
  void findsEntitiesButNotABareAmpersand() {
    assertThat(HtmlMarkup.hasEntity("甲&amp;乙")).isTrue();
    assertThat(HtmlMarkup.hasEntity("&#12290;")).isTrue();
    assertThat(HtmlMarkup.hasEntity("AT&T, R&D; & more")).isFalse();
  }

  @Test
  void spellsTagsAndEntitiesSoThatTheReaderGivesThemBack() {
    assertThat(HtmlMarkup.spelledForReading("用<b>加粗</b>")).isEqualTo("用&lt;b>加粗&lt;/b>");
    assertThat(HtmlMarkup.spelledForReading("3 &lt; 4")).isEqualTo("3 &amp;lt; 4");
    for (String text :
        new String[] {
          "用<b>加粗</b>", "换行<br>与<p class=\"a\">段落", "3 &lt; 4 与 &#12290;", "<<b>b>", "a<b and c>d", "<span>&amp;</span>", "纯文本。"
        }) {
      assertThat(read(HtmlMarkup.spelledForReading(text))).as(text).isEqualTo(text);
    }
  }

  @Test
  void leavesTextThatReadsBackAsWrittenUnchanged() {
    // Adversarial: nothing the reader would change, so nothing to spell.
    for (String text : new String[] {"x<y and y>z", "Tom <3 Ann", "<tide>", "AT&T", "R&D;", "&", "<"}) {
      assertThat(HtmlMarkup.spelledForReading(text)).isEqualTo(text);
    }
  }

  /** What the reader makes of a line: tags dropped first, then entities decoded. */
  private static String read(String line) {
    String s = HtmlMarkup.withoutTags(line);
    return HtmlMarkup.hasEntity(s) ? StringEscapeUtils.unescapeHtml4(s) : s;
  }
}
