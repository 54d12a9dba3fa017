package dev.newstidy.stage.byline;

/**
 * The rule for pieces of a sentence that a page break cut: a credit line never opens or ends on a
 * mark inside a sentence, so a block or a glued tail that does is text, not a byline.
 *
 * <p>Examples, pinned by {@code BylineDetectorTest}: {@code 、林一舟、许晴、何川} and {@code
 * 队员们走进北园巷、} open or end on a clause; {@code 记者:王明} and {@code By Jane Doe,} do not.
 */
final class ClauseCuts {
  private ClauseCuts() {}

  /**
   * True when {@code text} opens or ends on a Chinese comma, enumeration comma or semicolon: {@code
   * 、林一舟、许晴} and {@code 队员们走进北园巷、} are pieces of a sentence that a page break cut, since
   * no credit line opens or ends on one. A half-width {@code ,} or {@code ;} counts only beside a
   * Chinese character ({@code ,林一舟}, {@code 北园巷;}): English credits may end on one ({@code By
   * Jane Doe,}, {@code Reuters;}). Pinned by {@code BylineDetectorTest.listTailCutByAPageBreakIsNoByline}
   * and {@code BylineDetectorTest.clauseCutAfterASentenceIsNoGluedCredit}.
   */
  static boolean opensOrEndsOnAClause(String text) {
    return opensOnAnOpenClause(text) || endsOnAnOpenClause(text);
  }

  /**
   * True when {@code text} opens on a Chinese comma, enumeration comma or semicolon, or a half-width
   * one before a Chinese character: {@code 、县委办主任…}, {@code ,县委办主任…}; not {@code 县委办主任、…}.
   */
  static boolean opensOnAnOpenClause(String text) {
    String t = text.strip();
    return !t.isEmpty() && isOpenClauseMark(t, 0, 1);
  }

  /**
   * True when {@code text} ends on a Chinese comma, enumeration comma or semicolon, or a half-width
   * one after a Chinese character: {@code …刘末利、}, {@code …刘末利,}; not {@code …Jane Doe,}.
   */
  static boolean endsOnAnOpenClause(String text) {
    String t = text.strip();
    return !t.isEmpty() && isOpenClauseMark(t, t.length() - 1, t.length() - 2);
  }

  /**
   * True when {@code text} stops inside a list that a page break cut: its last clause runs four or
   * more items set off by {@code 、} (the first, two or more between, the last), and the last item is
   * shorter than every item between the first and it, the first item holding the words that lead
   * into the list. A list of names cut inside a
   * name leaves such a stub: {@code …从左至右依次为林一舟、许晴雯、何川东、邵} (the last item one
   * character, the others three). Not {@code …鸡、鸭、鱼、肉} (items of one length), not {@code
   * …有苹果、香蕉、梨} (one item between the first and the last, too few to tell a length by), and
   * not {@code …北园巷、南园巷、西园巷和东门口} (the last item is the longest). A list of words that
   * truly ends on a shorter one ({@code …西红柿、黄瓜、茄子、葱}) reads the same, so a bare name after
   * such a paragraph, when it stops without a sentence end, is kept as text. Pinned by {@code
   * BylineDetectorTest.textThatStopsInsideAListOfNamesIsReadAsCut}.
   */
  static boolean endsInsideAList(String text) {
    String t = text.strip();
    int clause = t.length();
    while (clause > 0 && CLAUSE_ENDS.indexOf(t.charAt(clause - 1)) < 0) {
      clause--;
    }
    int lastMark = t.lastIndexOf('、');
    if (lastMark < clause || lastMark == t.length() - 1) {
      return false;
    }
    int lastItem = t.length() - lastMark - 1;
    int between = 0;
    int end = lastMark;
    for (int mark = t.lastIndexOf('、', end - 1); mark >= clause; mark = t.lastIndexOf('、', end - 1)) {
      if (end - mark - 1 <= lastItem) {
        return false;
      }
      between++;
      end = mark;
    }
    return between >= 2;
  }

  /** Marks that end a clause, before which a list does not run on: {@code 。，,：:；;！!？?}. */
  private static final String CLAUSE_ENDS = "。，,：:；;！!？?";

  /**
   * True when the character {@code at} is {@code 、 ， ；}, or {@code ,} or {@code ;} beside the
   * Chinese character {@code beside}; never a colon, which a credit may carry ({@code 记者:王明}).
   */
  private static boolean isOpenClauseMark(String t, int at, int beside) {
    char c = t.charAt(at);
    if (CJK_CLAUSE_MARKS.indexOf(c) >= 0) {
      return true;
    }
    return (c == ',' || c == ';') && beside >= 0 && beside < t.length() && Character.isIdeographic(t.charAt(beside));
  }

  /** Chinese marks inside a sentence that no credit line opens or ends on. */
  private static final String CJK_CLAUSE_MARKS = "、，；";
}
