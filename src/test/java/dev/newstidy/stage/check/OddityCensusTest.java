package dev.newstidy.stage.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newstidy.text.Scripts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OddityCensusTest {

  @Test
  void everyCodeUnitHasTheKindsTheDefinitionsGive() {
    for (int code = 0; code <= Character.MAX_VALUE; code++) {
      char c = (char) code;
      OddityCensus alone = OddityCensus.of(String.valueOf(c));

      assertThat(OddityCensus.isHan(c)).as("U+%04X Han", code).isEqualTo(Scripts.isHan(c));
      assertThat(OddityCensus.isLatinLetter(c)).as("U+%04X Latin", code).isEqualTo(Scripts.isLatinLetter(c));
      assertThat(alone.han()).as("U+%04X han count", code).isEqualTo(Scripts.isHan(c) ? 1 : 0);
      assertThat(alone.asciiLetter()).as("U+%04X ASCII letter", code).isEqualTo(c < 0x80 && Character.isLetter(c));
      assertThat(alone.bracket()).as("U+%04X bracket", code).isEqualTo(c == '(' || c == '（');
      assertThat(alone.question()).as("U+%04X question", code).isEqualTo(c == '?');
      assertThat(alone.latin1Lead()).as("U+%04X Latin-1 lead", code).isEqualTo(c == 'Ã' || c == 'Â' || c == 'â');
      assertThat(alone.toneMark()).as("U+%04X tone mark", code).isEqualTo("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ".indexOf(c) >= 0);
      String pair = "镇" + c + c;
      assertThat(OddityCensus.of(pair).lowerAfterHan()).as("U+%04X lower-case", code).isEqualTo(isLowerish(c));
    }
  }

  @Test
  void countsGbkGarblesAmongTheHanCharacters() {
    OddityCensus census = OddityCensus.of("锟斤拷河畔锛");

    assertThat(census.han()).isEqualTo(6);
    assertThat(census.gbkGarbles()).isEqualTo(4);
  }

  @Test
  void findsDoubledWordsTheLongestAtEachPlace() {
    assertThat(OddityCensus.of("镇里将探索探索更多办法").doubledWords()).containsExactly("探索");
    assertThat(OddityCensus.of("青苗镇青苗镇，一步一步来").doubledWords()).containsExactly("青苗镇", "一步");
    assertThat(OddityCensus.of("山水相连，风景如画").doubledWords()).isEmpty();
  }

  /**
   * Look-alikes: a repeat too close, too far, of one character only, not Han, or without room for
   * its second half.
   */
  @Test
  void repeatsThatAreNotDoubledWordsAreNotTaken() {
    assertThat(OddityCensus.of("河河边").doubledWords()).isEmpty();
    assertThat(OddityCensus.of("桥在东，新桥在西").doubledWords()).isEmpty();
    assertThat(OddityCensus.of("河畔的新桥的灯亮了，桥头桥尾").doubledWords()).isEmpty();
    assertThat(OddityCensus.of("abab abab").doubledWords()).isEmpty();
    assertThat(OddityCensus.of("探索探").doubledWords()).isEmpty();
  }

  @Test
  void aSecondScanForgetsTheFirst() {
    OddityCensus census = new OddityCensus();
    census.scan("镇里将探索探索 and 办法（cūn）?Ã");

    census.scan("山水");

    assertThat(census.han()).isEqualTo(2);
    assertThat(census.doubledWords()).isEmpty();
    assertThat(census.asciiLetter() || census.bracket() || census.toneMark() || census.question()).isFalse();
    assertThat(census.latin1Lead() || census.lowerAfterHan()).isFalse();
  }

  /** A text longer than the census's first array grows it; a short one after it ends on a doubled word. */
  @Test
  void aLongTextThenAShortOneEndingOnADoubledWord() {
    OddityCensus census = new OddityCensus();
    String longer = "镇村".repeat(200) + "桥头探索探索";

    assertThat(census.scan(longer).doubledWords()).isEqualTo(doubledWords(longer));
    assertThat(census.scan("镇里将探索探索").doubledWords()).containsExactly("探索");
    assertThat(census.scan("镇里将探索探").doubledWords()).isEmpty();
  }

  @Test
  void aLowerCaseRunCountsOnlyAfterAWideCharacter() {
    assertThat(OddityCensus.of("松林镇 \u3000and").lowerAfterHan()).isTrue();
    assertThat(OddityCensus.of("松林镇 \u3000and").lowerAfterHanFrom()).isEqualTo(3);
    assertThat(OddityCensus.of("镇 ab").lowerAfterHanFrom()).isEqualTo(1);
    assertThat(OddityCensus.of("and 镇村 xy").lowerAfterHanFrom()).isEqualTo(6);
    // A full-width lower-case letter is wide itself: the run after 镇 is found at ｂ, from 1.
    assertThat(OddityCensus.of("镇ａｂc").lowerAfterHanFrom()).isEqualTo(1);
    assertThat(OddityCensus.of("and 松林镇").lowerAfterHanFrom()).isEqualTo(-1);
    assertThat(OddityCensus.of("and 松林镇").lowerAfterHan()).isFalse();
    assertThat(OddityCensus.of("松林镇 A and").lowerAfterHan()).isFalse();
    assertThat(OddityCensus.of("松林镇 a").lowerAfterHan()).isFalse();
  }

  /**
   * On random text of ideographs, repeats, letters and spaces, the census (fresh, or reused from
   * text to text) finds the doubled words
   * that a scan of every place finds, and its lower-case run is the one a look back from each pair
   * of letters finds.
   */
  @Test
  void seededSweepAgreesWithAScanOfEveryPlace() {
    String[] pieces = {"镇", "村", "桥", "〇", "々", "一", "𠀀", "的", "a", "bc", "Q", " ", "\u3000", "ß", "，", "镇村", "桥镇村", "ａ"};
    Random random = new Random(11);
    // One census for every round too, as an article's paragraphs share one: nothing of the text
    // before may count.
    OddityCensus reused = new OddityCensus();
    for (int round = 0; round < 50_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(14);
      for (int k = 0; k < length; k++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String input = text.toString();
      OddityCensus census = OddityCensus.of(input);

      assertThat(census.doubledWords()).as(input).isEqualTo(doubledWords(input));
      assertThat(reused.scan(input).doubledWords()).as(input).isEqualTo(doubledWords(input));
      assertThat(census.lowerAfterHan()).as(input).isEqualTo(lowerPairAfterWide(input) >= 0);
      assertThat(census.lowerAfterHanFrom()).as(input).isEqualTo(lowerPairAfterWide(input));
    }
  }

  /** The doubled Han words of 2 to 4 characters, trying every place. */
  private static List<String> doubledWords(String text) {
    List<String> found = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      for (int length = 4; length >= 2; length--) {
        if (i + 2 * length <= text.length()
            && text.substring(i, i + length).equals(text.substring(i + length, i + 2 * length))
            && text.substring(i, i + length).chars().allMatch(Scripts::isHan)) {
          found.add(text.substring(i, i + length));
          i += 2 * length - 1;
          break;
        }
      }
    }
    return found;
  }

  /** Just after the wide character before the first pair of lower-case letters that has one, or -1. */
  private static int lowerPairAfterWide(String text) {
    for (int i = 0; i + 1 < text.length(); i++) {
      if (isLowerish(text.charAt(i)) && isLowerish(text.charAt(i + 1))) {
        int k = i - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\u3000')) {
          k--;
        }
        if (k >= 0 && text.charAt(k) >= 0x2E80) {
          return k + 1;
        }
      }
    }
    return -1;
  }

  private static boolean isLowerish(char c) {
    return c < 0x80 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c) || Character.isSurrogate(c);
  }
}
