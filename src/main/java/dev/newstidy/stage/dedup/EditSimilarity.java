package dev.newstidy.stage.dedup;

/**
 * The check by edits that confirms a near copy whose shingles fall short: one edit costs a short
 * paragraph several shingles, but only one character in a hundred. Both measures work on the
 * normalised text of {@link ParagraphFingerprint} and allow at most {@link #MAX_EDIT_SHARE} of
 * it to differ.
 *
 * <p>Examples, pinned by {@code EditSimilarityTest}: {@code "Most of the ferry captains live in
 * villages on the west bank…"} and the same with {@code "in"} typed {@code "n"} score 0.99 by
 * {@link #characterSimilarity}; a copy that lost a bracketed credit from the end of its first
 * copy scores by {@link #containedSimilarity} the share of it that it covers; two paragraphs that
 * share a long sentence but go on differently score 0 by both.
 */
final class EditSimilarity {
  /** At most this share of a paragraph's normalised characters may differ for a near copy by edits. */
  static final double MAX_EDIT_SHARE = 0.02;

  private EditSimilarity() {}

  /**
   * False when neither measure can reach {@code threshold} for normalised texts of these lengths,
   * {@code length} the later one's: then the earlier text need not be read. {@link
   * #characterSimilarity} needs the lengths within the edits allowed; {@link #containedSimilarity}
   * needs the later one shorter and at least {@code threshold} of the earlier. For 100 and 200
   * characters at 0.8: false; for 100 and 101, or 100 and 120: true.
   */
  static boolean mayReach(int length, int earlierLength, double threshold) {
    int longer = Math.max(length, earlierLength);
    boolean byCharacters = Math.abs(length - earlierLength) <= (int) (longer * MAX_EDIT_SHARE);
    boolean byContainment = length < earlierLength && (double) length / earlierLength >= threshold;
    return byCharacters || byContainment;
  }

  /**
   * False when the character 5-gram shingles of the two texts ({@link Shingles.Kind#byCharacters})
   * rule out both measures: an edit touches at most 5 of the later text's 5-grams of letters and
   * digits, so a text within {@code k} edits of the earlier one, or of its start or end, has at most
   * {@code 5k} of its distinct 5-grams missing from the earlier one's. {@code grams} is the later
   * text's count of distinct 5-grams, {@code shared} how many of them the earlier one has, and the
   * lengths are of the normalised texts, {@code length} the later one's. 100 grams of which 80 are
   * shared, for texts of 120 and 125 characters (2 edits allowed, so 10 grams missing at most):
   * false; 92 shared: true. Pinned, and swept on random edits, by {@code EditSimilarityTest}.
   */
  static boolean mayReachByGrams(int grams, int shared, int length, int earlierLength) {
    int allowed = (int) (Math.max(length, earlierLength) * MAX_EDIT_SHARE);
    return grams - shared <= (long) Shingles.CJK_GRAM * allowed;
  }

  /**
   * One minus the edit distance between the two normalised texts over the longer length, or 0 when
   * they differ by more than {@link #MAX_EDIT_SHARE} of it. One dropped or changed character breaks
   * three word 3-grams of a short English paragraph (similarity 0.7 for 20 words) but is one edit
   * in a hundred characters.
   */
  static double characterSimilarity(String text, String earlier) {
    return normalisedCharacterSimilarity(ParagraphFingerprint.normalise(text), ParagraphFingerprint.normalise(earlier));
  }

  /** {@link #characterSimilarity} of two texts already normalised. */
  static double normalisedCharacterSimilarity(String a, String b) {
    int longer = Math.max(a.length(), b.length());
    int allowed = (int) (longer * MAX_EDIT_SHARE);
    if (longer == 0 || allowed == 0 || Math.abs(a.length() - b.length()) > allowed) {
      return 0;
    }
    int distance = bandedDistance(a, b, allowed, false);
    return distance < 0 ? 0 : 1 - (double) distance / longer;
  }

  /**
   * How much of the earlier paragraph a shorter later one covers when, within {@link
   * #MAX_EDIT_SHARE} edits, it is the earlier one's start or end: its normalised length less the
   * edits, over the earlier one's normalised length; 0 when it is no such part, or not shorter. A
   * copy that lost a credit or clause glued to the end of its first copy, and had a character
   * dropped besides, breaks too many shingles to reach the threshold but adds no text of its own:
   * {@code "…南溪镇新修的村道今年通车了…〔記者王小明、李文華／南溪鎮報導〕"} first, then the same without the
   * bracketed credit and with one character dropped, covers 0.83 of it. Two paragraphs that share
   * a long sentence but go on differently are no part of each other (the rest costs more than 2%
   * edits) and score 0. A longer later paragraph is never taken for a copy this way: its extra
   * text would go with it.
   */
  static double containedSimilarity(String text, String earlier) {
    return normalisedContainedSimilarity(ParagraphFingerprint.normalise(text), ParagraphFingerprint.normalise(earlier));
  }

  /** {@link #containedSimilarity} of two texts already normalised. */
  static double normalisedContainedSimilarity(String a, String b) {
    int allowed = (int) (a.length() * MAX_EDIT_SHARE);
    if (allowed == 0 || a.length() >= b.length()) {
      return 0;
    }
    int atStart = bandedDistance(a, b, allowed, true);
    int atEnd = bandedDistance(new StringBuilder(a).reverse().toString(), new StringBuilder(b).reverse().toString(), allowed, true);
    int best = atStart < 0 ? atEnd : atEnd < 0 ? atStart : Math.min(atStart, atEnd);
    return best < 0 ? 0 : (double) (a.length() - best) / b.length();
  }

  /**
   * The edit distance between {@code a} and {@code b} (with {@code anyStart}, the least between
   * {@code a} and any start of {@code b}), or -1 when it is over {@code limit}: one banded pass
   * (cells within {@code limit} of the diagonal), so linear in the length of {@code a}, that stops
   * as soon as a whole row is over the limit (no later row can come back under it). {@code "river
   * bank"} and {@code "rivers bank"} are 1 apart; {@code "river bank"} is 0 from a start of {@code
   * "river bank road"}, and with a limit of 2 {@code "harbour"} and {@code "airport"} give -1.
   */
  static int bandedDistance(String a, String b, int limit, boolean anyStart) {
    int n = a.length();
    int m = Math.min(b.length(), n + limit);
    if (!anyStart && Math.abs(n - b.length()) > limit) {
      return -1;
    }
    int big = limit + 1;
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j <= limit ? j : big;
    }
    for (int i = 1; i <= n; i++) {
      int from = Math.max(1, i - limit);
      int to = Math.min(m, i + limit);
      // The cells just outside the band read as over the limit, whatever an older row left there.
      current[from - 1] = from == 1 && i <= limit ? i : big;
      if (to == i + limit) {
        previous[to] = big;
      }
      char c = a.charAt(i - 1);
      int rowLeast = current[from - 1];
      for (int j = from; j <= to; j++) {
        int cost = previous[j - 1] + (c == b.charAt(j - 1) ? 0 : 1);
        cost = Math.min(cost, Math.min(previous[j], current[j - 1]) + 1);
        current[j] = Math.min(cost, big);
        rowLeast = Math.min(rowLeast, current[j]);
      }
      if (rowLeast > limit) {
        return -1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    if (!anyStart) {
      return previous[m] > limit ? -1 : previous[m];
    }
    int best = big;
    for (int j = Math.max(0, n - limit); j <= m; j++) {
      best = Math.min(best, previous[j]);
    }
    return best > limit ? -1 : best;
  }
}
