package dev.newstidy.text;

import com.google.common.base.CharMatcher;

/**
 * Joins two pieces of one sentence that a line, column or page break cut apart: CJK text with no
 * space, Latin text with one space, and a Latin word hyphenated at the break made whole again.
 *
 * <p>Examples, pinned by {@code JointTest}:
 *
 * <ul>
 *   <li>{@code "产城融合”" + "发展战略"} gives {@code "产城融合”发展战略"};
 *   <li>{@code "the county" + "board voted"} gives {@code "the county board voted"};
 *   <li>{@code "the neigh-" + "borhood"} gives {@code "the neigh\u00ADborhood"}: the break is kept as a
 *       soft hyphen ({@link #BREAK_HYPHEN}), which {@code Dehyphenator} resolves once the whole article
 *       can say whether {@code neigh-borhood} is a compound it spells elsewhere;
 *   <li>{@code "a well-" + "Known"} keeps the hyphen, {@code "Smith-" + "Jones"} too: the next piece
 *       does not start with a lower-case letter, so the hyphen belongs to the words;
 *   <li>{@code "今年接待游客1" + "2万人次"} gives {@code "今年接待游客12万人次"}: a number (or an ASCII
 *       comma) cut inside CJK text joins tight, since the nearest letters on both sides are CJK;
 *       {@code "in 2019" + "2020 was"} keeps its space, its nearest letters being Latin.
 * </ul>
 */
public final class Joint {
  private static final CharMatcher HYPHENS = CharMatcher.anyOf("-\u2010\u00AD").precomputed();

  /** Marks where a hyphenated word was cut by a break, until the article decides. */
  public static final char BREAK_HYPHEN = '\u00AD';

  /** How far from the break {@link #isInsideCjk} looks for a letter. */
  private static final int LETTER_WINDOW = 16;

  private Joint() {}

  /** Joins {@code left} and {@code right}, trimming the white space at the break. */
  public static String join(String left, String right) {
    StringBuilder joined = new StringBuilder(left.length() + right.length() + 1).append(left);
    append(joined, right);
    return joined.toString();
  }

  /**
   * Appends {@code right} to {@code left} as {@link #join} would, in place, so that joining many
   * pieces in a row costs time in proportion to their length.
   */
  public static void append(StringBuilder left, String right) {
    int end = left.length();
    while (end > 0 && Character.isWhitespace(left.charAt(end - 1))) {
      end--;
    }
    left.setLength(end);
    String r = CharMatcher.whitespace().trimLeadingFrom(right);
    if (end == 0 || r.isEmpty()) {
      left.append(r);
      return;
    }
    if (isHyphenatedBreak(left, r)) {
      left.setCharAt(end - 1, BREAK_HYPHEN);
      left.append(r);
      return;
    }
    int before = Character.codePointBefore(left, end);
    int after = r.codePointAt(0);
    boolean tight =
        Scripts.isCjk(before)
            || Scripts.isCjk(after)
            || isFullWidthPunctuation(before)
            || isFullWidthPunctuation(after)
            || HYPHENS.matches(left.charAt(end - 1))
            || isDash(before)
            || isInsideCjk(left, end, r);
    if (!tight) {
      left.append(' ');
    }
    left.append(r);
  }

  /**
   * True when {@code left} ends with a Latin letter and a hyphen and {@code right} starts with a
   * lower-case letter: {@code "commu-" + "nity"}.
   */
  public static boolean isHyphenatedBreak(CharSequence left, String right) {
    int n = left.length();
    return n >= 2
        && HYPHENS.matches(left.charAt(n - 1))
        && Scripts.isLatinLetter(Character.codePointBefore(left, n - 1))
        && !right.isEmpty()
        && Character.isLowerCase(right.codePointAt(0));
  }

  /**
   * True when the nearest letter before the break and the nearest after it (within {@link
   * #LETTER_WINDOW} characters, digits and punctuation skipped) are CJK, or one is and the other side
   * holds none: the break cut a number or a half-width mark in CJK text, which takes no space. A
   * space met on either side before a letter says the text there was spaced, and keeps the space:
   * {@code "号码 03 15 22" + "28 31"} stays {@code "号码 03 15 22 28 31"}, where {@code "游客1" +
   * "2万人次"} gives {@code "游客12万人次"} ({@code JointTest.keepsSpaceBetweenSpacedNumbersInCjkText}).
   */
  private static boolean isInsideCjk(CharSequence left, int end, String right) {
    int before = nearestLetter(left, end - 1, -1, Math.max(0, end - LETTER_WINDOW));
    int after = nearestLetter(right, 0, 1, Math.min(right.length(), LETTER_WINDOW));
    if (before == SPACED || after == SPACED) {
      return false;
    }
    boolean cjkBefore = before >= 0 && Scripts.isCjk(before);
    boolean cjkAfter = after >= 0 && Scripts.isCjk(after);
    return (cjkBefore && (cjkAfter || after < 0)) || (cjkAfter && before < 0);
  }

  /** {@link #nearestLetter}'s answer when it meets white space before any letter. */
  private static final int SPACED = -2;

  /**
   * The first letter met walking from {@code from} by {@code step} up to {@code limit}, {@link
   * #SPACED} when white space comes first, or -1.
   */
  private static int nearestLetter(CharSequence text, int from, int step, int limit) {
    for (int i = from; step < 0 ? i >= limit : i < limit; i += step) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        return c;
      }
      if (Character.isWhitespace(c) || c == '\u3000') {
        return SPACED;
      }
    }
    return -1;
  }

  private static boolean isDash(int cp) {
    return cp == '—' || cp == '–';
  }

  /** Full-width punctuation (，。“”《》、…) is written without spaces around it. */
  private static boolean isFullWidthPunctuation(int cp) {
    Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
    return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || cp == '“'
        || cp == '”'
        || cp == '‘'
        || cp == '’'
        || cp == '…'
        || cp == '·';
  }
}
