package dev.newstidy.stage.byline;

import com.google.common.base.CharMatcher;
import dev.newstidy.text.Scripts;

/**
 * A quick test before {@link ChineseCredits#parse}: whether a text holds only characters that a
 * Chinese credit can hold. A credit is cut into tokens at spaces and list marks, and every token
 * must read as a role word, a name, an organisation or an agency: Han characters, a slash inside a
 * role ({@code 文/图}), a colon after a role ({@code 记者:}), or the Latin letters of an agency
 * ({@code AP}). Any other character ends up inside some token, which then reads as nothing, so the
 * whole text is no credit: {@code 林晓川说。} (the full stop), {@code 2026年} (the digits) and
 * {@code “溪口”} (the quotation marks) are refused without the parse; {@code 记者 林晓川}, {@code
 * 文/图 韩牧野} and {@code 柳岸县委宣传部} are parsed.
 *
 * <p>Every body block and every line short enough to be a byline is asked whether it is a credit,
 * and most of them are sentences: the parse's place-filed pattern, its role cuts and its token list
 * were a tenth of the cleaning thread's time. {@code
 * CreditCharactersTest.neverRefusesWhatTheParseReads} holds the test to the parse on a seeded sweep.
 */
final class CreditCharacters {
  /** Marks that separate or join the parts of a credit: list marks, slashes, colons. */
  private static final String MARKS = "、，,;；/／:：";

  /** Where punctuation lives beside the Han characters: CJK symbols, full-width forms. */
  private static final char[][] PUNCTUATION_BLOCKS = {{0x3000, 0x303F}, {0xFF00, 0xFFEF}};

  /** Below the CJK radicals no character is Han. */
  private static final char FIRST_HAN_BLOCK = 0x2E80;

  /**
   * The characters of the 65,536 of the Basic Multilingual Plane that may stand in a credit: white
   * space (which the tokens are trimmed of), the list marks and slashes and colons that {@link
   * ChineseCredits} splits or reads, ASCII letters, Han characters (as {@link Scripts#isHan} and as
   * the place-filed pattern's {@code \p{IsHan}} take them) and surrogates (Han beyond the BMP). Wide
   * of the mark on purpose outside the punctuation blocks: kana or Hangul pass, and the parse
   * refuses them.
   */
  private static final boolean[] MAY_STAND = table();

  private CreditCharacters() {}

  private static boolean[] table() {
    boolean[] table = new boolean[0x10000];
    for (int c = 0; c < table.length; c++) {
      table[c] = c >= FIRST_HAN_BLOCK || mayStandApart((char) c);
    }
    for (char[] block : PUNCTUATION_BLOCKS) {
      for (int c = block[0]; c <= block[1]; c++) {
        table[c] = mayStandApart((char) c) || Scripts.isHan(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
      }
    }
    return table;
  }

  /** White space, a credit's marks, or an ASCII letter. */
  private static boolean mayStandApart(char c) {
    return CharMatcher.whitespace().matches(c) || MARKS.indexOf(c) >= 0 || (c < 0x80 && Character.isLetter(c));
  }

  /**
   * False when {@code text} holds a character that no credit holds, so that {@link
   * ChineseCredits#parse} refuses it: {@code 林晓川说。} gives false, {@code 记者 林晓川} true.
   */
  static boolean mayBeCredit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!MAY_STAND[text.charAt(i)]) {
        return false;
      }
    }
    return true;
  }
}
