package dev.newstidy.text;

/**
 * The counts a record's {@code lang} is decided from, gathered in one pass over each text: CJK and
 * Latin letters (as {@link Scripts#count} counts them) and the simplified-only and
 * traditional-only characters (as {@link HanVariants#count} counts them), through one table of the
 * 65,536 UTF-16 code units instead of a range test, a script look-up and two set look-ups per
 * character. A text's simplified and traditional characters count only when it holds a CJK
 * letter, as the census of a record always counted them.
 *
 * <p>Example, pinned by {@code LanguageCensusTest}: the title {@code 青石鎮新橋通車} and the body
 * {@code "Mill bridge"} give 7 CJK and 10 Latin letters, 0 simplified-only and 3 traditional-only
 * characters ({@code 鎮}, {@code 橋}, {@code 車}): {@code zh-Hant}.
 */
public final class LanguageCensus {
  /** The letter kinds are those of {@link Scripts#count}'s table, whose copy this one starts from. */
  private static final byte CJK = (byte) Scripts.Letters.CJK;
  private static final byte LATIN = (byte) Scripts.Letters.LATIN;
  private static final byte SIMPLIFIED = 4;
  private static final byte TRADITIONAL = 8;

  /** What each UTF-16 code unit counts as, when it stands for itself (not half of a pair). */
  private static final byte[] KIND = kinds();

  /** The longest text whose copy the census keeps for the next one. */
  private static final int KEPT_CHARS = 1 << 16;

  private static final char[] NONE = new char[0];

  /**
   * The text being counted, copied; kept from one text to the next up to {@link #KEPT_CHARS}, and
   * made at the first text (a record's census reads the headline and paragraphs of one article).
   */
  private char[] chars = NONE;

  private int cjk;
  private int latin;
  private int simplified;
  private int traditional;

  /**
   * The table, built once: a copy of {@link Scripts#count}'s letter kinds for every code unit, then the
   * simplified-only and traditional-only marks set from {@link HanVariants}' lists of about 1,600
   * characters rather than by asking its matchers 131,072 times, which with the matchers' own set-up
   * cost about 17 ms of CPU in a cold JVM, paid when a short run writes its first record. {@code
   * LanguageCensusTest.everyCodeUnitCountsAsTheSeparateDefinitionsSay} checks the table against the
   * plain definitions for all 65,536 code units: {@code 這} is CJK and traditional-only, {@code É}
   * Latin, {@code 7} nothing.
   */
  private static byte[] kinds() {
    byte[] kinds = Scripts.Letters.copy();
    mark(kinds, HanVariants.simplifiedOnly(), SIMPLIFIED);
    mark(kinds, HanVariants.traditionalOnly(), TRADITIONAL);
    return kinds;
  }

  private static void mark(byte[] kinds, String chars, byte kind) {
    for (int i = 0; i < chars.length(); i++) {
      kinds[chars.charAt(i)] |= kind;
    }
  }

  /** The table's entry for {@code c}: a sum of the kind bits. For tests. */
  static int kind(char c) {
    return KIND[c];
  }

  /**
   * Adds the letters of {@code text}. It is read from a copy in an array this census keeps for the
   * next text: {@code String.charAt}'s checks of the string's coding and of the index, paid for
   * every character, cost more than the table look-up.
   */
  public LanguageCensus add(String text) {
    int textCjk = 0;
    int textLatin = 0;
    int textSimplified = 0;
    int textTraditional = 0;
    int n = text.length();
    char[] t = chars;
    if (t.length < n) {
      t = new char[n > KEPT_CHARS ? n : Math.min(KEPT_CHARS, Math.max(Math.max(n, 256), 2 * t.length))];
      if (n <= KEPT_CHARS) {
        chars = t;
      }
    }
    text.getChars(0, n, t, 0);
    for (int i = 0; i < n; i++) {
      char c = t[i];
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(t[i + 1])) {
        int cp = Character.toCodePoint(c, t[++i]);
        textCjk += Scripts.isCjk(cp) ? 1 : 0;
        textLatin += !Scripts.isCjk(cp) && Scripts.isLatinLetter(cp) ? 1 : 0;
        continue;
      }
      int kind = KIND[c];
      textCjk += kind & CJK;
      textLatin += (kind & LATIN) >> 1;
      textSimplified += (kind & SIMPLIFIED) >> 2;
      textTraditional += (kind & TRADITIONAL) >> 3;
    }
    cjk += textCjk;
    latin += textLatin;
    if (textCjk > 0) {
      simplified += textSimplified;
      traditional += textTraditional;
    }
    return this;
  }

  /**
   * {@code zh-Hans}, {@code zh-Hant}, {@code en} or {@code und}, as {@link
   * Scripts.LetterCounts#languageTag} and {@link HanVariants.Census#chineseTag} decide.
   */
  public String languageTag() {
    String tag = new Scripts.LetterCounts(cjk, latin).languageTag();
    return tag.equals("zh") ? new HanVariants.Census(simplified, traditional).chineseTag() : tag;
  }
}
