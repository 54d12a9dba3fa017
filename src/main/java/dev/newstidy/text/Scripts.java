package dev.newstidy.text;

/**
 * Tells which writing system a character belongs to, for the decisions that differ between CJK and
 * Latin text (joining with or without a space, counting a name's length, choosing {@code lang}).
 *
 * <p>Example: {@code isCjk('海')} is true, {@code isCjk('a')} and {@code isCjk('，')} are false.
 */
public final class Scripts {
  private Scripts() {}

  /** True for Han ideographs (including extensions) and for kana and hangul, which join like Han. */
  public static boolean isCjk(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }

  /** True for Han ideographs only: the characters Chinese names are made of. */
  public static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  /** True for letters of the Latin script, such as {@code a}, {@code É} or {@code ß}. */
  public static boolean isLatinLetter(int codePoint) {
    return Character.isLetter(codePoint)
        && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN;
  }

  /**
   * Counts the Han and the Latin letters of a text, for deciding its language.
   *
   * <p>Example: {@code "GDP增长5%"} has 2 Han and 3 Latin letters.
   */
  public static LetterCounts count(CharSequence text) {
    int han = 0;
    int latin = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      if (isCjk(cp)) {
        han++;
      } else if (isLatinLetter(cp)) {
        latin++;
      }
      i += Character.charCount(cp);
    }
    return new LetterCounts(han, latin);
  }

  /** How many CJK and how many Latin letters a text holds. */
  public record LetterCounts(int cjk, int latin) {
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
