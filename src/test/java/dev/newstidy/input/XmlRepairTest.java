package dev.newstidy.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlRepairTest {
  @Test
  void escapesAStrayAmpersand() {
    assertThat(XmlRepair.repair("<url>a.test/?x=1&y=2</url>")).isEqualTo("<url>a.test/?x=1&amp;y=2</url>");
  }

  @Test
  void keepsReferencesXmlKnowsAndEscapesHtmlOnes() {
    assertThat(XmlRepair.repair("A&amp;B &#12290; &#x3002; &nbsp;C")).isEqualTo("A&amp;B &#12290; &#x3002; &amp;nbsp;C");
  }

  @Test
  void escapesALessThanThatOpensNoTag() {
    assertThat(XmlRepair.repair("<t>3 < 5 &amp; 6 <b>x</b></t>")).isEqualTo("<t>3 &lt; 5 &amp; 6 <b>x</b></t>");
  }

  @Test
  void keepsAReferenceToAControlCharacterAsText() {
    assertThat(XmlRepair.repair("a&#3;b&#9;")).isEqualTo("a&amp;#3;b&#9;");
  }

  @Test
  void dropsCharactersXmlForbids() {
    assertThat(XmlRepair.repair("a\u0001b\u000Bc\td\ud800e")).isEqualTo("abc\tde");
  }

  @Test
  void keepsCommentsCdataAndDeclarations() {
    String xml = "<?xml version=\"1.0\"?><!-- x --><t><![CDATA[a<b]]></t>";

    assertThat(XmlRepair.repair(xml)).isEqualTo(xml);
  }
}
