package dev.newstidy.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RecentTermsTest {
  @Test
  void sameTextUnderOneReferenceIsCutOnce() {
    RecentTerms recent = new RecentTerms();
    String text = "柳溪镇新桥通车";

    TermSet first = recent.of(text);

    assertThat(recent.of(text)).isSameAs(first);
    assertThat(first.size()).isEqualTo(6);
  }

  @Test
  void severalTextsGiveTheUnionWithNothingRunningAcrossThem() {
    TermSet union = new RecentTerms().of(List.of("柳溪", "镇桥"));

    assertThat(union.size()).isEqualTo(2);
    assertThat(union.contains(LexicalCohesion.key("柳溪"))).isTrue();
    assertThat(union.contains(LexicalCohesion.key("镇桥"))).isTrue();
    assertThat(union.contains(LexicalCohesion.key("溪镇"))).isFalse();
  }

  @Test
  void equalTextUnderAnotherReferenceGivesEqualTerms() {
    RecentTerms recent = new RecentTerms();
    String text = "Harbor ferry resumes";
    String copy = new String(text.toCharArray());

    assertThat(recent.of(copy).shared(recent.of(text))).isEqualTo(recent.of(text).size());
  }

  @Test
  void seededSweepAgreesWithTermsCutFromScratch() {
    // Many texts, more than the memory holds, asked for again out of order: the sets match anew.
    String[] words = {"柳溪", "镇", "新桥", "Harbor", "ferry", "。", " ", "Mill", "通车", "rebuilds"};
    Random random = new Random(11);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(8); n > 0; n--) {
        text.append(words[random.nextInt(words.length)]);
      }
      texts.add(text.toString());
    }
    RecentTerms recent = new RecentTerms();
    for (int round = 0; round < 2000; round++) {
      int from = random.nextInt(texts.size() - 3);
      List<String> some = texts.subList(from, from + 1 + random.nextInt(3));
      TermSet remembered = recent.of(some);
      TermSet fresh = LexicalCohesion.terms(some);

      assertThat(remembered.size()).as(some.toString()).isEqualTo(fresh.size());
      assertThat(remembered.shared(fresh)).as(some.toString()).isEqualTo(fresh.size());
    }
  }

  @Test
  void clearForgetsEveryText() {
    RecentTerms recent = new RecentTerms();
    String text = "柳溪镇新桥通车";
    TermSet first = recent.of(text);

    recent.clear();

    assertThat(recent.held()).isZero();
    assertThat(recent.of(text)).isNotSameAs(first);
  }
}
