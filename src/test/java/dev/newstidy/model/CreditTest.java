package dev.newstidy.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;

class CreditTest {
  private static final Credit REPORTER = new Credit("林川", "记者", CreditKind.PERSON);

  @Test
  void creditsWithTheSameThreePartsAreEqualAndHashAlike() {
    Credit same = new Credit("林川", "记者", CreditKind.PERSON);
    assertThat(REPORTER).isEqualTo(same);
    assertThat(REPORTER.hashCode()).isEqualTo(same.hashCode());
    Credit unroled = new Credit("Mara Quill", null, CreditKind.PERSON);
    assertThat(unroled).isEqualTo(new Credit("Mara Quill", null, CreditKind.PERSON));
    assertThat(unroled.hashCode()).isEqualTo(new Credit("Mara Quill", null, CreditKind.PERSON).hashCode());
  }

  @Test
  void aCreditThatDiffersInAnyOnePartIsNotEqual() {
    assertThat(REPORTER)
        .isNotEqualTo(new Credit("林川", "摄影", CreditKind.PERSON))
        .isNotEqualTo(new Credit("林川", null, CreditKind.PERSON))
        .isNotEqualTo(new Credit("林川", "记者", CreditKind.EDITOR))
        .isNotEqualTo(new Credit("林山", "记者", CreditKind.PERSON))
        .isNotEqualTo(null)
        .isNotEqualTo("林川");
    assertThat(new Credit("林川", null, CreditKind.PERSON)).isNotEqualTo(REPORTER);
  }

  @Test
  void aBylineMergeKeepsOneOfEachEqualCredit() {
    Byline first = new Byline("记者 林川", ImmutableList.of(REPORTER));
    Byline merged = first.plus(new Byline("记者 林川", ImmutableList.of(new Credit("林川", "记者", CreditKind.PERSON))));
    assertThat(merged.credits()).containsExactly(REPORTER);
  }
}
