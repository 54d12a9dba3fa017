package dev.newstidy.stage.byline;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import dev.newstidy.model.Byline;
import dev.newstidy.model.Credit;
import dev.newstidy.model.CreditKind;
import dev.newstidy.text.Punctuation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds bylines and credits: a block that is a byline and nothing else, and a byline glued after the
 * last sentence of a block. It decides with evidence: every token must read as a name, an
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
 *   <li>not bylines: {@code "…开展“十百千万”职业"} (no sentence before it), {@code "…三十余人次。典型示"}
 *       (示 is no name character), {@code "…完成。全国"} (全 opens everyday words).
 * </ul>
 */
public final class BylineDetector {
  /** Longest glued byline looked at, in characters: {@code 甘雨桐 沈牧之 纪晴 文/图} is 16. */
  private static final int MAX_GLUED = 40;

  /** Longest parenthesised English credits: {@code (Reporting by …; Editing by …)}. */
  private static final int MAX_WIRE_CREDITS = 160;

  /** Separators between the names of a Chinese byline. */
  private static final Splitter TOKENS =
      Splitter.on(CharMatcher.anyOf(" \t\u3000、，,;；")).omitEmptyStrings().trimResults();

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
   * the photo: {@code …客流明显增加 江小帆 摄}, {@code …庆祝晚会,中新社发 甘雨 摄}. Group 1 is the
   * credit.
   */
  private static final Pattern CAPTION_CREDIT =
      Pattern.compile(
          "(?:[\\s\\u3000]+|(?<=[,，])(?=\\p{IsHan}{1,6}?(?:社|网|網|报|報)发))(?:\\p{IsHan}{1,6}?(?:社|网|網|报|報)发[\\s\\u3000]*)?"
              + "((?:\\p{IsHan}{2,4}[\\s\\u3000]+){1,4}(?:摄|攝|摄影|攝影))$");

  /** {@code 新华社发} before a parenthesised photo credit: the agency that issued the photo. */
  private static final Pattern ISSUED_BY = Pattern.compile("(\\p{IsHan}{1,6}?(?:社|网|網|报|報))(?:发|發)$");

  /**
   * A role word glued after a name, where a new credit starts: {@code 甘雨桐通讯员沈牧} cuts before
   * 通讯员. Not after an outlet or a rank ({@code 本报记者}, {@code 首席记者}, {@code 本报通讯员}).
   */
  private static final Pattern ROLE_INSIDE =
      Pattern.compile(
          "(?<=\\p{IsHan}\\p{IsHan})(?<![报報社网網台臺媒體体席约約派习習见見影])(?=通讯员|通訊員|实习生|實習生|记者|記者)");

  /** The first role word of a credit. */
  private static final Pattern FIRST_ROLE = Pattern.compile("通讯员|通訊員|实习生|實習生|记者|記者");

  /** Opening and closing brackets that wrap a whole byline: {@code (…)}, {@code 【…】}, {@code 〔…〕}. */
  private static final String BRACKETS = "()（）【】〔〕［］[]";

  /**
   * Where a report was filed, after the credit: {@code ／台北報導}, {@code /北京報導聯合報} (with the
   * paper's name), {@code  發自香港}. {@code 记者缪鲁报道} has no slash: there 报道 is a role.
   */
  private static final Pattern PLACE_FILED =
      Pattern.compile(
          "(?:\\s*[/／]\\s*\\p{IsHan}{1,6}?(?:報導|报导|報道|报道)(?:\\p{IsHan}{1,6}?(?:報|报))?"
              + "|[\\s\\u3000]+(?:發自|发自)\\p{IsHan}{2,8})$");

  private final ChineseNames names;
  private final Roles roles = new Roles();

  public BylineDetector(ChineseNames names) {
    this.names = names;
  }

  /** A block's text split into the body before a glued byline, and the byline. */
  public record Split(String body, Byline byline) {
    /**
     * True when the byline is a photo credit at the end of a caption, which stands in mid-article:
     * {@code 3月2日,溪口站客流增加 甘雨桐 摄} (no sentence before the credit) and {@code 图为溪口大桥。
     * 甘雨桐 摄} (a caption's opening). {@code …贡献了力量。甘雨桐 摄} closes a picture story instead.
     */
    public boolean isCaptionCredit() {
      return byline.isPhotoCredit() && (!Punctuation.endsSentence(body) || CAPTION_OPENING.matcher(body).lookingAt());
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
    Optional<Byline> english = EnglishCredits.parse(t);
    if (english.isPresent()) {
      return english;
    }
    String inner = unwrapParentheses(t);
    return parseChinese(inner == null ? t : inner, t);
  }

  /**
   * The byline glued after the last sentence of {@code text}, with the text before it. Text with no
   * complete sentence before the candidate has no glued byline: the candidate is then the start of a
   * sentence cut by a page break.
   */
  public Optional<Split> findTrailing(String text) {
    String t = text.strip();
    Optional<Split> parenthesised = findTrailingParenthesised(t);
    if (parenthesised.isPresent()) {
      return parenthesised;
    }
    Matcher capitals = CAPITALS_BY.matcher(t);
    if (capitals.find()) {
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
    Matcher caption = CAPTION_CREDIT.matcher(t);
    for (int from = 0; from < t.length() && caption.find(from); from = caption.start() + 1) {
      // 1月7日,车站客流明显增加 江小帆 摄: a caption's photo credit needs no sentence before it.
      // The longest tail that reads wins; a caption word before the names is skipped.
      String tail = caption.group(1);
      Optional<Byline> byline = parseChinese(tail, tail);
      if (byline.isPresent()) {
        return Optional.of(new Split(t.substring(0, caption.start()).stripTrailing(), byline.get()));
      }
    }
    return Optional.empty();
  }

  private Optional<Split> findAfterLastSentence(String t) {
    int end = Punctuation.endOfLastSentence(t);
    if (end <= 0 || end >= t.length()) {
      return Optional.empty();
    }
    String tail = t.substring(end).strip();
    if (tail.length() > MAX_GLUED || tail.isEmpty()) {
      return Optional.empty();
    }
    if (isLatin(tail.charAt(0)) || tail.startsWith("—") || tail.startsWith("--") || tail.startsWith("–")) {
      // …covered by state funds. — AP; …with the department. Written By: Tom Hart
      return EnglishCredits.parse(tail).map(byline -> new Split(t.substring(0, end), byline));
    }
    return parseChinese(tail, tail).map(byline -> new Split(t.substring(0, end), byline));
  }

  private static boolean isLatin(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /** {@code "…表示。(李红、赵明)"}: a parenthesised byline right after the last sentence. */
  private Optional<Split> findTrailingParenthesised(String t) {
    if (t.endsWith("〕") || t.endsWith("】")) {
      return findTrailingReporterInBrackets(t);
    }
    if (!(t.endsWith(")") || t.endsWith("）"))) {
      return Optional.empty();
    }
    int open = Math.max(t.lastIndexOf('('), t.lastIndexOf('（'));
    boolean latin = open > 0 && open + 1 < t.length() && isLatin(t.charAt(open + 1));
    if (open <= 0 || t.length() - open > (latin ? MAX_WIRE_CREDITS : MAX_GLUED)) {
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
      return parseChinese(whole.substring(1, whole.length() - 1), credit)
          .map(byline -> new Split(body, withIssuer(byline, agency)));
    }
    if (!Punctuation.endsSentence(before)) {
      return Optional.empty();
    }
    return parseChinese(whole.substring(1, whole.length() - 1), whole)
        .map(byline -> new Split(before, byline));
  }

  /**
   * {@code …啟動調查，〔記者甘雨桐／溪口報導〕}: a reporter's credit in 〔〕 or 【】 ends the text even where a
   * page break cut the sentence before it, since these brackets hold nothing else at a text's end
   * but a credit that names a reporter's role. {@code …见【附件】} is no credit.
   */
  private Optional<Split> findTrailingReporterInBrackets(String t) {
    int open = Math.max(t.lastIndexOf('〔'), t.lastIndexOf('【'));
    if (open <= 0 || t.length() - open > MAX_GLUED) {
      return Optional.empty();
    }
    String whole = t.substring(open);
    String before = t.substring(0, open).stripTrailing();
    return parseChinese(whole.substring(1, whole.length() - 1), whole)
        .filter(byline -> byline.credits().stream().anyMatch(c -> c.role() != null && Roles.isReporterRole(c.role())))
        .map(byline -> new Split(before, byline));
  }

  private static String unwrapParentheses(String t) {
    if (t.length() <= 2) {
      return null;
    }
    int close = BRACKETS.indexOf(t.charAt(0)) + 1;
    boolean wrapped = close > 0 && close % 2 == 1 && t.charAt(t.length() - 1) == BRACKETS.charAt(close);
    return wrapped ? t.substring(1, t.length() - 1) : null;
  }

  /**
   * Reads a Chinese byline: names, organisations and agencies, with role words before them ({@code
   * 记者 王明}) or after them ({@code 史春雨 秦海 文/图}), glued to a name or apart. Every token must read;
   * a lone name must be a confident one. A closing {@code ／台北報導} or {@code 發自香港} says where
   * the report was filed, and is no credit.
   */
  private Optional<Byline> parseChinese(String candidate, String originalText) {
    if (candidate.endsWith(":") || candidate.endsWith("：")) {
      // 溪口社: before a subheading is a section's lead-in; a credit's colon has names after it.
      return Optional.empty();
    }
    String credit = PLACE_FILED.matcher(candidate).replaceFirst("");
    if (credit.isBlank()) {
      return Optional.empty();
    }
    // 全媒体记者:王明 李红 reads like 全媒体记者 王明 李红; 记者甘雨桐通讯员沈牧 like 记者甘雨桐 通讯员沈牧.
    credit = cutGluedRoles(credit);
    List<String> tokens =
        joinSpacedNames(TOKENS.splitToList(roles.normaliseSlashes(credit).replace('：', ' ').replace(':', ' ')));
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    List<Credit> credits = new ArrayList<>();
    int rolelessFrom = 0;
    String prefixRole = null;
    boolean prefixRoleNamed = true;
    boolean sawRole = false;
    for (String token : tokens) {
      Roles.Reading reading = roles.read(token);
      String role = reading.suffixRole();
      if (reading.prefixRole() != null) {
        creditOutlet(prefixRole, prefixRoleNamed, credits);
        prefixRole = reading.prefixRole();
        prefixRoleNamed = false;
        sawRole = true;
        String agency = Roles.agencyOf(prefixRole);
        if (agency != null && credits.stream().noneMatch(c -> c.name().equals(agency))) {
          credits.add(new Credit(agency, null, CreditKind.AGENCY));
        }
      }
      String name = reading.rest();
      if (!name.isEmpty()) {
        CreditKind kind = kindOf(name, prefixRole != null);
        List<String> glued = kind == null && prefixRole != null ? splitGluedNames(name) : List.of();
        if (kind == null && glued.isEmpty()) {
          return Optional.empty();
        }
        if (kind != null) {
          credits.add(new Credit(name, prefixRole, kind));
        }
        for (String person : glued) {
          credits.add(new Credit(person, prefixRole, CreditKind.PERSON));
        }
        prefixRoleNamed = true;
      }
      if (role != null) {
        sawRole = true;
        // A role after names applies to the names before it: 史春雨 秦海 文/图; after a reporter's
        // role it adds to it: 新华社记者 王明 摄 credits 王明 as 新华社记者 and 摄.
        for (int i = rolelessFrom; i < credits.size(); i++) {
          Credit c = credits.get(i);
          if (c.kind() == CreditKind.AGENCY) {
            continue;
          }
          credits.set(i, new Credit(c.name(), c.role() == null ? role : c.role() + " " + role, c.kind()));
        }
        rolelessFrom = credits.size();
        prefixRole = null;
        prefixRoleNamed = true;
      }
    }
    creditOutlet(prefixRole, prefixRoleNamed, credits);
    if (credits.isEmpty()) {
      return Optional.empty();
    }
    if (credits.size() == 1 && !sawRole && !isConfidentAlone(credits.get(0))) {
      return Optional.empty();
    }
    // 区公园管理中心供图: an organisation that supplied a photo is a courtesy, not an author; the
    // line is still a credit, taken out of the text, that names nobody.
    credits.removeIf(c -> c.kind() == CreditKind.ORGANISATION && c.role() != null && COURTESY_ROLES.contains(c.role()));
    return Optional.of(new Byline(originalText, ImmutableList.copyOf(credits)));
  }

  /** Roles of an organisation that supplied a photo: {@code 供图}. */
  private static final java.util.Set<String> COURTESY_ROLES = java.util.Set.of("供图", "供圖");

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

  /**
   * A reporter's role that names an outlet and no person credits the outlet: {@code 县委通讯组
   * 福建日报记者} credits 福建日报 as an organisation.
   */
  private static void creditOutlet(String role, boolean named, List<Credit> credits) {
    String outlet = named ? null : Roles.outletOf(role);
    if (outlet != null) {
      credits.add(new Credit(outlet, role, CreditKind.ORGANISATION));
    }
  }

  /**
   * Joins a two-character name that typesetting spread over two cells: {@code 周 健 刘星野 曹 莉} reads
   * as {@code 周健 刘星野 曹莉}. Only a lone surname before a lone character that is no role is joined.
   */
  private List<String> joinSpacedNames(List<String> tokens) {
    if (tokens.size() < 2) {
      return tokens;
    }
    List<String> joined = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (i + 1 < tokens.size() && isLoneHan(token) && isLoneHan(tokens.get(i + 1))
          && names.isPersonName(token + tokens.get(i + 1)) && roles.read(tokens.get(i + 1)).rest().length() == 1) {
        joined.add(token + tokens.get(i + 1));
        i++;
      } else {
        joined.add(token);
      }
    }
    return joined;
  }

  /**
   * Names glued together after a role, when exactly one way of cutting them reads: {@code
   * 甘雨桐沈牧之} after 记者 gives [甘雨桐, 沈牧之]. Each name is two or three characters and opens with
   * a surname; a run that reads in two ways, or in none, gives nothing.
   */
  private List<String> splitGluedNames(String run) {
    int length = run.length();
    if (length < 4 || length > 9 || !run.codePoints().allMatch(Character::isIdeographic)) {
      return List.of();
    }
    List<List<String>> readings = new ArrayList<>();
    cut(run, 0, new ArrayList<>(), readings);
    return readings.size() == 1 ? readings.get(0) : List.of();
  }

  private void cut(String run, int from, List<String> names, List<List<String>> readings) {
    if (readings.size() > 1) {
      return;
    }
    if (from == run.length()) {
      readings.add(List.copyOf(names));
      return;
    }
    for (int size = 2; size <= 3 && from + size <= run.length(); size++) {
      String name = run.substring(from, from + size);
      if (this.names.isPersonName(name)) {
        names.add(name);
        cut(run, from + size, names, readings);
        names.remove(names.size() - 1);
      }
    }
  }

  /**
   * Cuts before each role word that follows a first one, glued after a name: {@code
   * 本报记者甘雨桐通讯员沈牧} → {@code 本报记者甘雨桐 通讯员沈牧}. The first role keeps its outlet
   * ({@code 晨江财经记者}).
   */
  private static String cutGluedRoles(String credit) {
    Matcher first = FIRST_ROLE.matcher(credit);
    if (!first.find()) {
      return credit;
    }
    return credit.substring(0, first.end()) + ROLE_INSIDE.matcher(credit.substring(first.end())).replaceAll(" ");
  }

  private static boolean isLoneHan(String token) {
    return token.length() == 1 && Character.isIdeographic(token.charAt(0));
  }

  private boolean isConfidentAlone(Credit credit) {
    return credit.kind() != CreditKind.PERSON || names.isConfidentPersonName(credit.name());
  }

  private CreditKind kindOf(String name, boolean afterRole) {
    if (Roles.isAgency(name)) {
      return CreditKind.AGENCY;
    }
    if (names.isOrganisation(name)) {
      return CreditKind.ORGANISATION;
    }
    if (afterRole ? names.isPersonNameAfterRole(name) : names.isPersonName(name)) {
      return CreditKind.PERSON;
    }
    return null;
  }
}
