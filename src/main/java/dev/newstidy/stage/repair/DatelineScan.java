package dev.newstidy.stage.repair;

/**
 * A quick scan that tells text that cannot open with any dateline {@link DatelineExtractor} reads,
 * so that its thirteen patterns are tried only where one could match. Every article's first
 * paragraphs are asked, and most open with plain text.
 *
 * <p>A dateline opens with a bracket ({@code 【 [ 〔 (}) or {@code 本}; or with a capital and holds a
 * dash ({@code HARBOR CITY, Feb 26 -}, {@code LONDON (Reuters) -}); or holds, near its start, the
 * mark of a report: {@code 月} of its date within 35 chars (eight Han code points, an outlet mark,
 * eight more and two digits), {@code 讯} or {@code 訊} within 18, {@code 道} or {@code 導} (of
 * {@code 报道}) within 17, or {@code 记} or {@code 記} (a reporter named first) within 3.
 *
 * <p>Examples, pinned by {@code DatelineScanTest}: {@code 柳溪日报讯 今天…}, {@code 新华社江州5月3日电…}
 * and {@code ELM BAY — The ferry…} may; {@code 柳溪镇的新桥昨天通车了。} and {@code the ferry — resumed.}
 * may not. The sweep {@code DatelineScanTest.neverRefusesWhatAPatternReads} pins the scan against
 * the patterns.
 */
final class DatelineScan {
  /** The last index of {@code 月} in a wire dateline: 8 + 8 Han code points, an outlet mark, 2 digits. */
  private static final int MONTH_AT_MOST = 35;

  /** The last index of {@code 讯} in an outlet's dateline: a bracket, 8 Han code points, the outlet mark. */
  private static final int NEWS_AT_MOST = 18;

  /** The last index of {@code 道} in {@code …报道(}: 8 Han code points and {@code 报}. */
  private static final int REPORT_AT_MOST = 17;

  /** The last index of {@code 记} in a credit first: {@code 新华社记者}, {@code 本报记者}. */
  private static final int REPORTER_AT_MOST = 3;

  private DatelineScan() {}

  /** False only when no pattern of {@link DatelineExtractor} can read a dateline at the start of {@code text}. */
  static boolean mayOpenWithDateline(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    if (first == '本' || first == '【' || first == '[' || first == '〔' || first == '(') {
      return true;
    }
    if (Character.isUpperCase(text.codePointAt(0))) {
      return text.indexOf('-') >= 0 || text.indexOf('—') >= 0 || text.indexOf('–') >= 0;
    }
    int scan = Math.min(text.length(), MONTH_AT_MOST + 1);
    for (int i = 0; i < scan; i++) {
      switch (text.charAt(i)) {
        case '月':
          return true;
        case '讯', '訊':
          if (i <= NEWS_AT_MOST) {
            return true;
          }
          break;
        case '道', '導':
          if (i <= REPORT_AT_MOST) {
            return true;
          }
          break;
        case '记', '記':
          if (i <= REPORTER_AT_MOST) {
            return true;
          }
          break;
        default:
          break;
      }
    }
    return false;
  }
}
