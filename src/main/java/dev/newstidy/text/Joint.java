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
 *       does not start with a lower-case letter, so the hyphen belongs to the words.
 * </ul>
 */
public final class Joint {
  private static final CharMatcher HYPHENS = CharMatcher.anyOf("-\u2010\u00AD").precomputed();

  /** Marks where a hyphenated word was cut by a break, until the article decides. */
  public static final char BREAK_HYPHEN = '\u00AD';

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
            || isDash(before);
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
