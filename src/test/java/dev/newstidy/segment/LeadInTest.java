package dev.newstidy.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class LeadInTest {
  @Test
  void boldPhraseWithDashIsBoldDashLeadIn() {
    LeadIn leadIn = LeadIn.parse("**绿色——护水**全镇今年整治河道十条。").orElseThrow();

    assertThat(leadIn).isEqualTo(new LeadIn("绿色——护水", "全镇今年整治河道十条。", LeadIn.Style.BOLD_DASH));
  }

  @Test
  void boldWordsWithoutDashAreBoldLeadIn() {
    LeadIn leadIn = LeadIn.parse("**Note:** the bridge stays closed at night.").orElseThrow();

    assertThat(leadIn.heading()).isEqualTo("Note:");
    assertThat(leadIn.rest()).isEqualTo("the bridge stays closed at night.");
    assertThat(leadIn.style()).isEqualTo(LeadIn.Style.BOLD);
  }

  @Test
  void singleEmDashAlsoMakesBoldDash() {
    assertThat(LeadIn.parse("**绿色—护水**正文。").orElseThrow().style())
        .isEqualTo(LeadIn.Style.BOLD_DASH);
  }

  @Test
  void boldBlockWithNothingAfterHasEmptyRest() {
    LeadIn leadIn = LeadIn.parse("**三项举措**").orElseThrow();

    assertThat(leadIn.heading()).isEqualTo("三项举措");
    assertThat(leadIn.rest()).isEmpty();
  }

  @Test
  void boldWordsTheSentenceContinuesAreNoLeadIn() {
    assertThat(LeadIn.parse("**附近渔民不再绕行**，码头还配备了消防设施。")).isEmpty();
    assertThat(LeadIn.parse("**Harbor Road**, which reopened in May, stays open.")).isEmpty();
    assertThat(LeadIn.parse("**三项举措**、五个抓手")).isEmpty();
  }

  @Test
  void asterisksInsideTextAreNoLeadIn() {
    assertThat(LeadIn.parse("2**3 is 8")).isEmpty();
  }

  @Test
  void unclosedOrBlankBoldIsNoLeadIn() {
    assertThat(LeadIn.parse("**没有收尾的粗体")).isEmpty();
    assertThat(LeadIn.parse("**   **正文。")).isEmpty();
    assertThat(LeadIn.parse("****正文。")).isEmpty();
  }

  @Test
  void boldLongerThanSixtyCharactersIsNoLeadIn() {
    assertThat(LeadIn.parse("**" + "长".repeat(61) + "**正文。")).isEmpty();
    assertThat(LeadIn.parse("**" + "长".repeat(60) + "**正文。")).isPresent();
  }

  @Test
  void theScanFindsWhatThePatternMatches() {
    assertThat(LeadIn.boldClose("**绿色**全镇")).isEqualTo(4);
    assertThat(LeadIn.boldClose("**a*b**")).isEqualTo(-1);
    assertThat(LeadIn.boldClose("***")).isEqualTo(-1);
    assertThat(LeadIn.boldClose("**" + "字".repeat(60) + "**")).isEqualTo(62);
    assertThat(LeadIn.boldClose("**" + "字".repeat(61) + "**")).isEqualTo(-1);
    // Random texts over the characters that decide: asterisks, line ends, spaces of each kind.
    char[] alphabet = {'*', '*', '*', '\n', '\r', ' ', '\t', '\u3000', '\u001C', 'a', '中', '—', '，'};
    Random random = new Random(11);
    for (int n = 0; n < 200_000; n++) {
      StringBuilder text = new StringBuilder(random.nextBoolean() ? "**" : "");
      int length = random.nextInt(random.nextInt(10) == 0 ? 90 : 12);
      for (int i = 0; i < length; i++) {
        text.append(random.nextInt(8) == 0 ? alphabet[random.nextInt(alphabet.length)] : '字');
      }
      String t = text.toString();
      Matcher m = LeadIn.BOLD.matcher(t);
      boolean matches = m.matches();
      assertThat(LeadIn.boldClose(t)).as("%s", t).isEqualTo(matches ? m.end(1) : -1);
      if (matches) {
        assertThat(t.substring(m.end(1) + 2).strip()).as("%s", t).isEqualTo(m.group(2).strip());
      }
    }
  }
}
