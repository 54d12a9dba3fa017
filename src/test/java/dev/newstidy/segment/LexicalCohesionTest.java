package dev.newstidy.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.newstidy.text.Scripts;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexicalCohesionTest {
  @Test
  void cjkTextGivesCharacterBigrams() {
    assertHolds(LexicalCohesion.terms("青石镇修桥"), "青石", "石镇", "镇修", "修桥");
  }

  @Test
  void latinTextGivesLowerCasedContentWords() {
    // "The" and "Old" are too short, "that" and "with" are function words.
    assertHolds(LexicalCohesion.terms("The Old Mill bridge, that with"), "mill", "bridge");
  }

  @Test
  void punctuationBreaksBigrams() {
    assertHolds(LexicalCohesion.terms("青石,镇"), "青石");
  }

  @Test
  void longAndAccentedWordsAreLowerCasedAndStillDistinct() {
    TermSet terms = LexicalCohesion.terms("Brightwatermill ÉCLUSE Brightwatermills écluse");

    assertHolds(terms, "brightwatermill", "écluse", "brightwatermills");
  }

  @Test
  void supplementaryCodePointsMakeBigramsToo() {
    assertHolds(LexicalCohesion.terms("\uD840\uDC0B石镇"), "\uD840\uDC0B石", "石镇");
  }

  @Test
  void termsOfSeveralTextsDoNotRunAcrossThem() {
    assertHolds(LexicalCohesion.terms(List.of("青石", "镇修", "Harb", "our")), "青石", "镇修", "harb");
  }

  @Test
  void wordsOfElevenAndTwelveCharsBothCount() {
    assertHolds(LexicalCohesion.terms("abcdefghijk abcdefghijkl 12345678901"), "abcdefghijk", "abcdefghijkl", "12345678901");
  }

  @Test
  void overlapIsSharedTermsOverTheSmallerSet() {
    double overlap = LexicalCohesion.overlap(LexicalCohesion.terms("青石镇修桥通车"), LexicalCohesion.terms("青石镇新桥"));

    assertThat(overlap).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void textsOfTwoLanguagesShareNothing() {
    assertThat(LexicalCohesion.overlap(LexicalCohesion.terms("青石镇修桥"), LexicalCohesion.terms("Mill bridge reopens")))
        .isZero();
  }

  @Test
  void coverageIsTheShareOfTheHeadlineFoundInTheLead() {
    double coverage =
        LexicalCohesion.coverage(LexicalCohesion.terms("Mill bridge reopens"), LexicalCohesion.terms("The mill bridge opened today."));

    assertThat(coverage).isCloseTo(2.0 / 3, within(1e-9));
  }

  @Test
  void seededSweepAgreesWithStringTerms() {
    // The keys must decide as the strings they stand for: same count, same overlap.
    Random random = new Random(11);
    for (int round = 0; round < 3000; round++) {
      String a = randomText(random);
      String b = randomText(random);
      Set<String> sa = stringTerms(a);
      Set<String> sb = stringTerms(b);
      Set<String> both = new HashSet<>(sa);
      both.retainAll(sb);

      assertThat(LexicalCohesion.terms(a).size()).as(a).isEqualTo(sa.size());
      assertThat(LexicalCohesion.terms(a).shared(LexicalCohesion.terms(b))).as(a + " | " + b).isEqualTo(both.size());
    }
  }

  private static final String ALPHABET = "青石镇修桥通车新AaBbCcDdEe0189 ,.-éÉİK";

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(40);
    for (int i = 0; i < length; i++) {
      if (random.nextInt(30) == 0) {
        text.appendCodePoint(0x2000B + random.nextInt(2));
      } else {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
    }
    return text.toString();
  }

  /** Terms as strings, as the segmenter once kept them: the reference the keys are held to. */
  private static Set<String> stringTerms(String s) {
    Set<String> out = new HashSet<>();
    int wordStart = -1;
    int previousCjk = -1;
    for (int i = 0; i <= s.length(); ) {
      int cp = i < s.length() ? s.codePointAt(i) : ' ';
      boolean cjk = Scripts.isCjk(cp);
      if (cjk && previousCjk >= 0) {
        out.add(s.substring(previousCjk, i + Character.charCount(cp)));
      }
      previousCjk = cjk ? i : -1;
      if (!cjk && Character.isLetterOrDigit(cp)) {
        wordStart = wordStart < 0 ? i : wordStart;
      } else {
        if (wordStart >= 0 && i - wordStart >= 4) {
          String lower = s.substring(wordStart, i).toLowerCase(Locale.ROOT);
          if (!Set.of("that", "with", "from", "have", "this", "were", "their", "which", "years").contains(lower)) {
            out.add(lower);
          }
        }
        wordStart = -1;
      }
      i += i < s.length() ? Character.charCount(cp) : 1;
    }
    return out;
  }

  /** The set holds exactly these terms (written lower case, as terms are). */
  private static void assertHolds(TermSet terms, String... expected) {
    assertThat(terms.size()).isEqualTo(expected.length);
    for (String term : expected) {
      assertThat(terms.contains(LexicalCohesion.key(term))).as(term).isTrue();
    }
  }
}
