package dev.newstidy.text;

/**
 * Tells which writing system a character belongs to, for the decisions that differ between CJK and
 * Latin text (joining with or without a space, counting a name's length, choosing {@code lang}).
 *
 * <p>Example: {@code isCjk('海')} is true, {@code isCjk('a')} and {@code isCjk('，')} are false.
 */
public final class Scripts {
  private Scripts() {}

  /**
   * True for Han ideographs (including extensions) and for kana and hangul, which join like Han.
   * Decided by code-point ranges, not by a script lookup, since it runs for nearly every character.
   */
  public static boolean isCjk(int codePoint) {
    if (codePoint < 0x1100) {
      return false;
    }
    return isHan(codePoint)
        || (codePoint >= 0x3040 && codePoint <= 0x30FF) // hiragana, katakana
        || (codePoint >= 0x31F0 && codePoint <= 0x31FF) // katakana extensions
        || (codePoint >= 0xAC00 && codePoint <= 0xD7AF) // hangul syllables
        || (codePoint >= 0x1100 && codePoint <= 0x11FF) // hangul jamo
        || (codePoint >= 0x3130 && codePoint <= 0x318F); // hangul compatibility jamo
  }

  /** True for Han ideographs only: the characters Chinese names are made of. */
  public static boolean isHan(int codePoint) {
    if (codePoint < 0x2E80) {
      return false;
    }
    return (codePoint >= 0x4E00 && codePoint <= 0x9FFF) // unified ideographs
        || (codePoint >= 0x3400 && codePoint <= 0x4DBF) // extension A
        || (codePoint >= 0x20000 && codePoint <= 0x323AF) // extensions B to H
        || (codePoint >= 0xF900 && codePoint <= 0xFAFF) // compatibility ideographs
        || (codePoint >= 0x2E80 && codePoint <= 0x2FDF) // radicals
        || codePoint == 0x3005 || codePoint == 0x3007 || (codePoint >= 0x3021 && codePoint <= 0x3029);
  }

  /** True for letters of the Latin script, such as {@code a}, {@code É} or {@code ß}. */
  public static boolean isLatinLetter(int codePoint) {
    if (codePoint < 0x80) {
      return (codePoint | 0x20) >= 'a' && (codePoint | 0x20) <= 'z';
    }
    return codePoint < 0x2C80
        && Character.isLetter(codePoint)
        && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN;
  }

  /**
   * Counts the Han and the Latin letters of a text, for deciding its language.
   *
   * <p>Example: {@code "GDP增长5%"} has 2 Han and 3 Latin letters.
   *
   * <p>A code unit that stands for itself is counted through a table of all 65,536 ({@link
   * Letters}), built at the first count from {@link #isCjk} and {@link #isLatinLetter}; only a
   * surrogate pair is decided by them. The count runs over every paragraph pair that the joiner
   * weighs, and the look-ups, range tests and script look-up per character were 2.5% of a run's CPU
   * time; pinned to those definitions by {@code ScriptsTest}.
   */
  public static LetterCounts count(CharSequence text) {
    byte[] kinds = Letters.KIND;
    int cjk = 0;
    int latin = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        int codePoint = Character.toCodePoint(c, text.charAt(++i));
        if (isCjk(codePoint)) {
          cjk++;
        } else if (isLatinLetter(codePoint)) {
          latin++;
        }
        continue;
      }
      int kind = kinds[c];
      cjk += kind & Letters.CJK;
      latin += kind >> 1;
    }
    return new LetterCounts(cjk, latin);
  }

  /** What {@link #count} counts each UTF-16 code unit as when it stands for itself: CJK (1), Latin (2) or neither (0). */
  static final class Letters {
    static final int CJK = 1;
    static final int LATIN = 2;
    private static final byte[] KIND = kinds();

    private Letters() {}

    /** A copy of the table, for a table that adds kinds of its own to these ({@link LanguageCensus}). */
    static byte[] copy() {
      return KIND.clone();
    }

    private static byte[] kinds() {
      byte[] kinds = new byte[Character.MAX_VALUE + 1];
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        kinds[c] = (byte) (isCjk(c) ? CJK : isLatinLetter(c) ? LATIN : 0);
      }
      return kinds;
    }
  }

  /** How many CJK and how many Latin letters a text holds. */
  public record LetterCounts(int cjk, int latin) {
    /** The counts of two texts together, when no surrogate pair runs across their seam. */
    public LetterCounts plus(LetterCounts other) {
      return new LetterCounts(cjk + other.cjk, latin + other.latin);
    }

    /**
     * The language tag the counts suggest: {@code zh} when CJK characters carry at least a third of
     * the weight (a CJK character holds about as much text as three Latin letters), else {@code en}.
     */
    public String languageTag() {
      if (cjk == 0 && latin == 0) {
        return "und";
      }
      return cjk * 3 >= latin ? "zh" : "en";
    }
  }
}
