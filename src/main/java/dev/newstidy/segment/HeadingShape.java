package dev.newstidy.segment;

import dev.newstidy.model.Block;
import dev.newstidy.text.Punctuation;
import dev.newstidy.text.Scripts;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape evidence shared by plain-text headlines and in-text subheadings: one short line, no
 * sentence end, no clause punctuation once a leading number is set aside, followed by a longer
 * block. A page-break fragment has the first two marks too, so the callers add evidence of
 * position: where the block stands in the article.
 *
 * <p>Examples, pinned by {@code HeadingShapeTest}: {@code "一、强化组织保障"} and {@code "What comes
 * next"} are heading-shaped; {@code "今年以来,青川县"} is not (a comma: a cut clause); {@code
 * "borhood association said"} is not (it opens in lower case: a continuation).
 */
final class HeadingShape {
  /** A leading enumeration: {@code 一、}, {@code (一)}, {@code （二）}, {@code 1.}, {@code 2、}, {@code 第三,}. */
  private static final Pattern NUMBERING =
      Pattern.compile("^(?:[一二三四五六七八九十百]+[、.．]|[(（][一二三四五六七八九十\\d]+[)）]|\\d{1,2}[、.．]\\s*|第[一二三四五六七八九十\\d]+[、,，:：\\s])");

  /**
   * Opens a photo caption: {@code 图说:村民在广场上排练}, {@code 图为新修的村道}, {@code ▲雨后的茶园}. A
   * caption stands under its photo inside an article and never opens one; {@code 图书馆新馆开放} is
   * no caption (no colon after 图).
   */
  private static final Pattern CAPTION =
      Pattern.compile("^\\s*(?:图说|圖說|图为|圖為|图片说明|圖片說明|图[:：]|圖[:：]|[▲△])");

  /** A list bullet and its space: {@code • }, {@code ● }, {@code ◆}, {@code ■}, {@code * }. */
  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•●◆◇■□►▶]|\\*\\s)");

  /**
   * The label of an editor's note, alone on its line or before its text: {@code 编者按}, {@code
   * 編者按:…}, {@code 编者的话}, {@code 编后}, {@code 编后语}, {@code 【编者按】}. The note belongs to the
   * article around it.
   */
  private static final Pattern EDITORS_NOTE =
      Pattern.compile("^\\s*【?(?:编者按|編者按|编按|編按|编者的话|編者的話|编后语|編後語|编后|編後)】?\\s*(?:[:：]|$)");

  /** A trailing ellipsis: {@code 走近一张老报纸……}, {@code 江边的那些年…}, {@code What Comes Next...}. */
  private static final Pattern ELLIPSIS_END = Pattern.compile("(?:…+|\\.{3})\\s*$");

  /** A {@code 【…】} kicker before a headline, which does not count to its length. */
  private static final Pattern KICKER = Pattern.compile("^【[^】]{1,12}】");

  /**
   * Most CJK characters (a kicker aside) of a headline with a comma inside. A headline of two
   * halves keeps them short ({@code 一次远行,两代心愿}, {@code 新桥通车了,村民的路宽了}); a longer
   * line with a comma, {@code 建站之初我们跑新闻的一共只有三个人,恰好赶上了那年镇上最大的}, is a
   * paragraph cut off at a break. On the labelled corpus no headline with a comma is longer than 22.
   * Pinned by {@code HeadingShapeTest.longLineWithACommaIsACutParagraphNotAHeadline}.
   */
  private static final int LONGEST_CLAUSE_HEADLINE = 24;

  /** Thousands separators in numbers, which are no clause punctuation: {@code 20,000}. */
  private static final Pattern DIGIT_GROUPS = Pattern.compile("(?<=\\d),(?=\\d{3})");

  private HeadingShape() {}

  /**
   * True when {@code block} is a single short line without a sentence end or clause punctuation.
   *
   * @param maxCjk most CJK characters allowed
   * @param maxLatinWords most words allowed for Latin text
   */
  static boolean isShortLine(Block block, int maxCjk, int maxLatinWords) {
    return isShortLine(block, maxCjk, maxLatinWords, false);
  }

  /**
   * The same, where a headline may end in a question or exclamation mark ({@code Will the Bridge
   * Reopen?}) and hold a comma or semicolon inside ({@code Floods recede, roads reopen}): only where
   * an article may start, never for an in-text subheading. A trailing comma stays a cut clause,
   * and so does CJK text with a full stop inside or two clause marks ({@code 入冬以后。各镇开放集市,
   * 涵盖果蔬、年货}): a cut paragraph, not a headline.
   * Such a line is only a candidate; {@link BoundaryScorer} weighs it ({@code CLAUSE_MARK}).
   */
  static boolean isShortLine(Block block, int maxCjk, int maxLatinWords, boolean headline) {
    String text = block.text();
    if (block.lineCount() != 1
        || block.markup() != Block.Markup.NONE
        || text.length() > longestShortLine(maxCjk, maxLatinWords)) {
      return false;
    }
    boolean question = headline && (endsInQuestionOrExclamation(text) || isTeaser(text));
    if ((Punctuation.endsSentence(text) && !question) || text.startsWith("**")) {
      return false;
    }
    String unnumbered = DIGIT_GROUPS.matcher(NUMBERING.matcher(text).replaceFirst("")).replaceAll("");
    boolean clause = hasClauseMark(unnumbered);
    if (clause && (!headline || Punctuation.isClausePunctuation(lastChar(text)))) {
      return false;
    }
    Scripts.LetterCounts counts = Scripts.count(text);
    if (counts.cjk() > 0) {
      if (headline && (text.indexOf('。') >= 0 || clauseMarks(unnumbered) > 1)) {
        // A full stop inside, or a run of clauses, is a cut paragraph: 各镇陆续开放冬季集市,涵盖果蔬、年货
        return false;
      }
      if (headline && clause && Scripts.count(KICKER.matcher(text).replaceFirst("")).cjk() > LONGEST_CLAUSE_HEADLINE) {
        // A comma in a line this long is running text cut off at a break, not a headline of two halves.
        return false;
      }
      return counts.cjk() <= maxCjk && text.length() <= longestCjkLine(maxCjk);
    }
    int first = text.codePointAt(0);
    if (Character.isLowerCase(first)) {
      return false;
    }
    int words = text.strip().split("\\s+").length;
    return words <= maxLatinWords && text.length() <= longestLatinLine(maxLatinWords);
  }

  /**
   * The most chars a short line may hold in either script, the bounds {@link #isShortLine} ends
   * on ({@code maxCjk + 12} for CJK text, nine per word for Latin): a longer line is refused
   * before the numbering and clause patterns run over it. Most body blocks are paragraphs of
   * hundreds of chars, and each is asked this several times; the answer is the same. Pinned by
   * {@code HeadingShapeTest.lineAtTheLengthBoundIsStillWeighedAndOneCharMoreIsNot}.
   */
  private static int longestShortLine(int maxCjk, int maxLatinWords) {
    return Math.max(longestCjkLine(maxCjk), longestLatinLine(maxLatinWords));
  }

  /** The most chars a short CJK line may hold: {@code maxCjk} CJK characters and a few marks or spaces. */
  private static int longestCjkLine(int maxCjk) {
    return maxCjk + 12;
  }

  /** The most chars a short Latin line may hold: nine a word. */
  private static int longestLatinLine(int maxLatinWords) {
    return maxLatinWords * 9;
  }

  /** True when {@code text}, colons aside, holds a comma, enumeration comma or semicolon. */
  static boolean hasClauseMark(String text) {
    return Punctuation.hasClausePunctuation(text.replace(':', ' ').replace('：', ' '));
  }

  /** How many commas, enumeration commas and semicolons {@code text} holds. */
  private static int clauseMarks(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      n += ",，、;；".indexOf(text.charAt(i)) >= 0 ? 1 : 0;
    }
    return n;
  }

  private static char lastChar(String text) {
    String t = text.strip();
    return t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
  }

  private static boolean endsInQuestionOrExclamation(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    return last == '?' || last == '？' || last == '!' || last == '！';
  }

  /**
   * True when a CJK line ends in an ellipsis after a phrase with no sentence mark inside: a teaser
   * headline such as {@code 【老报纸的故事】走近一张战地小报……}. It may open an article as a question
   * may; the scorer weighs it. Pinned by {@code HeadingShapeTest.teaserHeadlineWithEllipsisIsHeadingShaped}.
   * A cut-off sentence ending so ({@code 他说。后来……}) holds a sentence mark inside and stays none.
   */
  static boolean isTeaser(String text) {
    String t = text.strip();
    Matcher end = ELLIPSIS_END.matcher(t);
    if (!end.find() || Scripts.count(t).cjk() == 0) {
      return false;
    }
    String phrase = t.substring(0, end.start());
    return !phrase.isEmpty() && Punctuation.endOfLastSentence(phrase) < 0;
  }

  /**
   * True when {@code text} opens as a photo caption ({@code 图说:…}, {@code 图为…}, {@code ▲…}): no
   * headline. Pinned by {@code HeadingShapeTest.captionIsNoHeadline}.
   */
  static boolean isCaption(String text) {
    return CAPTION.matcher(text).lookingAt();
  }

  /**
   * True when {@code text} is, or opens with, the label of an editor's note ({@code 编者按}, {@code
   * 編者按：本報今起推出…}): never a headline. Pinned by {@code HeadingShapeTest.editorsNoteLabelIsNoHeadline};
   * {@code 编者按下暂停键} and {@code 编后记忆} are no such labels.
   */
  static boolean isEditorsNote(String text) {
    return EDITORS_NOTE.matcher(text).lookingAt();
  }

  /**
   * True when {@code text} opens with a numbering such as {@code 一、} or {@code (二)}, or with a list
   * bullet ({@code • On Monday the council…}, {@code ● 新桥通车}): a list item, which never opens an
   * article. Pinned by {@code HeadingShapeTest.bulletedLineIsAListItem}; {@code 10,000 Runners
   * Fill Main Street} and {@code “新桥”通车了} are no list items.
   */
  static boolean isNumbered(String text) {
    return NUMBERING.matcher(text).lookingAt() || BULLET.matcher(text).lookingAt();
  }

  /**
   * True when {@code next} may follow a headline: plain text that does not open in lower case (which
   * would continue a cut sentence). Shorter text is allowed: a credit line such as {@code Staff
   * report} often follows; {@link BoundaryScorer} weighs the length ({@code BODY_AFTER}).
   */
  static boolean isTextAfter(Block next) {
    return next != null
        && next.markup() == Block.Markup.NONE
        && !Character.isLowerCase(next.text().codePointAt(0));
  }

  /**
   * True when {@code next} reads as the body under a heading: plain text, longer than the heading,
   * and for Latin text not opening in lower case (which would continue a cut sentence).
   */
  static boolean isBodyAfter(Block heading, Block next) {
    if (next == null || next.markup() != Block.Markup.NONE) {
      return false;
    }
    String text = next.text();
    if (text.length() <= heading.text().length()) {
      return false;
    }
    return !Character.isLowerCase(text.codePointAt(0));
  }
}
