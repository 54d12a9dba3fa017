package dev.newstidy.stage.repair;

import com.google.common.base.CharMatcher;
import dev.newstidy.model.Part;
import dev.newstidy.text.Punctuation;
import dev.newstidy.text.Scripts;

/**
 * Tells the opening of a cut Chinese paragraph from the in-text subheading it looks like. The
 * segmenter reads a short line between two paragraphs as a subheading; when a page break cut a
 * paragraph after its first twenty-odd characters, the first piece has that shape too. Shape alone
 * cannot tell them apart, so the piece is rejoined only on evidence that no subheading shows, and
 * only when {@link CutEvidence} also reads the pair as one sentence:
 *
 * <ul>
 *   <li>the next block opens with a clause mark, which no paragraph opens with: {@code
 *       "林溪镇在去年秋天的评比中排名全市第三的文明" + "，今年又被评为…"};
 *   <li>the piece holds a full stop with more text after it, which no heading does: {@code
 *       "他头一回进城打工是在二十岁。那年秋天" + "收成不好。他…"};
 *   <li>it ends on a character that no heading ends on ({@link CutEvidence#NO_TITLE_ENDS}): {@code
 *       "山路里这一段还不是最" + "险的。…"};
 *   <li>it holds {@link #LONG_RUN} or more CJK characters and no mark at all (no comma, colon,
 *       space, quote or bracket): {@code "柳溪县今年在三个村试点推行垃圾分类并设立回收" + "站点二十余处。"}.
 *       The in-text subheadings of the labelled pages that long all hold a mark or close a bracket
 *       ({@code …规范(试行稿)}), or are photo captions.
 * </ul>
 *
 * <p>A subheading stays one: {@code "青禾村的明天" + "青禾村今年…"} and {@code "人人参与" + "今年春天…"}
 * show no such evidence, {@code "路在何方？看青禾村" + "走进青禾村，…"} holds a question, not a full
 * stop, and a heading that ends a sentence ({@code "记者手记。"}) is never cut. Pinned by {@code
 * HeadingFragmentTest}.
 */
final class HeadingFragment {
  /** Marks that cannot open a paragraph. */
  private static final CharMatcher CONTINUING_START = CharMatcher.anyOf("，,、;；:：").precomputed();

  /** Anything but CJK letters and digits: a heading that holds one is read by its shape alone. */
  private static final CharMatcher MARK =
      CharMatcher.inRange('\u4e00', '\u9fff').or(CharMatcher.inRange('0', '9')).negate().precomputed();

  /** A run of CJK text this long without a single mark is running text, not a subheading. */
  static final int LONG_RUN = 20;

  /** A full stop inside a line; question and exclamation marks are left out ({@code 路在何方？看…}). */
  private static final CharMatcher FULL_STOP = CharMatcher.anyOf("。").precomputed();

  private HeadingFragment() {}

  /**
   * True when {@code heading}, an in-text heading from another block than {@code next}, is the
   * first piece of the paragraph that {@code next} goes on.
   */
  static boolean isCutOpening(Part heading, Part next) {
    if (!next.isParagraph() || heading.span().lastLine() >= next.span().firstLine()) {
      // A lead-in's heading and its text come from one block: the lead-in stands.
      return false;
    }
    String a = heading.text().strip();
    String b = next.text().strip();
    int cjk = a.isEmpty() ? 0 : Scripts.count(a).cjk();
    if (cjk == 0 || b.isEmpty() || !Punctuation.endsMidSentence(a)) {
      return false;
    }
    boolean evidence =
        CONTINUING_START.matches(b.charAt(0))
            || FULL_STOP.matchesAnyOf(a)
            || CutEvidence.NO_TITLE_ENDS.matches(a.charAt(a.length() - 1))
            || (cjk >= LONG_RUN && MARK.matchesNoneOf(a));
    return evidence && CutEvidence.isCut(a, b);
  }
}
