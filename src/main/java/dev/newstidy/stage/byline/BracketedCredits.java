package dev.newstidy.stage.byline;

import com.google.common.collect.ImmutableList;
import dev.newstidy.model.Byline;
import dev.newstidy.model.Credit;
import dev.newstidy.model.CreditKind;
import dev.newstidy.stage.byline.BylineDetector.Split;
import dev.newstidy.text.Punctuation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the credits that brackets wrap, for {@link BylineDetector}: a parenthesised byline after the
 * last sentence, a photo credit with the agency that issued it, a reporter in {@code 〔〕} or {@code
 * 【】}, and a whole byline in brackets.
 *
 * <p>Examples, pinned by {@code BylineDetectorTest}: {@code …表示。(李红、赵明)} → names {@code [李红,
 * 赵明]}; {@code …said on Monday. (Reporting by Ann Lee)} → English credits; {@code
 * 图为新建的大桥。新华社发（甘雨 摄）} → agency {@code 新华社}, then the photographer; {@code
 * …的調查，〔記者甘雨桐／溪口報導〕} → a reporter after a cut sentence; {@code …见【附件】} is no credit.
 */
final class BracketedCredits {
  /** Longest parenthesised English credits: {@code (Reporting by …; Editing by …)}. */
  private static final int MAX_WIRE_CREDITS = 160;

  /** {@code 新华社发} before a parenthesised photo credit: the agency that issued the photo. */
  private static final Pattern ISSUED_BY = Pattern.compile("(\\p{IsHan}{1,6}?(?:社|网|網|报|報))(?:发|發)$");

  /** Opening and closing brackets that wrap a whole byline: {@code (…)}, {@code 【…】}, {@code 〔…〕}. */
  private static final String BRACKETS = "()（）【】〔〕［］[]";

  private final ChineseCredits chinese;

  BracketedCredits(ChineseCredits chinese) {
    this.chinese = chinese;
  }

  /** {@code "…表示。(李红、赵明)"}: a parenthesised byline right after the last sentence. */
  Optional<Split> findTrailingParenthesised(String t) {
    if (t.endsWith("〕") || t.endsWith("】")) {
      return findTrailingReporterInBrackets(t);
    }
    if (!(t.endsWith(")") || t.endsWith("）"))) {
      return Optional.empty();
    }
    int open = Math.max(t.lastIndexOf('('), t.lastIndexOf('（'));
    boolean latin = open > 0 && open + 1 < t.length() && BylineDetector.isLatin(t.charAt(open + 1));
    if (open <= 0 || t.length() - open > (latin ? MAX_WIRE_CREDITS : BylineDetector.MAX_GLUED)) {
      return Optional.empty();
    }
    String before = t.substring(0, open);
    String whole = t.substring(open);
    if (latin) {
      // …said on Monday. (Reporting by Ann Lee; Editing by Tom Hart)
      String body = before.stripTrailing();
      return Punctuation.endsSentence(body)
          ? EnglishCredits.parse(whole).map(byline -> new Split(body, byline))
          : Optional.empty();
    }
    Matcher issued = ISSUED_BY.matcher(before);
    if (issued.find()) {
      // 图为新建的大桥。新华社发（甘雨 摄）: the agency that issued the photo, then its credit.
      String agency = issued.group(1);
      String body = before.substring(0, issued.start());
      String credit = before.substring(issued.start()) + whole;
      return chinese.parse(whole.substring(1, whole.length() - 1), credit)
          .map(byline -> new Split(body, withIssuer(byline, agency)));
    }
    if (!Punctuation.endsSentence(before)) {
      return Optional.empty();
    }
    return chinese.parse(whole.substring(1, whole.length() - 1), whole)
        .map(byline -> new Split(before, byline));
  }

  /**
   * {@code …啟動調查，〔記者甘雨桐／溪口報導〕}: a reporter's credit in 〔〕 or 【】 ends the text even where a
   * page break cut the sentence before it, since these brackets hold nothing else at a text's end
   * but a credit that names a reporter's role. {@code …见【附件】} is no credit.
   */
  private Optional<Split> findTrailingReporterInBrackets(String t) {
    int open = Math.max(t.lastIndexOf('〔'), t.lastIndexOf('【'));
    if (open <= 0 || t.length() - open > BylineDetector.MAX_GLUED) {
      return Optional.empty();
    }
    String whole = t.substring(open);
    String before = t.substring(0, open).stripTrailing();
    return chinese.parse(whole.substring(1, whole.length() - 1), whole)
        .filter(byline -> byline.credits().stream().anyMatch(c -> c.role() != null && Roles.isReporterRole(c.role())))
        .map(byline -> new Split(before, byline));
  }

  static String unwrapParentheses(String t) {
    if (t.length() <= 2) {
      return null;
    }
    int close = BRACKETS.indexOf(t.charAt(0)) + 1;
    boolean wrapped = close > 0 && close % 2 == 1 && t.charAt(t.length() - 1) == BRACKETS.charAt(close);
    return wrapped ? t.substring(1, t.length() - 1) : null;
  }

  /** The byline with the agency that issued the photo first, when it is a news agency. */
  private static Byline withIssuer(Byline byline, String issuer) {
    if (!Roles.isAgency(issuer)) {
      return byline;
    }
    List<Credit> credits = new ArrayList<>();
    credits.add(new Credit(issuer, null, CreditKind.AGENCY));
    credits.addAll(byline.credits());
    return new Byline(byline.text(), ImmutableList.copyOf(credits));
  }
}
