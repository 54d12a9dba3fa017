package dev.newstidy.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditRulesTest {
  @Test
  void deskCreditIsAPaperAndAStaffRoleAlone() {
    assertThat(CreditRules.isDeskCredit("Ledger Staff Writer")).isTrue();
    assertThat(CreditRules.isDeskCredit("HARBOR LEDGER STAFF REPORTER")).isTrue();
    assertThat(CreditRules.isDeskCredit("Staff Writer")).isTrue();
  }

  @Test
  void namedCreditsAndSentencesAboutStaffAreNoDeskCredit() {
    // Adversarial look-alikes: a named credit (a byline), and running text that mentions staff.
    assertThat(CreditRules.isDeskCredit("Mara Quill, Staff Writer")).isFalse();
    assertThat(CreditRules.isDeskCredit("The staff writer who broke the story")).isFalse();
    assertThat(CreditRules.isDeskCredit("Staff writers walked out on Monday.")).isFalse();
    assertThat(CreditRules.isDeskCredit("Ledger staff writer Mara Quill reports")).isFalse();
  }

  @Test
  void wireLineIsAnAgencyAloneOrWithItsPlace() {
    assertThat(CreditRules.isWireLine("Associated Press")).isTrue();
    assertThat(CreditRules.isWireLine("Press Trust of India  |  Dunmore")).isTrue();
    assertThat(CreditRules.isWireLine("Reuters")).isTrue();
  }

  @Test
  void sentencesAndHeadlinesThatNameAnAgencyAreNoWireLine() {
    // Adversarial look-alikes: an agency in a sentence, two agencies, a word that spells one.
    assertThat(CreditRules.isWireLine("Associated Press reported the ferry vote on Monday.")).isFalse();
    assertThat(CreditRules.isWireLine("Reuters and AP")).isFalse();
    assertThat(CreditRules.isWireLine("AP Calculus scores rose at Dunmore High")).isFalse();
    assertThat(CreditRules.isWireLine("Reuters | Dunmore | Harbor")).isFalse();
  }
}
