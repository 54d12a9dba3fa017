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
