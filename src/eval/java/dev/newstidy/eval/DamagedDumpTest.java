package dev.newstidy.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks the harness itself: the dump is reproducible and its truth points at what was planted. */
class DamagedDumpTest {
  private static final DamagedDump DUMP = DamagedDump.generate(11, 120, DamageRates.defaults());
  private static final List<String> LINES = List.of(DUMP.text().split("\n", -1));

  @Test
  void sameSeedGivesSameDump() {
    assertThat(DamagedDump.generate(11, 120, DamageRates.defaults())).isEqualTo(DUMP);
    assertThat(DamagedDump.generate(12, 120, DamageRates.defaults()).text()).isNotEqualTo(DUMP.text());
  }

  @Test
  void truthSpansStartAtTheHeadlineOrTheUntitledParagraph() {
    for (TruthArticle t : DUMP.truth()) {
      String first = line(t.firstLine());
      if (t.title() != null) {
        assertThat(first).isEqualTo("# " + t.title());
      } else {
        assertThat(List.of(line(t.firstLine() - 1), line(t.firstLine() - 2), line(t.firstLine() - 3))).containsOnly("");
        assertThat(first).isNotBlank();
      }
      assertThat(line(t.lastLine())).isNotBlank();
    }
  }

  @Test
  void plantedRepeatsRepeatTheBlockBeforeThem() {
    long repeats = 0;
    for (TruthArticle t : DUMP.truth()) {
      for (int line : t.repeatLines()) {
        assertThat(block(line)).isEqualTo(block(previousBlockStart(line)));
        repeats++;
      }
    }
    assertThat(repeats).isPositive();
  }

  @Test
  void nearCopiesDifferFromTheirParagraphInOneCharacter() {
    long near = 0;
    for (TruthArticle t : DUMP.truth()) {
      for (int line : t.nearLines()) {
        String copy = block(line);
        assertThat(t.paragraphs()).noneMatch(copy::equals);
        assertThat(t.paragraphs()).anyMatch(p -> p.length() == copy.length() && differences(p, copy) == 1);
        near++;
      }
    }
    assertThat(near).isPositive();
  }

  @Test
  void chineseBylinesAreGluedToTheLastSentence() {
    TruthArticle credited =
        DUMP.truth().stream().filter(t -> t.lang() == Language.ZH && !t.names().isEmpty()).findFirst().orElseThrow();
    String last = credited.paragraphs().get(credited.paragraphs().size() - 1);
    assertThat(DUMP.text()).contains(last.substring(last.length() - 3) + String.join(" ", credited.names()));
  }

  private static String line(int number) {
    return LINES.get(number - 1);
  }

  /** The block (lines up to the next blank line, joined with spaces) that starts at {@code number}. */
  private static String block(int number) {
    StringBuilder text = new StringBuilder(line(number));
    for (int n = number + 1; n <= LINES.size() && !line(n).isEmpty(); n++) {
      text.append(' ').append(line(n));
    }
    return text.toString();
  }

  private static int previousBlockStart(int number) {
    int n = number - 1;
    while (line(n).isEmpty()) {
      n--;
    }
    while (n > 1 && !line(n - 1).isEmpty()) {
      n--;
    }
    return n;
  }

  private static int differences(String a, String b) {
    int d = 0;
    for (int i = 0; i < a.length(); i++) {
      d += a.charAt(i) == b.charAt(i) ? 0 : 1;
    }
    return d;
  }
}
