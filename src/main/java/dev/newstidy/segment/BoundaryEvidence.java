package dev.newstidy.segment;

import dev.newstidy.text.Punctuation;
import dev.newstidy.text.Scripts;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the {@link BoundaryCue} values of one short plain line from what stands around it: the
 * article so far before it and a few blocks after it.
 *
 * <p>Example, pinned by {@code BoundaryEvidenceTest}: the line {@code 青石镇新桥通车} after a
 * paragraph cut off in mid-sentence ({@code …工人们正在}) and before {@code 本报讯 青石镇新桥昨日通车。}
 * has {@code CUT_BEFORE} 1, {@code DATELINE_AFTER} 1 and a high {@code TITLE_IN_LEAD}; the line
 * {@code 新桥带来的变化} between two paragraphs about the bridge has {@code COHESION} and {@code
 * TITLE_IN_BEFORE} above 0 and no cut before it.
 */
final class BoundaryEvidence {
  /**
   * A lead that opens with a dateline: {@code 本报讯}, {@code 本報訊}, {@code 新华社北京5月3日电}, {@code
   * 中新网5月3日电}, {@code 【本报讯】}, {@code OSLO (AP) —}, {@code PARIS, May 3 (Reuters) -}, {@code
   * LONDON —}, {@code SPRINGFIELD, Ill. -}.
   */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^(?:【?本[报報网網台臺刊][讯訊]|\\p{IsHan}{2,12}?\\d{1,2}月\\d{1,2}日(?:电|電|讯|訊)"
              + "|\\p{Lu}[\\p{Lu} .'’-]{2,30}(?:,\\s*[\\p{L}.]{2,12}(?:\\s+\\d{1,2})?)?\\s*(?:\\([^)]{1,30}\\))?\\s*(?:--|—|–|-)\\s)");

  /** The last index of {@code 月} in a dateline: twelve Han code points (24 chars) and two digits. */
  private static final int MONTH_AT_MOST = 26;

  /**
   * A sentence end inside a line, before more words: {@code fight. Then}, {@code 通车。村民}, {@code
   * 为何?他说}; not {@code St. Louis} or {@code U.S. troops} (an abbreviation: one or two letters).
   */
  private static final Pattern INNER_SENTENCE =
      Pattern.compile("(?:\\p{L}{3,}[.!?]\\s+\\p{Lu}|[。！？][^”」』）)\\s])");

  /** A {@code 【…】} kicker at the start of a line: {@code 【乡村振兴】青石镇…}. */
  private static final Pattern KICKER = Pattern.compile("^【[^】]{1,12}】");

  /**
   * What a Chinese sentence cannot end on, since each binds to what comes after it: the particle
   * {@code 的}, the prepositions {@code 于 於 以 把 被}, {@code 最} (most), as the joiner reads a cut
   * title, and {@code 正在} (in the middle of doing). A caption that ends on one was cut:
   * {@code 图为两岸村民正在}. Look-alike word ends are left out ({@code 所在}, {@code 参与}, {@code 祥和},
   * {@code 老将}, {@code 笑了} all end real captions).
   */
  private static final Pattern DANGLING_END = Pattern.compile("(?:[的于於以把被最]|正在)$");

  /**
   * A series tag set off by one vertical bar, before or after the headline: {@code 江州报70年 |
   * 那一年的夏天}, {@code 亲历者说|一座桥的四十年}, {@code 青石镇的新码头丨走基层}. Not a table row:
   * {@code | 地区 | 人数 |} and {@code 地区 | 人数 | 比例} hold more than one bar.
   */
  private static final Pattern SERIES_TAG =
      Pattern.compile("^(?:[^|｜丨]{2,12}[|｜丨][^|｜丨]{2,}|[^|｜丨]{2,}[|｜丨][^|｜丨]{2,8})$");

  /**
   * The term overlap at which {@code COHESION} counts fully. Two stretches of one article share
   * about a tenth of their terms, two articles about a hundredth; the cue grows linearly to 1 here.
   */
  private static final double COHESION_FULL = 0.2;

  /**
   * The longest short line of {@link BoundaryCue#SHORT_UNENDED}: on the labelled corpus no English line of four words
   * or fewer opened an article, and Chinese lines of nine characters or fewer rarely did unless an
   * end stood around them.
   */
  private static final int SHORT_CJK = 9;

  private static final int SHORT_WORDS = 4;

  /** The longest heading or caption of {@link #isHeadingShaped}, as the segmenter's subheadings. */
  private static final int HEADING_CJK = 25;

  private static final int HEADING_WORDS = 10;

  private BoundaryEvidence() {}

  /**
   * The cue values of {@code line}.
   *
   * @param before the texts of the current article's last paragraphs, oldest first; empty at the
   *     start of a document
   * @param after the texts of the next blocks, nearest first
   * @param bodyAfter longer text, or a credit, follows the line
   * @param creditAfter a byline or sub-headline follows the line
   * @param bylineBefore the article before ended with a closing byline
   */
  static Map<BoundaryCue, Double> of(
      String line,
      List<String> before,
      List<String> after,
      boolean bodyAfter,
      boolean creditAfter,
      boolean bylineBefore) {
    return of(line, before, after, bodyAfter, creditAfter, bylineBefore, false);
  }

  /**
   * The cue values of {@code line}, as {@link #of(String, List, List, boolean, boolean, boolean)}.
   *
   * @param gapBefore a wider blank gap stands before the line than inside the article so far
   */
  static Map<BoundaryCue, Double> of(
      String line,
      List<String> before,
      List<String> after,
      boolean bodyAfter,
      boolean creditAfter,
      boolean bylineBefore,
      boolean gapBefore) {
    return of(line, before, before, after, bodyAfter, creditAfter, bylineBefore, gapBefore);
  }

  /**
   * The cue values of {@code line}, as {@link #of(String, List, List, boolean, boolean, boolean,
   * boolean)}. For a one-off reading (the tests call it so): each call cuts the texts' terms
   * afresh, in a memory of its own that it then drops; the segmenter calls the overload that
   * takes its {@link RecentTerms}, which it keeps for the whole document.
   *
   * @param article the texts that open the article: its headline, when it has one, and its lead
   */
  static Map<BoundaryCue, Double> of(
      String line,
      List<String> article,
      List<String> before,
      List<String> after,
      boolean bodyAfter,
      boolean creditAfter,
      boolean bylineBefore,
      boolean gapBefore) {
    return of(new RecentTerms(), line, article, before, after, bodyAfter, creditAfter, bylineBefore, gapBefore);
  }

  /**
   * The cue values of {@code line}, as {@link #of(String, List, List, List, boolean, boolean,
   * boolean, boolean)}, with the texts' terms taken from {@code terms} where it holds them.
   */
  static Map<BoundaryCue, Double> of(
      RecentTerms terms,
      String line,
      List<String> article,
      List<String> before,
      List<String> after,
      boolean bodyAfter,
      boolean creditAfter,
      boolean bylineBefore,
      boolean gapBefore) {
    Map<BoundaryCue, Double> cues = new EnumMap<>(BoundaryCue.class);
    put(cues, BoundaryCue.BODY_AFTER, bodyAfter);
    put(cues, BoundaryCue.CREDIT_AFTER, creditAfter);
    put(cues, BoundaryCue.BYLINE_BEFORE, bylineBefore);
    String last = before.isEmpty() ? null : before.get(before.size() - 1);
    put(cues, BoundaryCue.CUT_BEFORE, last != null && isCutOff(last) && !isHeadingShaped(last));
    int lead = creditAfter && after.size() > 1 ? 1 : 0;
    put(cues, BoundaryCue.DATELINE_AFTER,
        after.size() > lead
            && (opensWithDateline(after.get(lead)) || HeadingShape.isEditorsNote(after.get(lead))));
    put(cues, BoundaryCue.KICKER, isKicker(line));
    put(cues, BoundaryCue.ALL_CAPS, isAllCaps(line));
    put(cues, BoundaryCue.VERY_SHORT, isVeryShort(line));
    put(cues, BoundaryCue.CLAUSE_MARK, HeadingShape.hasClauseMark(line));
    put(cues, BoundaryCue.INNER_SENTENCE, INNER_SENTENCE.matcher(line).find());
    TermSet title = terms.of(line);
    TermSet previous = terms.of(before);
    TermSet next = terms.of(after);
    TermSet opening = terms.of(article);
    cues.put(BoundaryCue.COHESION, Math.min(1, LexicalCohesion.overlap(previous, next) / COHESION_FULL));
    cues.put(BoundaryCue.TITLE_IN_LEAD, LexicalCohesion.coverage(title, next));
    cues.put(BoundaryCue.TITLE_IN_BEFORE, LexicalCohesion.coverage(title, previous));
    cues.put(BoundaryCue.TITLE_IN_ARTICLE, LexicalCohesion.coverage(title, opening));
    put(cues, BoundaryCue.HEADING_AFTER, !creditAfter && !after.isEmpty() && isHeadingShaped(after.get(0)));
    // A section heading over a subsection heading: none of its words recur below it, while a
    // headline's sub-headline and lead mostly repeat some. A line with no words to recur (a
    // row of stars or dashes) says nothing either way, and right after a closing byline there is
    // no article for a section heading to sit in.
    put(cues, BoundaryCue.UNECHOED_HEADING_AFTER,
        cues.get(BoundaryCue.HEADING_AFTER) == 1
            && !title.isEmpty()
            && cues.get(BoundaryCue.BYLINE_BEFORE) == 0
            && cues.get(BoundaryCue.TITLE_IN_LEAD) == 0);
    cues.put(BoundaryCue.ARTICLE_COHESION,
        Math.min(1, LexicalCohesion.overlap(opening, next) / COHESION_FULL));
    cues.put(BoundaryCue.COHESION_AFTER_BYLINE,
        cues.get(BoundaryCue.BYLINE_BEFORE) * cues.get(BoundaryCue.ARTICLE_COHESION));
    put(cues, BoundaryCue.CUT_TAIL_BEFORE, CutTail.isCutTail(terms, before, line, title, next));
    boolean unended =
        !gapBefore
            && cues.get(BoundaryCue.CUT_TAIL_BEFORE) == 0
            && cues.get(BoundaryCue.BYLINE_BEFORE) == 0
            && cues.get(BoundaryCue.CUT_BEFORE) == 0
            && cues.get(BoundaryCue.CREDIT_AFTER) == 0
            && cues.get(BoundaryCue.DATELINE_AFTER) == 0;
    put(cues, BoundaryCue.UNENDED, unended);
    put(cues, BoundaryCue.SHORT_UNENDED, unended && isShort(line));
    return cues;
  }

  private static void put(Map<BoundaryCue, Double> cues, BoundaryCue cue, boolean value) {
    cues.put(cue, value ? 1.0 : 0.0);
  }

  /**
   * {@code 【乡村振兴】青石镇新桥通车} and {@code 亲历者说|一座桥的四十年} yes; {@code 地区 | 人数 | 比例} and
   * {@code 青石镇新桥通车} no.
   */
  static boolean isKicker(String line) {
    String t = line.strip();
    return KICKER.matcher(t).find() || SERIES_TAG.matcher(t).matches();
  }

  /**
   * True when {@code text} stops in mid-sentence as a cut-off excerpt does: {@code …村民们正在}, {@code
   * …the board voted to}. Not a caption or paragraph that ends on a bracketed credit or note,
   * which is whole as it stands: {@code …at the rally. (ANN REYES / HERALD)}, {@code …开幕式现场（资料照）}.
   * Pinned by {@code BoundaryEvidenceTest.captionEndingInABracketedCreditIsNoCutBefore}. Nor a
   * caption whose last sentence is the photo's description, which papers set without a full stop:
   * {@code 青石镇新桥昨日通车。图为通车现场} (pinned by {@code
   * BoundaryEvidenceTest.captionEndingOnWhatThePhotoShowsIsNoCutBefore}), unless the caption stops
   * on a word no sentence ends on ({@link #DANGLING_END}): {@code …。图为两岸村民正在} and {@code
   * …。▲这是县里今年修建的} are cut (pinned by {@code BoundaryEvidenceTest.captionCutOnADanglingWordIsCutOff}).
   */
  static boolean isCutOff(String text) {
    String t = text.strip();
    if (t.isEmpty() || !Punctuation.endsMidSentence(t)) {
      return false;
    }
    int lastSentence = Punctuation.endOfLastSentence(t);
    if (lastSentence > 0 && HeadingShape.isCaption(t.substring(lastSentence)) && !DANGLING_END.matcher(t).find()) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    return last != ')' && last != '）' && last != ']' && last != '］' && last != '】' && last != '〕';
  }

  /**
   * True when {@code text} is shaped as a heading or a caption: short (25 CJK characters or 10
   * words at most), with no sentence end and no comma or semicolon. {@code 阿旺的新渔船} and
   * {@code 挑担而过的老人} yes; {@code 今年以来,青川县} (a comma: a cut clause), {@code 新桥通车了。} and
   * {@code 本报讯 青石镇新桥昨日通车} (a dateline opens a lead) no. A page that stops in mid-sentence
   * stops in running text, so a heading-shaped line before a candidate is no cut-off excerpt
   * ({@code CUT_BEFORE}); after one it is {@code HEADING_AFTER}. Pinned by {@code
   * BoundaryEvidenceTest.headingShapedLinesAreNoCutAndCountAsHeadingAfter}.
   */
  static boolean isHeadingShaped(String text) {
    String t = text.strip();
    if (t.isEmpty() || Punctuation.endsSentence(t) || HeadingShape.hasClauseMark(t) || opensWithDateline(t)) {
      return false;
    }
    Scripts.LetterCounts counts = Scripts.count(t);
    if (counts.cjk() > 0) {
      return counts.cjk() <= HEADING_CJK;
    }
    return t.split("\\s+").length <= HEADING_WORDS;
  }

  /** True when {@code text} opens with a dateline ({@link #DATELINE}), the quick test first. */
  static boolean opensWithDateline(String text) {
    return mayOpenWithDateline(text) && datelineFound(text);
  }

  /** The pattern alone, for the sweep that pins {@link #mayOpenWithDateline} against it. */
  static boolean datelineFound(String text) {
    return DATELINE.matcher(text).find();
  }

  /**
   * False only when {@code text} cannot open with a dateline, by its first char and a short scan:
   * a dateline opens with {@code 【} or {@code 本}, holds {@code 月} within its first {@value
   * #MONTH_AT_MOST} chars (twelve Han code points and two digits), or opens with a capital and
   * holds a dash. {@code 本报讯 …}, {@code 江州5月3日电 …} and {@code OSLO (AP) — …} may; {@code
   * 青石镇新桥昨日通车。} and {@code The ferry resumed.} may not, and meet no regular expression.
   * The sweep {@code BoundaryEvidenceTest.quickDatelineTestNeverRefusesWhatThePatternFinds} pins it.
   */
  static boolean mayOpenWithDateline(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    if (first == '【' || first == '本') {
      return true;
    }
    int scan = Math.min(text.length(), MONTH_AT_MOST + 1);
    for (int i = 0; i < scan; i++) {
      if (text.charAt(i) == '月') {
        return true;
      }
    }
    return Character.isUpperCase(text.codePointAt(0))
        && (text.indexOf('-') >= 0 || text.indexOf('—') >= 0 || text.indexOf('–') >= 0);
  }

  /** {@code FLOOD WATERS RECEDE} yes; {@code Flood Waters Recede} and {@code UN} no. */
  static boolean isAllCaps(String line) {
    int upper = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        upper++;
      }
    }
    return upper >= 6;
  }

  /** {@code 新桥的变化} (5) and {@code A long wait} (3) yes; {@code 青石镇新桥昨日正式通车} (11) and {@code Harbor town votes on ferry} (5) no. */
  static boolean isShort(String line) {
    Scripts.LetterCounts counts = Scripts.count(line);
    if (counts.cjk() > 0) {
      return counts.cjk() <= SHORT_CJK;
    }
    return line.strip().split("\\s+").length <= SHORT_WORDS;
  }

  /** {@code 王小明} and {@code Case Notes} yes; {@code 青石镇新桥通车} no. */
  static boolean isVeryShort(String line) {
    Scripts.LetterCounts counts = Scripts.count(line);
    if (counts.cjk() > 0) {
      return counts.cjk() <= 4;
    }
    return line.strip().split("\\s+").length <= 2;
  }
}
