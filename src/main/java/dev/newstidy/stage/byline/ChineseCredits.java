package dev.newstidy.stage.byline;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import dev.newstidy.model.Byline;
import dev.newstidy.model.Credit;
import dev.newstidy.model.CreditKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Chinese credit, wherever {@link BylineDetector} found it: names, organisations and
 * agencies with their role words, in simplified and traditional script.
 *
 * <p>Examples, pinned by {@code BylineDetectorTest}: {@code 史春雨 秦海 文/图} → [史春雨, 秦海] with
 * role 文/图; {@code 記者甘雨桐／溪口報導} → [甘雨桐]; {@code 周 健 刘星野} → [周健, 刘星野]; {@code
 * 本报记者甘雨桐沈牧之} → [甘雨桐, 沈牧之]; {@code 溪口县委通讯组 晨江日报记者} → two organisations;
 * not credits: {@code 溪口社:} (a lead-in), {@code 我们村委}, {@code 王书 参观}.
 */
final class ChineseCredits {
  /** Separators between the names of a Chinese byline. */
  private static final Splitter TOKENS =
      Splitter.on(CharMatcher.anyOf(" \t\u3000、，,;；")).omitEmptyStrings().trimResults();

  /**
   * A role word glued after a name, where a new credit starts: {@code 甘雨桐通讯员沈牧} cuts before
   * 通讯员. Not after an outlet or a rank ({@code 本报记者}, {@code 首席记者}, {@code 本报通讯员}).
   */
  private static final Pattern ROLE_INSIDE =
      Pattern.compile(
          "(?<=\\p{IsHan}\\p{IsHan})(?<![报報社网網台臺媒體体席约約派习習见見影])(?=通讯员|通訊員|实习生|實習生|记者|記者)");

  /** The first role word of a credit. */
  private static final Pattern FIRST_ROLE = Pattern.compile("通讯员|通訊員|实习生|實習生|记者|記者");

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

  ChineseCredits(ChineseNames names) {
    this.names = names;
  }

  /**
   * Reads a Chinese byline: names, organisations and agencies, with role words before them ({@code
   * 记者 王明}) or after them ({@code 史春雨 秦海 文/图}), glued to a name or apart. Every token must read;
   * a lone name must be a confident one. A closing {@code ／台北報導} or {@code 發自香港} says where
   * the report was filed, and is no credit.
   */
  Optional<Byline> parse(String candidate, String originalText) {
    if (!CreditCharacters.mayBeCredit(candidate)) {
      // 林晓川说。: a character no token of a credit holds; most texts asked are sentences.
      return Optional.empty();
    }
    return parseFully(candidate, originalText);
  }

  /** {@link #parse} without the quick test, for {@code CreditCharactersTest}. */
  Optional<Byline> parseFully(String candidate, String originalText) {
    if (candidate.endsWith(":") || candidate.endsWith("：")) {
      // 溪口社: before a subheading is a section's lead-in; a credit's colon has names after it.
      return Optional.empty();
    }
    String credit = mayNameWhereFiled(candidate) ? PLACE_FILED.matcher(candidate).replaceFirst("") : candidate;
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
    // Both patterns need a role word where they match: 王书 曹波 holds none, 本报记者 王书 one.
    Matcher first = Roles.isReporterRole(credit) ? FIRST_ROLE.matcher(credit) : null;
    if (first == null || !first.find()) {
      return credit;
    }
    String rest = credit.substring(first.end());
    return credit.substring(0, first.end()) + (Roles.isReporterRole(rest) ? ROLE_INSIDE.matcher(rest).replaceAll(" ") : rest);
  }

  /**
   * False when {@link #PLACE_FILED} cannot match {@code credit}, which holds no slash and no {@code
   * 发自}: {@code 本报记者 林晓川} is spared the search from every position, {@code 記者林曉川／河灣報導}
   * is not. Pinned by {@code CreditCharactersTest.placeFiledTestNeverRefusesWhatThePatternFinds}.
   */
  static boolean mayNameWhereFiled(String credit) {
    return credit.indexOf('/') >= 0 || credit.indexOf('／') >= 0 || credit.contains("发自") || credit.contains("發自");
  }

  /** Whether {@link #PLACE_FILED} finds a place in {@code credit}, for tests. */
  static boolean placeFiledFound(String credit) {
    return PLACE_FILED.matcher(credit).find();
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
