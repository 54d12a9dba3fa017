package dev.newstidy.stage.byline;

import dev.newstidy.model.Byline;
import dev.newstidy.model.CreditKind;
import dev.newstidy.text.Punctuation;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds bylines and credits: a block that is a byline and nothing else, and a byline glued after the
 * last sentence of a block (or after a caption). {@link ChineseCredits} and {@link EnglishCredits}
 * read what it finds. It decides with evidence: every token must read as a name, an
 * organisation, an agency or a role, and a lone two-character name needs a surname that does not
 * also open everyday words.
 *
 * <p>Examples, pinned by {@code BylineDetectorTest}:
 *
 * <ul>
 *   <li>{@code "…老周说道。王书 曹波"} → body {@code "…老周说道。"}, names {@code [王书, 曹波]};
 *   <li>{@code "…日常巡查。史春雨 秦海 文/图"} → names {@code [史春雨, 秦海]}, role {@code 文/图};
 *   <li>{@code "…周建华表示。海工宣"} → {@code 海工宣}, kind organisation;
 *   <li>{@code "…表示。(李红、赵明)"} → names {@code [李红, 赵明]};
 *   <li>{@code "…state funds. — AP"} → agency {@code AP};
 *   <li>{@code "By Jane Porter and Luis Ortega"} → names {@code [Jane Porter, Luis Ortega]};
 *   <li>{@code "…客流增加 甘雨桐 摄"} → a caption's photo credit, with no sentence before it;
 *   <li>{@code "…的調查，〔記者甘雨桐／溪口報導〕"} → a bracketed reporter after a cut sentence;
 *   <li>not bylines: {@code "…推行“千村百业”职业"} (no sentence before it), {@code "…走访二十余户。典型示"}
 *       (示 is no name character), {@code "…完成。全国"} (全 opens everyday words), a block {@code
 *       "、林一舟、许晴、何川"} and a tail {@code "…。队员们走进北园巷、"} (pieces that a page break cut off).
 * </ul>
 */
public final class BylineDetector {
  /** Longest glued byline looked at, in characters: {@code 甘雨桐 沈牧之 纪晴 文/图} is 16. */
  static final int MAX_GLUED = 40;

  /**
   * A credit in capitals after {@code By} that ends a text, sentence or not: {@code … i By ANN LEE,
   * TOM R. REYES and MAY CHO}. Each name is two words or more in capitals, so that {@code By AP}
   * and {@code by the BBC} stay text.
   */
  private static final Pattern CAPITALS_BY =
      Pattern.compile(
          "(?<=\\s)(?:By|BY)\\s+(?!(?:THE|A|AN)\\s)\\p{Lu}[\\p{Lu}'’.\\-]*(?:\\s+\\p{Lu}[\\p{Lu}'’.\\-]*){1,3}"
              + "(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)\\p{Lu}[\\p{Lu}'’.\\-]*(?:\\s+\\p{Lu}[\\p{Lu}'’.\\-]*){1,3})*$");

  /**
   * A photo credit at the end of a caption, after a space or a comma, with the agency that issued
   * the photo: {@code …渡口人流渐多 江小帆 摄}, {@code …庆祝晚会,中新社发 甘雨 摄}. Group {@code
   * issuer} is the agency ({@code 中新社}), group {@code credit} the names and role ({@code 甘雨 摄}).
   */
  private static final Pattern CAPTION_CREDIT =
      Pattern.compile(
          "(?:[\\s\\u3000]+|(?<=[,，])(?=\\p{IsHan}{1,6}?(?:社|网|網|报|報)发))(?:(?<issuer>\\p{IsHan}{1,6}?(?:社|网|網|报|報))发[\\s\\u3000]*)?"
              + "(?<credit>(?:\\p{IsHan}{2,4}[\\s\\u3000]+){1,4}(?:摄|攝|摄影|攝影))$");

  /**
   * The note after a caption's photo credit that the photographer took the photos below too:
   * {@code …读者日如期举行 甘雨桐 摄(下同)} is read as {@code …读者日如期举行 甘雨桐 摄}. Pinned by {@code
   * BylineDetectorTest.readsPhotoCreditBeforeASameBelowNote}; {@code …(下同)} after no credit is
   * no credit.
   */
  private static final Pattern SAME_BELOW = Pattern.compile("(?<=[摄攝影])[\\s\\u3000]*[(（]下同[)）][\\s\\u3000]*$");

  private final ChineseCredits chinese;
  private final BracketedCredits bracketed;

  public BylineDetector(ChineseNames names) {
    this.chinese = new ChineseCredits(names);
    this.bracketed = new BracketedCredits(chinese);
  }

  /** A block's text split into the body before a glued byline, and the byline. */
  public record Split(String body, Byline byline) {
    /**
     * True when the byline is a photo credit at the end of a caption, which stands in mid-article:
     * {@code 3月2日,溪口站客流增加 甘雨桐 摄} (no sentence before the credit) and {@code 图为溪口大桥。
     * 甘雨桐 摄} (a caption's opening), and a photo credit in brackets after the caption's sentence,
     * {@code 村民在新桥上合影。(甘雨桐摄)}, as papers set a caption's credit. {@code …贡献了力量。甘雨桐 摄}
     * closes a picture story instead. Pinned by {@code BylineDetectorTest.bracketedPhotoCreditAfterASentenceIsACaptionCredit}.
     */
    public boolean isCaptionCredit() {
      return byline.isPhotoCredit()
          && (!Punctuation.endsSentence(body) || CAPTION_OPENING.matcher(body).lookingAt() || isBracketed(byline.text()));
    }

    /** {@code (甘雨桐摄)} and {@code （甘雨桐 摄）} yes; {@code 甘雨桐 摄} and {@code 新华社发（甘雨桐 摄）} no. */
    private static boolean isBracketed(String text) {
      String t = text.strip();
      return t.length() > 2 && (t.charAt(0) == '(' || t.charAt(0) == '（') && (t.endsWith(")") || t.endsWith("）"));
    }
  }

  /** How a photo caption opens: {@code 图为}, {@code ▲}, {@code 图说:}. */
  private static final Pattern CAPTION_OPENING = Pattern.compile("^[\\s\\u3000]*(?:图为|圖為|图说|圖說|图片|圖片|▲|△|[(（]图|[(（]圖|图[:：]|圖[:：])");

  /**
   * The byline that is the whole of {@code text}, if it is one: {@code "王书 曹波"}, {@code "记者 王明
   * 摄"}, {@code "(李红、赵明)"}, {@code "By A and B"}.
   */
  public Optional<Byline> parseWhole(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.length() > MAX_GLUED + 20) {
      return Optional.empty();
    }
    if (opensOrEndsOnAClause(t)) {
      // 、林一舟、许晴、何川: the tail of a list of names that a page break cut from its caption or
      // sentence; no credit line opens with a comma. Pinned by
      // BylineDetectorTest.listTailCutByAPageBreakIsNoByline.
      return Optional.empty();
    }
    Optional<Byline> english = EnglishCredits.parse(t);
    if (english.isPresent()) {
      return english;
    }
    String inner = BracketedCredits.unwrapParentheses(t);
    return chinese.parse(inner == null ? t : inner, t);
  }

  /**
   * The byline that is the whole of {@code text} ({@link #parseWhole}), or a line made of two credits
   * side by side: a credit line that reads whole, then a credit that {@link #findTrailing} reads
   * glued after it. Such a line holds no text, only credits, so all of it is the byline, in one
   * piece and as written. Examples, pinned by {@code BylineDetectorTest.lineOfTwoCreditsIsOneByline}:
   * {@code 韦青禾、柳明川、江小帆 溪口社发 甘雨桐 摄} (names, then a caption's photo credit) and {@code
   * 甘雨桐 沈牧之 摄 〔記者韋青禾／溪口報導〕} (a photo credit, then a bracketed reporter) are bylines;
   * {@code 村民在新桥上合影 甘雨桐 摄} is not, since {@code 村民在新桥上合影} is no credit.
   *
   * <p>Two credits that stood on two lines, merged into the byline by the first pass, are written on
   * one line by the text output; read whole, that line comes back as the same byline instead of a
   * caption or a paragraph that a cut sentence above it is joined to.
   */
  public Optional<Byline> parseCreditLine(String text) {
    Optional<Byline> whole = parseWhole(text);
    if (whole.isPresent() || text.strip().length() > MAX_GLUED + 20) {
      return whole;
    }
    Optional<Split> trailing = findTrailing(text);
    if (trailing.isEmpty() || trailing.get().body().isBlank()) {
      return Optional.empty();
    }
    // The credits of both, on the line as written: plus() would join the two texts with a space.
    return parseWhole(trailing.get().body())
        .map(first -> first.plus(trailing.get().byline()))
        .map(merged -> new Byline(text.strip(), merged.credits(), merged.line()));
  }

  /**
   * The byline glued after the last sentence of {@code text}, with the text before it. Text with no
   * complete sentence before the candidate has no glued byline: the candidate is then the start of a
   * sentence cut by a page break.
   */
  public Optional<Split> findTrailing(String text) {
    String t = text.strip();
    Optional<Split> parenthesised = bracketed.findTrailingParenthesised(t);
    if (parenthesised.isPresent()) {
      return parenthesised;
    }
    Matcher capitals = mayHaveCapitalsBy(t) ? CAPITALS_BY.matcher(t) : null;
    if (capitals != null && capitals.find()) {
      // …more than 230 arrested i By ANN LEE and TOM REYES: names in capitals after a cut text.
      String tail = t.substring(capitals.start()).strip();
      Optional<Byline> byline = EnglishCredits.parse(tail);
      if (byline.isPresent()) {
        return Optional.of(new Split(t.substring(0, capitals.start()).stripTrailing(), byline.get()));
      }
    }
    Optional<Split> afterSentence = findAfterLastSentence(t);
    if (afterSentence.isPresent()) {
      return afterSentence;
    }
    // …如期举行 甘雨桐 摄(下同): the note says the photographer took the photos below too.
    if (mayNoteSameBelow(t)) {
      t = SAME_BELOW.matcher(t).replaceFirst("");
    }
    Matcher caption = mayEndWithPhotoCredit(t) ? CAPTION_CREDIT.matcher(t) : null;
    for (int from = 0; caption != null && from < t.length() && caption.find(from); from = caption.start() + 1) {
      // 1月7日,车站渡口人流渐多 江小帆 摄: a caption's photo credit needs no sentence before it.
      // The longest tail that reads wins; a caption word before the names is skipped.
      // The agency that issued the photo stays in the byline's text (中新社发 甘雨 摄), or it was lost
      // from the record; the credits name the photographer (pinned by
      // BylineDetectorTest.captionCreditKeepsTheAgencyThatIssuedThePhoto).
      String tail = caption.group("credit");
      String issuer = caption.group("issuer");
      String credit = issuer == null ? tail : t.substring(caption.start()).strip();
      Optional<Byline> byline = chinese.parse(tail, credit);
      if (byline.isPresent()) {
        return Optional.of(new Split(t.substring(0, caption.start()).stripTrailing(), byline.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * False when {@link #CAPITALS_BY} cannot match {@code t}, which holds no {@code By} or {@code
   * BY}: {@code …said the mayor.} is spared the scan, {@code …arrested i By ANN LEE} is not. Every
   * body block is asked for a glued byline, and the scan from each position was the costliest
   * step of a run; this test never refuses what the pattern finds (pinned by {@code
   * BylineDetectorTest.quickTestsNeverRefuseWhatThePatternsFind}).
   */
  static boolean mayHaveCapitalsBy(String t) {
    return t.contains("By") || t.contains("BY");
  }

  /**
   * False when {@link #CAPTION_CREDIT} cannot match {@code t}: the pattern is anchored at the end
   * and ends in {@code 摄}, {@code 攝} or {@code 影}, so {@code …渡口人流渐多 江小帆 摄} is scanned and
   * {@code …渡口人流渐多。} is not. Line terminators at the very end are skipped, as {@code $} skips
   * them. Pinned by {@code BylineDetectorTest.quickTestsNeverRefuseWhatThePatternsFind}.
   */
  static boolean mayEndWithPhotoCredit(String t) {
    int end = t.length();
    while (end > 0 && isLineTerminator(t.charAt(end - 1))) {
      end--;
    }
    if (end == 0) {
      return false;
    }
    char last = t.charAt(end - 1);
    return last == '摄' || last == '攝' || last == '影';
  }

  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /**
   * False when {@link #SAME_BELOW} cannot match {@code t}, which holds no {@code 下同}: {@code …渡口人流渐多
   * 江小帆 摄} is spared the scan from every position, {@code …江小帆 摄(下同)} is not. Pinned by {@code
   * BylineDetectorTest.quickTestsNeverRefuseWhatThePatternsFind}.
   */
  static boolean mayNoteSameBelow(String t) {
    return t.contains("下同");
  }

  /** Whether the patterns that the quick tests guard find anything in {@code t}, for tests. */
  static boolean capitalsByFound(String t) {
    return CAPITALS_BY.matcher(t).find();
  }

  static boolean photoCreditFound(String t) {
    return CAPTION_CREDIT.matcher(t).find();
  }

  static boolean sameBelowFound(String t) {
    return SAME_BELOW.matcher(t).find();
  }

  private Optional<Split> findAfterLastSentence(String t) {
    int end = Punctuation.endOfLastSentence(t);
    if (end <= 0 || end >= t.length()) {
      return Optional.empty();
    }
    String tail = t.substring(end).strip();
    if (tail.length() > MAX_GLUED || tail.isEmpty() || opensOrEndsOnAClause(tail)) {
      // …清扫活动。队员们走进北园巷、: a clause that a page break cut, not a credit.
      return Optional.empty();
    }
    if (isLatin(tail.charAt(0)) || tail.startsWith("—") || tail.startsWith("--") || tail.startsWith("–")) {
      // …covered by state funds. — AP; …with the department. Written By: Tom Hart
      return EnglishCredits.parse(tail).map(byline -> new Split(t.substring(0, end), byline));
    }
    return chinese.parse(tail, tail)
        .filter(BylineDetector::creditsSomeone)
        .map(byline -> new Split(t.substring(0, end), byline));
  }

  /**
   * True when {@code text} opens or ends on a mark inside a sentence that no credit line opens or
   * ends on: {@code 、林一舟、许晴}, {@code 队员们走进北园巷、}. See {@link ClauseCuts#opensOrEndsOnAClause}.
   */
  public static boolean opensOrEndsOnAClause(String text) {
    return ClauseCuts.opensOrEndsOnAClause(text);
  }

  /**
   * True when {@code text} opens on such a mark: {@code 、县委办主任…}, the rest of a sentence that a
   * page break cut. See {@link ClauseCuts#opensOnAnOpenClause}.
   */
  public static boolean opensOnAnOpenClause(String text) {
    return ClauseCuts.opensOnAnOpenClause(text);
  }

  /**
   * True when {@code text} ends on such a mark: {@code …刘末利、}, {@code …刘末利,}; not {@code …Jane
   * Doe,}. See {@link ClauseCuts#endsOnAnOpenClause}.
   */
  public static boolean endsOnAnOpenClause(String text) {
    return ClauseCuts.endsOnAnOpenClause(text);
  }

  /**
   * True when {@code text} stops inside a list that a page break cut: {@code …依次为林一舟、许晴雯、何川东、邵}.
   * See {@link ClauseCuts#endsInsideAList}.
   */
  public static boolean endsInsideAList(String text) {
    return ClauseCuts.endsInsideAList(text);
  }

  /**
   * False for a Chinese tail that names news agencies only ({@code …出席開幕式。中央社}): an agency
   * alone credits no one (the reporters and photographers are the byline), and glued after a
   * caption it is the photo's source, which stays in the caption's text. {@code …表示。海工宣} (an
   * organisation) and {@code …表示。新华社 王明} (a person) are credits. Pinned by {@code
   * BylineDetectorTest.agencyAloneGluedAfterASentenceStaysInTheText}. A courtesy credit that
   * names nobody ({@code 溪口公园管理中心供图}) is still a credit line.
   */
  private static boolean creditsSomeone(Byline byline) {
    return byline.credits().isEmpty()
        || byline.credits().stream().anyMatch(c -> c.kind() != CreditKind.AGENCY || c.role() != null);
  }

  /**
   * True when {@code text}, the words before a name, ends with a role the byline reader knows, so
   * that the name is credited, not written about: {@code 本报讯(通讯员}, {@code 记者}, {@code
   * 实习生}, {@code 摄影}, {@code 编辑}; not {@code 县委书记} or {@code 市民}. Pinned by {@code
   * BylineDetectorTest.roleBeforeANameIsKnownWhateverTheRole}.
   */
  public static boolean endsWithARole(String text) {
    return Roles.endsWithARole(text);
  }

  /**
   * True when {@code name} is a news agency credited like a name: {@code 新华社}, {@code 中央社},
   * {@code Reuters}; not {@code 海工宣} or {@code 王明}.
   */
  public static boolean isAgency(String name) {
    return Roles.isAgency(name);
  }

  static boolean isLatin(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
}
