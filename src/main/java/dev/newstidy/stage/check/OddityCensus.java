package dev.newstidy.stage.check;

import dev.newstidy.text.Scripts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one scan of a paragraph finds, for {@link OddityFinder} to skip the checks that cannot
 * match: the Han characters and how many of them are GBK garbles, an ASCII letter, an opening
 * bracket and a tone-marked vowel (without both, no pinyin gloss), a Latin-1 garble's lead ({@code
 * Ã}, {@code Â}, {@code â}), an ASCII {@code ?} (without which no character was lost in a GBK round
 * trip), a run of two lower-case letters after a Han character (spaces between allowed; without it
 * {@code OddityFinder}'s Latin-in-Chinese pattern cannot match), and the doubled Han words.
 *
 * <p>Every character costs one look-up in a table of the 65,536 UTF-16 code units, built once from
 * the same definitions the checks use ({@link Scripts#isHan}, {@link Scripts#isLatinLetter}, {@link
 * Character#isLowerCase}), instead of a range test and a property look-up per character. A doubled
 * word is looked for only at a Han character that comes again two, three or four places on, the
 * least a doubled word of two to four characters needs: {@code 镇里将探索探索更多办法} gives {@code
 * [探索]}; in {@code 河畔的新桥的灯} the {@code 的} three places on starts none. The run of lower-case
 * letters after a Han character is looked for in a second pass, made only over a paragraph that
 * holds both a lower-case letter and a wide character ({@code 化 and 运}, not {@code 新桥通车} nor
 * {@code the bridge}). With that run looked for in the one pass, and the counting branching on each
 * character, the scan took 4.2 ns a character over the lines of a 20 MB dump; now it takes 2.75.
 * Pinned by {@code OddityCensusTest}.
 *
 * <p>One census serves all the paragraphs of an article, each {@link #scan} replacing what the one
 * before found, so that a paragraph costs no object of its own.
 */
final class OddityCensus {

  private static final int HAN = 1;
  private static final int GBK = 1 << 1;
  private static final int ASCII_LETTER = 1 << 2;
  private static final int BRACKET = 1 << 3;
  private static final int LATIN1_LEAD = 1 << 4;
  private static final int QUESTION = 1 << 5;
  /** A lower-case letter, or half of a pair that may be one: wider than {@code \p{Ll}}, never narrower. */
  private static final int LOWERISH = 1 << 6;
  private static final int LATIN = 1 << 7;
  /** A vowel with a pinyin tone mark, which every gloss {@code OddityFinder} reports holds. */
  private static final int TONE_MARK = 1 << 8;
  /** U+2E80 and up but the ideographic space: what a lower-case run after a Han character needs before it. */
  private static final int WIDE = 1 << 9;

  /** The vowels with a tone mark: {@code ā} of {@code fā}. */
  private static final String TONE_MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";

  /** Characters that UTF-8 Chinese turns into when read as GBK: 锟斤拷, 锛 (，), 銆 (。), 鍙, 鐨 …. */
  private static final String GBK_MOJIBAKE = "锟斤拷锛銆鈥鍙鐨鏂涓鍦鎴璇绗瀹闂鏃鍚鏈宸缁鍏鐢浠";

  /** Zeros after the text in {@link #chars}: the scan reads up to four places past its last character. */
  private static final int AHEAD = 4;

  /** The kind bits of every UTF-16 code unit; never written after it is built. */
  private static final short[] KIND = kinds();

  /**
   * The table, built once (about a millisecond): {@code OddityCensusTest.everyCodeUnitHasTheKindsTheDefinitionsGive}
   * checks all 65,536 entries against the definitions: {@code 锛} is Han and a GBK garble, {@code
   * ß} a lower-case Latin letter, {@code （} a bracket, {@code 7} nothing.
   */
  private static short[] kinds() {
    short[] kinds = new short[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      int kind = 0;
      if (c < 0x80) {
        kind |= (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? ASCII_LETTER | LATIN : 0;
        kind |= c >= 'a' && c <= 'z' ? LOWERISH : 0;
        kind |= c == '(' ? BRACKET : c == '?' ? QUESTION : 0;
      } else {
        kind |= Scripts.isHan(c) ? HAN : 0;
        kind |= c == '（' ? BRACKET : 0;
        kind |= c == 'Ã' || c == 'Â' || c == 'â' ? LATIN1_LEAD : 0;
        kind |= Character.isLowerCase(c) || Character.isSurrogate((char) c) ? LOWERISH : 0;
        kind |= Scripts.isLatinLetter(c) ? LATIN : 0;
        kind |= c >= 0x2E80 && c != '\u3000' ? WIDE : 0;
      }
      kinds[c] = (short) kind;
    }
    for (int i = 0; i < GBK_MOJIBAKE.length(); i++) {
      kinds[GBK_MOJIBAKE.charAt(i)] |= GBK;
    }
    for (int i = 0; i < TONE_MARKED.length(); i++) {
      kinds[TONE_MARKED.charAt(i)] |= TONE_MARK;
    }
    return kinds;
  }

  /** As {@link Scripts#isHan} for one UTF-16 code unit. */
  static boolean isHan(char c) {
    return (KIND[c] & HAN) != 0;
  }

  /** As {@link Scripts#isLatinLetter} for one UTF-16 code unit. */
  static boolean isLatinLetter(char c) {
    return (KIND[c] & LATIN) != 0;
  }

  /** The Han characters (UTF-16 code units) of the text scanned last. */
  private int han;
  /** How many of them are characters that UTF-8 Chinese turns into when read as GBK. */
  private int gbkGarbles;
  /** The kind bits of all its characters, or-ed. */
  private int seen;
  /** Where a lower-case run after a Han character could first be, or -1 when none can. */
  private int lowerAfterHanFrom;
  private List<String> doubledWords = List.of();

  /** The text scanned last, then zeros; kept from paragraph to paragraph of an article. */
  private char[] chars = new char[256];

  /** A census of {@code text} alone. */
  static OddityCensus of(String text) {
    return new OddityCensus().scan(text);
  }

  /** Counts what the checks need in one pass over {@code text}, forgetting the text before. */
  OddityCensus scan(String text) {
    int n = text.length();
    // The text as a char array with AHEAD zeros after it: the loop reads each character once from
    // it, and the characters two, three and four places on without a test for the end (a zero is
    // never a Han character). String.charAt's checks of the string's coding and index, paid for
    // every read, were over a third of the scan's time.
    char[] t = chars;
    if (t.length < n + AHEAD) {
      t = new char[Math.max(n + AHEAD, 2 * t.length)];
      chars = t;
    }
    text.getChars(0, n, t, 0);
    Arrays.fill(t, n, n + AHEAD, '\0');
    int han = 0;
    int gbk = 0;
    int seen = 0;
    List<String> doubled = List.of();
    int searchFrom = 0;
    for (int i = 0; i < n; i++) {
      char c = t[i];
      int kind = KIND[c];
      seen |= kind;
      // Counted and compared without a branch (HAN is bit 0): in mixed text whether a character is
      // Han, or comes again, cannot be foretold, and the mispredicted branches cost a tenth of the
      // scan. A place too near the end for a doubled word passes here; doubledHanAt turns it down.
      han += kind & HAN;
      gbk += (kind & GBK) >> 1;
      int comesAgain = (t[i + 2] == c ? 1 : 0) | (t[i + 3] == c ? 1 : 0) | (t[i + 4] == c ? 1 : 0);
      if ((comesAgain & kind & HAN) != 0 && i >= searchFrom) {
        int length = doubledHanAt(text, i);
        if (length > 0) {
          doubled = doubled.isEmpty() ? new ArrayList<>(2) : doubled;
          doubled.add(text.substring(i, i + length));
          searchFrom = i + 2 * length;
        }
      }
    }
    this.han = han;
    this.gbkGarbles = gbk;
    this.seen = seen;
    // Without both a lower-case letter and a wide character no run can follow one: most
    // paragraphs, Chinese or English, skip the second pass.
    this.lowerAfterHanFrom = (seen & LOWERISH) != 0 && (seen & WIDE) != 0 ? lowerAfterWide(t, n) : -1;
    this.doubledWords = doubled.isEmpty() ? List.of() : List.copyOf(doubled);
    return this;
  }

  /**
   * Where the first run of two lower-case letters after a wide character (spaces between allowed)
   * could start being matched: just after that wide character; -1 when there is none. In {@code
   * 镇 ab} the run is found at {@code b} and the answer is 1, after {@code 镇}.
   */
  private static int lowerAfterWide(char[] t, int n) {
    // The last character before i that is not a space, when it is a wide one (else -1); and when
    // character i - 1 was lower-case with a wide character before it, the place after that one
    // (else -1).
    int wideAt = -1;
    int pairFrom = -1;
    for (int i = 0; i < n; i++) {
      char c = t[i];
      int kind = KIND[c];
      boolean lower = (kind & LOWERISH) != 0;
      if (lower && pairFrom >= 0) {
        return pairFrom;
      }
      pairFrom = lower && wideAt >= 0 ? wideAt + 1 : -1;
      if (c != ' ' && c != '\u3000') {
        wideAt = (kind & WIDE) != 0 ? i : -1;
      }
    }
    return -1;
  }

  /** The Han characters (UTF-16 code units) of the text. */
  int han() {
    return han;
  }

  /** How many of its Han characters are GBK garbles ({@code 锛}, {@code 銆}). */
  int gbkGarbles() {
    return gbkGarbles;
  }

  boolean asciiLetter() {
    return (seen & ASCII_LETTER) != 0;
  }

  /** An opening bracket, {@code (} or {@code （}. */
  boolean bracket() {
    return (seen & BRACKET) != 0;
  }

  /** {@code Ã}, {@code Â} or {@code â}, which open a Latin-1 garble. */
  boolean latin1Lead() {
    return (seen & LATIN1_LEAD) != 0;
  }

  /** Two lower-case letters in a row after a Han character, spaces between allowed. */
  boolean lowerAfterHan() {
    return lowerAfterHanFrom >= 0;
  }

  /**
   * When {@link #lowerAfterHan}, the place just after the wide character that the first such run
   * follows: no lower-case run after a Han character starts its match (the spaces after the Han
   * character) before it. -1 otherwise. {@code 镇 ab} gives 1; {@code and 镇村 xy} gives 6.
   */
  int lowerAfterHanFrom() {
    return lowerAfterHanFrom;
  }

  /** An ASCII {@code ?}. */
  boolean question() {
    return (seen & QUESTION) != 0;
  }

  /** A vowel with a pinyin tone mark: {@code ā}. */
  boolean toneMark() {
    return (seen & TONE_MARK) != 0;
  }

  /**
   * The Han words of two to four characters written twice in a row, in order (the longest at each
   * place; the next search starts after both copies), deliberate ones ({@code 一步一步}) too.
   */
  List<String> doubledWords() {
    return doubledWords;
  }

  /**
   * The length (2 to 4) of a run of Han characters at {@code i} written twice in a row, or 0; the
   * longest such run wins: {@code 探索探索} gives 2.
   */
  private static int doubledHanAt(String text, int i) {
    for (int length = 4; length >= 2; length--) {
      int end = i + 2 * length;
      if (end > text.length()) {
        continue;
      }
      boolean same = true;
      for (int k = 0; k < length && same; k++) {
        char c = text.charAt(i + k);
        same = c == text.charAt(i + length + k) && isHan(c);
      }
      if (same) {
        return length;
      }
    }
    return 0;
  }
}
