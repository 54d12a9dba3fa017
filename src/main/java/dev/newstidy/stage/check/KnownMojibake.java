package dev.newstidy.stage.check;

import dev.newstidy.text.Scripts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;

/**
 * Recognises two kinds of damage that a known conversion leaves in Chinese text, for {@link
 * OddityFinder} to report (never to repair: the lost characters cannot be recovered).
 *
 * <ul>
 *   <li><b>Characters lost in a GBK round trip</b>: a character the target charset lacked became
 *       {@code ?}. {@code 朱?基} and {@code 报道??ｓ} are reported; {@code 你去吗?},
 *       {@code Really??}, {@code 你去吗?我不去} and {@code 如何守岁?移动} (a question word before it),
 *       {@code 内容?老伴,} (a paragraph with half-width commas) and {@code 见/新闻?页=3} (a URL query)
 *       are not.
 *   <li><b>Pinyin inserted by a script converter</b>: some simplified-to-traditional converters write
 *       the reading of a character they could not map one-to-one after it, {@code 發(fā)展}. Reported
 *       when a paragraph in traditional script holds two or more single tone-marked syllables in
 *       brackets each directly between two Han characters: {@code 經(jīng)濟發(fā)展} is reported; a
 *       lesson's gloss is not, whether it glosses a whole word ({@code 銀行(yínháng)}), stands before
 *       punctuation ({@code 村(cūn)，}), is alone in its paragraph, is in simplified script, or gives
 *       one character two readings ({@code 重(chóng)新 … 重(zhòng)要}, as a lesson on polyphones
 *       does).
 * </ul>
 *
 * <p>Pinned by {@code KnownMojibakeTest} and {@code OddityFinderTest}.
 */
final class KnownMojibake {

  /**
   * Characters that make a clause a question, in either script: particles ({@code 吗}, {@code 呢})
   * and the characters question words are built on ({@code 什么}, {@code 如何}, {@code 怎样},
   * {@code 哪里}, {@code 谁}, {@code 几}, {@code 多少}, {@code 为何}, {@code 是否}, {@code 难道}).
   */
  private static final String QUESTION_WORDS = "吗嗎呢吧么麼嘛呀啊哇哪谁誰啥几幾何怎否岂豈难難少";

  /** What ends the clause that {@link #asksAQuestion} reads. */
  private static final String CLAUSE_ENDS = "，。；！？,;!?\n";

  /**
   * Frequent characters that exist only in traditional script ({@code 這}, {@code 發}, {@code 經});
   * one of them marks a paragraph as traditional.
   */
  private static final String TRADITIONAL_ONLY =
      "這們來說時會對發經國過與為學開後現點當實關長問題進動員體還樣義區電報業產認將間應見從無結給術議"
          + "嗎麼裡讓萬歲車書門價錢華東樂聽寫讀請頭條網買賣變戰權軍黨辦觀館灣廣舉機構聯際總統選擇濟處據";

  /** The vowels with a tone mark that a pinyin syllable carries once: {@code fā}, {@code zhǎn}. */
  private static final String TONE_MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";

  private KnownMojibake() {}

  /**
   * The first place in {@code text} where a {@code ?} stands for a lost character, with one character
   * either side ({@code 朱?基}), or null. A run of {@code ?} counts when it comes before a full-width
   * letter, digit or question mark ({@code ??ｓ}, {@code ?？}), or when it stands between two Han
   * characters in a paragraph that writes its commas full-width ({@code ，}, never {@code ,}), in a
   * clause that asks nothing (see {@link #asksAQuestion}) and outside a URL.
   */
  static String lostCharacters(String text) {
    int n = text.length();
    int i = text.indexOf('?');
    while (i >= 0) {
      int start = i;
      int end = i;
      while (end < n && text.charAt(end) == '?') {
        end++;
      }
      if (end < n && isFullWidthAlphanumericOrQuestion(text.charAt(end))
          || standsForHan(text, start, end)) {
        return text.substring(Math.max(0, start - 1), Math.min(n, end + 1));
      }
      i = text.indexOf('?', end);
    }
    return null;
  }

  /** {@code ｓ}, {@code Ａ}, {@code ３}, {@code ？}: what a GBK round trip leaves after its {@code ?}. */
  private static boolean isFullWidthAlphanumericOrQuestion(char c) {
    return c == '？' || (c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
  }

  /** The run {@code text[start, end)} of {@code ?} sits where a lost Han character stood. */
  private static boolean standsForHan(String text, int start, int end) {
    if (start == 0 || end >= text.length()) {
      return false;
    }
    int before = text.codePointBefore(start);
    if (!Scripts.isHan(before) || !Scripts.isHan(text.codePointAt(end))) {
      return false;
    }
    if (text.indexOf('，') < 0 || text.indexOf(',') >= 0) {
      return false; // a writer of half-width commas types ? for a question mark too
    }
    return !asksAQuestion(text, start) && !inUrl(text, start);
  }

  /**
   * The clause before {@code at} (back to {@code ，}, {@code 。}, {@code ；}, {@code ！} or
   * {@code ？}) holds a question word or particle ({@code 如何}, {@code 什么}, {@code 吗}), or
   * asks by "X不X" ({@code 好不好}): {@code 如何团圆守岁?移动} asks, {@code 市长邹?明} does not.
   */
  private static boolean asksAQuestion(String text, int at) {
    int from = at;
    while (from > 0 && CLAUSE_ENDS.indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    for (int k = from; k < at; k++) {
      char c = text.charAt(k);
      if (QUESTION_WORDS.indexOf(c) >= 0) {
        return true;
      }
      if (c == '不' && k > from && k + 1 < at && text.charAt(k - 1) == text.charAt(k + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The {@code ?} at {@code at} ends a path: a {@code /}, {@code =} or {@code &} stands before it in
   * the same token (back to a space, {@code ，} or {@code 。}): {@code 见/新闻?页=3}.
   */
  private static boolean inUrl(String text, int at) {
    for (int k = at - 1; k >= 0; k--) {
      char c = text.charAt(k);
      if (Character.isWhitespace(c) || c == '，' || c == '。') {
        return false;
      }
      if (c == '/' || c == '=' || c == '&') {
        return true;
      }
    }
    return false;
  }

  /**
   * The first pinyin insertion among {@code glosses} (matches of a bracketed pinyin after a Han
   * character, group 1 the pinyin), with the character after it ({@code 發(fā)展}), when they show a
   * converter's insertions as described above; else null.
   */
  static String pinyinInsertion(String text, List<MatchResult> glosses) {
    if (glosses.size() < 2 || !isTraditional(text)) {
      return null;
    }
    Map<Integer, String> readings = new HashMap<>();
    String first = null;
    int insertions = 0;
    for (MatchResult m : glosses) {
      String syllable = m.group(1);
      if (syllable.length() > 6 || toneMarks(syllable) != 1 || m.end() >= text.length()
          || !Scripts.isHan(text.codePointAt(m.end()))) {
        continue;
      }
      int character = text.codePointBefore(m.start());
      String earlier = readings.putIfAbsent(character, syllable);
      if (earlier != null && !earlier.equals(syllable)) {
        return null; // one character, two readings: a lesson on polyphones
      }
      insertions++;
      if (first == null) {
        int from = m.start() - Character.charCount(character);
        first = text.substring(from, m.end() + Character.charCount(text.codePointAt(m.end())));
      }
    }
    return insertions >= 2 ? first : null;
  }

  /** How many tone-marked vowels {@code syllable} holds: one in a single syllable ({@code fā}). */
  private static int toneMarks(String syllable) {
    int marks = 0;
    for (int i = 0; i < syllable.length(); i++) {
      if (TONE_MARKED.indexOf(syllable.charAt(i)) >= 0) {
        marks++;
      }
    }
    return marks;
  }

  private static boolean isTraditional(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (TRADITIONAL_ONLY.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
