package dev.newstidy.stage.byline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newstidy.model.Byline;
import dev.newstidy.model.Credit;
import dev.newstidy.model.CreditKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EnglishCreditsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Story by ANN LEE| ANN LEE",
        "Written By: Tom Hart| Tom Hart",
        "Words by Tom Hart| Tom Hart",
        "By TOM REYES The Harbor Ledger| TOM REYES",
        "By MAY CHO Daily Press| MAY CHO",
        "By TOM REYES Associated Press| TOM REYES",
        "By Ann Lee Global News| Ann Lee",
        "By Ann Lee| Ann Lee",
      })
  void readsTheCreditedPersonWithoutTheOutlet(String text, String name) {
    assertThat(EnglishCredits.parse(text).orElseThrow().names()).containsExactly(name);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"By Lakeside Today", "By Harbor News Service", "BY EVENING STAR STAFF"})
  void readsDeskAsBylineThatNamesNobody(String text) {
    Byline byline = EnglishCredits.parse(text).orElseThrow();

    assertThat(byline.text()).isEqualTo(text);
    assertThat(byline.names()).isEmpty();
  }

  @Test
  void keepsAgencyAloneAsAgency() {
    assertThat(EnglishCredits.parse("By Reuters").orElseThrow().credits())
        .extracting(Credit::kind)
        .containsExactly(CreditKind.AGENCY);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "Jane Porter, Local Democracy Reporter# Jane Porter",
        "Jane Porter, Harbor County LDR# Jane Porter",
        "Tom Hart Local democracy reporter tom.hart@example.com# Tom Hart",
        "- Tom Hart Local democracy reporter tom.hart@example.com# Tom Hart",
        "Ann May Lee The Harbor Ledger | ledger.example# Ann May Lee",
      })
  void readsNameWithWhatThePersonIs(String text, String name) {
    assertThat(EnglishCredits.parse(text).orElseThrow().names()).containsExactly(name);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Jane Porter is a reporter", // a sentence
        "Harbor County, Reporter", // fine as a heading, but no person before the comma
        "Ann Lee The Harbor Ledger", // a paper with no credit's mark after it
        "City Hall, Main Street, Harbor County Reporter", // a table row of places
        "Name, Address, Reporter", // a form's labels
        "By The River",
        "By Monday the road was open.",
        "- Harbor County Local democracy reporter", // a dash before a place, not a person
        "-Tom Hart Local democracy reporter", // a dash glued to the name is not a list's
      })
  void readsNoCreditFromLookAlikes(String text) {
    assertThat(EnglishCredits.parse(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"— Worried Reader", "— Proud Grandma", "-- Frustrated in Harbor County", "— Name Withheld"})
  void readsNoCreditFromLettersPenName(String text) {
    assertThat(EnglishCredits.parse(text)).isEmpty();
  }

  @Test
  void stillReadsPersonAfterDash() {
    assertThat(EnglishCredits.parse("— Jane Porter").orElseThrow().names()).containsExactly("Jane Porter");
  }

  @Test
  void readsReportersAsNamesAndEditorsAsEditors() {
    Byline byline =
        EnglishCredits.parse("(Reporting by Ann Lee and Tom Reyes; Editing by Tom Hart)").orElseThrow();

    assertThat(byline.credits())
        .extracting(Credit::name, Credit::role, Credit::kind)
        .containsExactly(
            tuple("Ann Lee", "reporting", CreditKind.PERSON),
            tuple("Tom Reyes", "reporting", CreditKind.PERSON),
            tuple("Tom Hart", "editing", CreditKind.EDITOR));
    assertThat(byline.names()).containsExactly("Ann Lee", "Tom Reyes");
    assertThat(byline.editors()).containsExactly("Tom Hart");
  }

  @Test
  void readsWireCreditsWithPlaceOfReporting() {
    Byline byline =
        EnglishCredits.parse("(Reporting by Ann Lee in Harbor City; Writing by May Cho; Editing by Tom Hart)")
            .orElseThrow();

    assertThat(byline.names()).containsExactly("Ann Lee", "May Cho");
  }

  @Test
  void outletAfterNameIsCutAtTheCaseChangeOrTheArticle() {
    assertThat(EnglishCredits.withoutOutlet("TOM REYES Daily Press")).contains("TOM REYES");
    assertThat(EnglishCredits.withoutOutlet("Ann Lee The Ledger")).contains("Ann Lee");
    assertThat(EnglishCredits.withoutOutlet("Ann Lee")).isEmpty();
    assertThat(EnglishCredits.withoutOutlet("Lakeside Today")).isEmpty();
  }
}
