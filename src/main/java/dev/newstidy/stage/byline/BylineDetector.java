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

  /** Separators between the names of a Chinese byline. */
  private static final Splitter TOKENS =
      Splitter.on(CharMatcher.anyOf(" \t\u3000、，,;；")).omitEmptyStrings().trimResults();

  /** {@code By A and B}, {@code BY A, B and C}, {@code By A | Staff Writer}. */
  private static final Pattern ENGLISH_BY = Pattern.compile("^(?:By|BY)\\s+(.+)$");

  /** Roles that follow a name after a comma: {@code Managing Editor}, {@code Staff Writer}. */
  private static final Pattern ENGLISH_ROLE =
      Pattern.compile("(?i)(?:managing |senior |contributing |city |news |sports )?(?:editor|writer|reporter|correspondent|columnist|photographer)s?|staff (?:writer|reporter)s?|special to the .+");

  /** {@code Reporting by Anna Lee; Editing by Tom Hart}: a wire story's closing credits. */
  private static final Pattern WIRE_CREDIT =
      Pattern.compile("(?i)^(reporting|writing|additional reporting|editing) by\\s+(.+)$");

  /** {@code — Reuters}, {@code -- Associated Press}: a credit after a dash, alone on its line. */
  private static final Pattern DASH_CREDIT = Pattern.compile("^(?:—|–|--|-)\\s*([A-Z][A-Za-z .'’-]{1,40})$");

  /** {@code From staff and wire reports}, {@code From wire reports}. */
  private static final Pattern STAFF_REPORTS =
      Pattern.compile("(?i)^(?:from\\s+)?(?:staff\\s+and\\s+)?wire\\s+(?:service\\s+)?reports\\.?$");

  /** Separators between English names: {@code ", "}, {@code " and "}, {@code " & "}. */
  private static final Splitter ENGLISH_NAMES =
      Splitter.on(Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*"))
          .omitEmptyStrings()
          .trimResults();

  /** One English name: capitalised words, initials and particles, {@code Mary-Kate O'Neil}. */
  private static final Pattern ENGLISH_NAME =
      Pattern.compile(
          "^\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:(?:de|van|von|der|da|del|la|le|bin|al)\\s+)*\\p{Lu}[\\p{L}'’.\\-]*){0,3}$");

  private final ChineseNames names;
  private final Roles roles = new Roles();

  public BylineDetector(ChineseNames names) {
    this.names = names;
  }

  /** A block's text split into the body before a glued byline, and the byline. */
  public record Split(String body, Byline byline) {}

  /**
   * The byline that is the whole of {@code text}, if it is one: {@code "王书 曹波"}, {@code "记者 王明
   * 摄"}, {@code "(李红、赵明)"}, {@code "By A and B"}.
   */
  public Optional<Byline> parseWhole(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.length() > MAX_GLUED + 20) {
      return Optional.empty();
    }
    Optional<Byline> english = parseEnglish(t);
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
    int end = Punctuation.endOfLastSentence(t);
    if (end <= 0 || end >= t.length()) {
      return Optional.empty();
    }
    String tail = t.substring(end).strip();
    if (tail.length() > MAX_GLUED) {
      return Optional.empty();
    }
    if (tail.startsWith("—") || tail.startsWith("--") || tail.startsWith("–")) {
      // …covered by state funds. — AP
      return parseEnglish(tail).map(byline -> new Split(t.substring(0, end), byline));
    }
    return parseChinese(tail, tail).map(byline -> new Split(t.substring(0, end), byline));
  }

  /** {@code "…表示。(李红、赵明)"}: a parenthesised byline right after the last sentence. */
  private Optional<Split> findTrailingParenthesised(String t) {
    if (!(t.endsWith(")") || t.endsWith("）"))) {
      return Optional.empty();
    }
    int open = Math.max(t.lastIndexOf('('), t.lastIndexOf('（'));
    if (open <= 0 || t.length() - open > MAX_GLUED) {
      return Optional.empty();
    }
    String before = t.substring(0, open);
    if (!Punctuation.endsSentence(before)) {
      return Optional.empty();
    }
    String whole = t.substring(open);
    return parseChinese(whole.substring(1, whole.length() - 1), whole)
        .map(byline -> new Split(before, byline));
  }

  private static String unwrapParentheses(String t) {
    boolean wrapped =
        (t.startsWith("(") && t.endsWith(")")) || (t.startsWith("（") && t.endsWith("）"));
    return wrapped && t.length() > 2 ? t.substring(1, t.length() - 1) : null;
  }

  /**
   * Reads a Chinese byline: names, organisations and agencies, with role words before them ({@code
   * 记者 王明}) or after them ({@code 史春雨 秦海 文/图}), glued to a name or apart. Every token must read;
   * a lone name must be a confident one.
   */
  private Optional<Byline> parseChinese(String candidate, String originalText) {
    // 全媒体记者:王明 李红 reads like 全媒体记者 王明 李红.
    List<String> tokens = TOKENS.splitToList(roles.normaliseSlashes(candidate).replace('：', ' ').replace(':', ' '));
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    List<Credit> credits = new ArrayList<>();
    int rolelessFrom = 0;
    String prefixRole = null;
    boolean sawRole = false;
    for (String token : tokens) {
      Roles.Reading reading = roles.read(token);
      String role = reading.suffixRole();
      if (reading.prefixRole() != null) {
        prefixRole = reading.prefixRole();
        sawRole = true;
        String agency = Roles.agencyOf(prefixRole);
        if (agency != null && credits.stream().noneMatch(c -> c.name().equals(agency))) {
          credits.add(new Credit(agency, null, CreditKind.AGENCY));
        }
      }
      String name = reading.rest();
      if (!name.isEmpty()) {
        CreditKind kind = kindOf(name);
        if (kind == null) {
          return Optional.empty();
        }
        credits.add(new Credit(name, prefixRole, kind));
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
      }
    }
    if (credits.isEmpty()) {
      return Optional.empty();
    }
    if (credits.size() == 1 && !sawRole && !isConfidentAlone(credits.get(0))) {
      return Optional.empty();
    }
    return Optional.of(new Byline(originalText, ImmutableList.copyOf(credits)));
  }

  private boolean isConfidentAlone(Credit credit) {
    return credit.kind() != CreditKind.PERSON || names.isConfidentPersonName(credit.name());
  }

  private CreditKind kindOf(String name) {
    if (Roles.isAgency(name)) {
      return CreditKind.AGENCY;
    }
    if (names.isOrganisation(name)) {
      return CreditKind.ORGANISATION;
    }
    if (names.isPersonName(name)) {
      return CreditKind.PERSON;
    }
    return null;
  }

  /** {@code Reporting by A and B; Editing by C}: each part's names with its role. */
  private Optional<Byline> parseWireCredits(String t) {
    List<Credit> credits = new ArrayList<>();
    for (String part : t.split(";")) {
      var m = WIRE_CREDIT.matcher(part.strip());
      if (!m.matches()) {
        return Optional.empty();
      }
      String role = m.group(1).toLowerCase(java.util.Locale.ROOT);
      for (String name : ENGLISH_NAMES.split(CharMatcher.is('.').trimTrailingFrom(m.group(2)))) {
        if (!ENGLISH_NAME.matcher(name).matches()) {
          return Optional.empty();
        }
        credits.add(new Credit(name, role, CreditKind.PERSON));
      }
    }
    return credits.isEmpty() ? Optional.empty() : Optional.of(new Byline(t, ImmutableList.copyOf(credits)));
  }

  /** {@code By A, B and C}, {@code By A | Staff Writer}, {@code — Reuters}, {@code From staff and wire reports}. */
  private Optional<Byline> parseEnglish(String t) {
    char first = t.charAt(0);
    if ((first == 'F' || first == 'f' || first == 'W' || first == 'w' || first == 'S' || first == 's')
        && STAFF_REPORTS.matcher(t).matches()) {
      return Optional.of(new Byline(t, ImmutableList.of(new Credit("staff and wire reports", null, CreditKind.ORGANISATION))));
    }
    var dash = DASH_CREDIT.matcher(t);
    if ((first == '—' || first == '–' || first == '-') && dash.matches()) {
      String name = dash.group(1).strip();
      if (Roles.isAgency(name)) {
        return Optional.of(new Byline(t, ImmutableList.of(new Credit(name, null, CreditKind.AGENCY))));
      }
      if (ENGLISH_NAME.matcher(name).matches() && name.contains(" ")) {
        return Optional.of(new Byline(t, ImmutableList.of(new Credit(name, null, CreditKind.PERSON))));
      }
      return Optional.empty();
    }
    if (t.startsWith("Reporting by ") || t.startsWith("Writing by ") || t.startsWith("Additional reporting by ")) {
      return parseWireCredits(t);
    }
    if (!(t.startsWith("By ") || t.startsWith("BY ") || t.startsWith("By\t"))) {
      return Optional.empty();
    }
    var m = ENGLISH_BY.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    String rest = m.group(1).strip();
    String role = null;
    int bar = rest.indexOf('|');
    if (bar >= 0) {
      role = rest.substring(bar + 1).strip();
      rest = rest.substring(0, bar).strip();
      if (role.isEmpty() || role.length() > 40) {
        return Optional.empty();
      }
    }
    List<String> names = new ArrayList<>(ENGLISH_NAMES.splitToList(rest));
    // By Thomas Reed, Managing Editor: the last part is a role, not a name.
    if (role == null && names.size() > 1 && ENGLISH_ROLE.matcher(names.get(names.size() - 1)).matches()) {
      role = names.remove(names.size() - 1);
    }
    List<Credit> credits = new ArrayList<>();
    for (String name : names) {
      if (!ENGLISH_NAME.matcher(name).matches()) {
        return Optional.empty();
      }
      CreditKind kind = Roles.isAgency(name) ? CreditKind.AGENCY : CreditKind.PERSON;
      credits.add(new Credit(name, role, kind));
    }
    return credits.isEmpty()
        ? Optional.empty()
        : Optional.of(new Byline(t, ImmutableList.copyOf(credits)));
  }
}
