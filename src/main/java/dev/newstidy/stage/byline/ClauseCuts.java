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
    String t = text.strip();
    return !t.isEmpty() && (isOpenClauseMark(t, 0, 1) || endsOnAnOpenClause(t));
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
