package dev.newstidy.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReutersSgmlReaderTest {
  private static final String WIRE = Fixtures.WIRE;

  @TempDir Path temp;
  private final List<String> warnings = new ArrayList<>();

  @Test
  void readsTitleDatelineBodyAndFields() throws IOException {
    List<ReadBack.Doc> docs = ReadBack.read(temp, "reut2-000.sgm", WIRE, ReadBack.format(InputFormat.AUTO), warnings);

    assertThat(docs).hasSize(2);
    ReadBack.Doc story = docs.get(0);
    assertThat(story.record()).isEqualTo(1);
    assertThat(story.lines())
        .containsExactly(
            "1:# HARBIN MILL CUTS OUTPUT <HMC>",
            "1:The Harbin steel mill said it would cut",
            "2:output by a tenth this year, citing weak demand from",
            "3:builders.",
            "4:",
            "4:    The mill, which employs 3,000 people, said the cut would",
            "5:start in April, a spokesman told Reuters.");
    assertThat(story.metadata().dateline()).isEqualTo("HARBIN, March 2");
    assertThat(story.fields())
        .containsExactly(
            Map.entry("TOPICS", "[\"steel\"]"),
            Map.entry("LEWISSPLIT", "\"TRAIN\""),
            Map.entry("OLDID", "\"9001\""),
            Map.entry("NEWID", "\"7\""),
            Map.entry("DATE", "\"2-MAR-1987 09:15:00.12\""),
            Map.entry("PLACES", "[\"china\",\"japan\"]"));
    assertThat(warnings).isEmpty();
  }

  @Test
  void aBriefIsAHeadlineAlone() throws IOException {
    ReadBack.Doc brief = ReadBack.read(temp, "reut2-000.sgm", WIRE, ReadBack.format(InputFormat.SGML), warnings).get(1);

    assertThat(brief.record()).isEqualTo(2);
    assertThat(brief.text()).isEqualTo("# QINGCHUAN BANK RAISES PRIME RATE");
    assertThat(brief.fields()).containsEntry("NEWID", "\"8\"").containsEntry("TOPICS", "\"NO\"");
  }

  @Test
  void anUnprocessedTextIsReadWhole() throws IOException {
    String sgml =
        "<REUTERS NEWID=\"9\"><TEXT TYPE=\"UNPROC\">&#2;\nLIUHE SHIPPING FIGURES\n    Cargo rose 5 pct.\n Reuter\n&#3;</TEXT></REUTERS>";

    ReadBack.Doc doc = ReadBack.read(temp, "x.sgm", sgml, ReadBack.format(InputFormat.SGML), warnings).get(0);

    assertThat(doc.text()).isEqualTo("LIUHE SHIPPING FIGURES\n\n    Cargo rose 5 pct.");
  }

  @Test
  void aRecordWithoutTextOrEndIsSkippedWithItsLine() throws IOException {
    String sgml = "<REUTERS NEWID=\"1\"><DATE>x</DATE></REUTERS>\n<REUTERS NEWID=\"2\">\n<TEXT>cut off";

    List<ReadBack.Doc> docs = ReadBack.read(temp, "x.sgm", sgml, ReadBack.format(InputFormat.SGML), warnings);

    assertThat(docs).isEmpty();
    String at = "warning: " + temp.resolve("x.sgm");
    assertThat(warnings)
        .containsExactly(
            at + ":1: no <TEXT> in the record; record skipped", at + ":2: <REUTERS> not closed; record skipped");
  }
}
