package dev.newstidy.stage.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EditSimilarityTest {
  @Test
  void lengthsFarApartCannotReachTheThresholdByEdits() {
    assertThat(EditSimilarity.mayReach(100, 200, 0.8)).isFalse();
    assertThat(EditSimilarity.mayReach(200, 100, 0.8)).isFalse();
  }

  @Test
  void lengthsWithinTheEditsOrAShorterCopyCoveringTheThresholdMayReachIt() {
    assertThat(EditSimilarity.mayReach(100, 101, 0.8)).isTrue();
    assertThat(EditSimilarity.mayReach(100, 120, 0.8)).isTrue();
    assertThat(EditSimilarity.mayReach(100, 125, 0.8)).isTrue();
    // A longer later paragraph is no contained copy, and 5 characters are over 2% of 105.
    assertThat(EditSimilarity.mayReach(105, 100, 0.8)).isFalse();
    assertThat(EditSimilarity.mayReach(100, 126, 0.8)).isFalse();
  }

  @Test
  void whereTheLengthsRuleItOutBothMeasuresGiveUnderTheThreshold() {
    String earlier = "The new footbridge over the Marrow Creek opens to walkers and cyclists on the first of May, the county said.";
    String longer = earlier + " A second one, further down the creek near the old mill, is planned for next year.";
    int a = ParagraphFingerprint.normalise(longer).length();
    int b = ParagraphFingerprint.normalise(earlier).length();
    assertThat(EditSimilarity.mayReach(a, b, 0.8)).isFalse();
    assertThat(EditSimilarity.characterSimilarity(longer, earlier)).isLessThan(0.8);
    assertThat(EditSimilarity.containedSimilarity(longer, earlier)).isLessThan(0.8);
    assertThat(EditSimilarity.mayReach(b, a, 0.8)).isFalse();
    assertThat(EditSimilarity.containedSimilarity(earlier, longer)).isLessThan(0.8);
  }

  @Test
  void tooManyGramsMissingRuleOutTheEdits() {
    // 125 characters allow 2 edits, which break at most 10 of 100 grams.
    assertThat(EditSimilarity.mayReachByGrams(100, 80, 120, 125)).isFalse();
    assertThat(EditSimilarity.mayReachByGrams(100, 90, 120, 125)).isTrue();
    assertThat(EditSimilarity.mayReachByGrams(100, 92, 125, 120)).isTrue();
  }

  @Test
  void theGramBoundNeverRulesOutACopyThatTheEditsConfirm() {
    // Han text from a small alphabet with punctuation and spaces, so that grams repeat; the later
    // text is the earlier one with a few edits, or its start or end with a few edits.
    sweep(2611, HAN_UNITS, 50, 200, Shingles.Kind.CHINESE);
  }

  @Test
  void theGramBoundNeverRulesOutAShortLatinCopyThatTheEditsConfirm() {
    // Short Latin text (under the word count of word shingles) is cut into character 5-grams too.
    sweep(2612, LATIN_UNITS, 50, 100, Shingles.Kind.SHORT_LATIN);
  }

  @Test
  void theGramBoundNeverRulesOutACopyWithSupplementaryCharacters() {
    // Han text with characters beyond the Basic Multilingual Plane (two chars each), edited whole.
    sweep(2613, SUPPLEMENTARY_UNITS, 50, 200, Shingles.Kind.CHINESE);
  }

  private static void sweep(long seed, String[] units, int least, int spread, Shingles.Kind kind) {
    Random random = new Random(seed);
    int confirmed = 0;
    int ruledOut = 0;
    for (int round = 0; round < 3000; round++) {
      String earlier = text(random, units, least + random.nextInt(spread));
      String stop = kind == Shingles.Kind.CHINESE ? "。" : ".";
      String later = edits(random, units, stop, part(random, earlier), random.nextInt(6));
      String a = ParagraphFingerprint.normalise(later);
      String b = ParagraphFingerprint.normalise(earlier);
      long[] grams = Shingles.of(later);
      long[] earlierGrams = Shingles.of(earlier);
      assertThat(Shingles.kindOf(later, a)).as(later).isEqualTo(kind);
      int shared = shared(grams, earlierGrams);
      boolean mayReach = EditSimilarity.mayReachByGrams(grams.length, shared, a.length(), b.length());
      if (EditSimilarity.normalisedCharacterSimilarity(a, b) > 0 || EditSimilarity.normalisedContainedSimilarity(a, b) > 0) {
        assertThat(mayReach).as(later + " / " + earlier).isTrue();
        confirmed++;
      } else if (!mayReach) {
        ruledOut++;
      }
    }
    assertThat(confirmed).isGreaterThan(300);
    assertThat(ruledOut).isGreaterThan(300);
  }

  private static final String[] HAN_UNITS = units("河桥村路镇山田水林港岸石", "，", " ");
  private static final String[] LATIN_UNITS = units("abdegnorstw", "abdegnorstw", ",", " ");
  private static final String[] SUPPLEMENTARY_UNITS =
      units("河桥村路镇山", "\uD840\uDC00", "\uD840\uDC01", "\uD842\uDFB7", "\uD87E\uDC00", "，", " ");

  /** Each code point of each piece, one unit apiece; a piece repeated is drawn more often. */
  private static String[] units(String... pieces) {
    return java.util.Arrays.stream(pieces)
        .flatMap(piece -> piece.codePoints().mapToObj(Character::toString))
        .toArray(String[]::new);
  }

  private static String text(Random random, String[] units, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(units[random.nextInt(units.length)]);
    }
    return text.toString();
  }

  /** The whole text, or its start or end, from four fifths of it up, cut between code points. */
  private static String part(Random random, String text) {
    int cut = random.nextInt(text.codePointCount(0, text.length()) / 5 + 1);
    return switch (random.nextInt(3)) {
      case 0 -> text;
      case 1 -> text.substring(0, text.offsetByCodePoints(text.length(), -cut));
      default -> text.substring(text.offsetByCodePoints(0, cut));
    };
  }

  /** {@code edits} insertions, deletions or changes of one unit each ({@code stop} a quarter of the time). */
  private static String edits(Random random, String[] units, String stop, String text, int edits) {
    java.util.List<String> out = new java.util.ArrayList<>(java.util.Arrays.asList(units(text)));
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(out.size() + 1);
      String c = random.nextInt(4) == 0 ? stop : units[random.nextInt(units.length)];
      switch (random.nextInt(3)) {
        case 0 -> out.add(at, c);
        case 1 -> { if (at < out.size()) { out.remove(at); } }
        default -> { if (at < out.size()) { out.set(at, c); } }
      }
    }
    return String.join("", out);
  }

  private static int shared(long[] a, long[] b) {
    double similarity = Shingles.jaccard(a, b);
    return (int) Math.round(similarity * (a.length + b.length) / (1 + similarity));
  }

  @Test
  void bandedDistanceCountsEditsWithinTheLimitOnly() {
    assertThat(EditSimilarity.bandedDistance("river bank", "rivers bank", 2, false)).isEqualTo(1);
    assertThat(EditSimilarity.bandedDistance("river bank", "river bank road", 2, true)).isZero();
    assertThat(EditSimilarity.bandedDistance("river bank", "river bank road", 2, false)).isEqualTo(-1);
    assertThat(EditSimilarity.bandedDistance("harbour", "airport", 2, false)).isEqualTo(-1);
    assertThat(EditSimilarity.bandedDistance("rivers bank", "river bank", 1, false)).isEqualTo(1);
    assertThat(EditSimilarity.bandedDistance("river bank road", "river bank", 2, false)).isEqualTo(-1);
  }

  @Test
  void bandedDistanceAgreesWithAFullTableOnSeededPairs() {
    Random random = new Random(11);
    for (int round = 0; round < 2000; round++) {
      String a = randomText(random, 1 + random.nextInt(30));
      String b = mutate(random, a, random.nextInt(4));
      int limit = 1 + random.nextInt(3);
      int full = fullDistance(a, b);
      assertThat(EditSimilarity.bandedDistance(a, b, limit, false)).as(a + " / " + b).isEqualTo(full <= limit ? full : -1);
    }
  }

  private static String randomText(Random random, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append((char) ('a' + random.nextInt(4)));
    }
    return text.toString();
  }

  private static String mutate(Random random, String text, int edits) {
    StringBuilder out = new StringBuilder(text);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(out.length() + 1);
      switch (random.nextInt(3)) {
        case 0 -> out.insert(at, 'd');
        case 1 -> { if (at < out.length()) { out.deleteCharAt(at); } }
        default -> { if (at < out.length()) { out.setCharAt(at, 'c'); } }
      }
    }
    return out.toString();
  }

  /** The plain dynamic-programming edit distance, for comparison. */
  private static int fullDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        d[i][j] = i == 0 ? j : j == 0 ? i
            : Math.min(d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1), Math.min(d[i - 1][j], d[i][j - 1]) + 1);
      }
    }
    return d[a.length()][b.length()];
  }
}
