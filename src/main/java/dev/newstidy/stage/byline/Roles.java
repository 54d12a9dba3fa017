package dev.newstidy.stage.byline;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.regex.Pattern;

/**
 * The role words of Chinese bylines and the agencies that bylines credit, in simplified and
 * traditional script. A role stands before names ({@code 记者 王明}, {@code 通讯员李红}) or after them
 * ({@code 秦海 文/图}, {@code 王明摄}).
 *
 * <p>Examples, pinned by {@code RolesTest}: {@code "记者王明"} reads as prefix role {@code 记者} and
 * name {@code 王明}; {@code "文/王明"} as role {@code 文} and name {@code 王明}; {@code "王明摄"} as name {@code 王明} and suffix role {@code 摄}; {@code "文 / 图"}
 * is normalised to {@code "文/图"}.
 */
final class Roles {
  /** Roles written before the names, longest first so that 本报记者 wins over 记者. */
  private static final ImmutableList<String> PREFIX =
      ImmutableList.of(
          "本报首席记者", "全媒体记者", "融媒体记者", "本报通讯员", "特约通讯员", "本报记者", "首席记者", "特约记者", "见习记者",
          "摄影记者", "本報記者", "特約記者", "首席記者", "本報通訊員", "通讯员", "通訊員", "实习生", "實習生", "记者", "記者");

  /** The same, for membership: a token is asked whether it is a role word alone. */
  private static final ImmutableSet<String> PREFIX_WORDS = ImmutableSet.copyOf(PREFIX);

  /** Roles written after the names. */
  private static final ImmutableList<String> SUFFIX =
      ImmutableList.of(
          "文/图", "图/文", "文/圖", "圖/文", "文图", "图文", "圖文", "供图", "供圖", "摄影", "攝影", "报道", "報道",
          "整理", "制图", "製圖", "供稿", "摄", "攝", "图", "圖", "文");

  private static final ImmutableSet<String> SUFFIX_WORDS = ImmutableSet.copyOf(SUFFIX);

  /** News agencies credited like names. */
  private static final ImmutableSet<String> AGENCIES =
      ImmutableSet.of(
          "新华社", "新華社", "中新社", "中通社", "中央社", "中央通讯社", "中央通訊社", "人民网", "央视网", "Reuters", "AP", "AFP", "Xinhua", "Bloomberg",
          "Associated Press", "Agence France-Presse", "dpa", "Kyodo", "Yonhap");

  /**
   * A reporter's role with the outlet and rank before it, glued to the name or not: {@code
   * 晚报首席记者}, {@code 全媒体记者}, {@code 新华社记者}, {@code 本報記者}.
   */
  private static final Pattern OUTLET_ROLE =
      Pattern.compile(
          "^(\\p{IsHan}{0,6}?(?:首席|特约|特約|特派|见习|見習|实习|實習|全媒体|全媒體|融媒体|融媒體|摄影|攝影|驻站|駐站)?"
              + "(?:记者|記者|通讯员|通訊員|实习生|實習生))");

  /**
   * The outlet of a reporter's role, when the role names one: {@code 福建日报} in {@code 福建日报记者},
   * {@code 端傳媒} in {@code 端傳媒記者}; not {@code 本报} (this paper), which credits nobody new.
   */
  private static final Pattern OUTLET =
      Pattern.compile(
          "^(?!本)(\\p{IsHan}{1,6}?(?:报|報|台|臺|网|網|社|媒体|媒體|传媒|傳媒))(?:首席|特约|特約|特派)?(?:记者|記者)$");

  /**
   * Characters that never stand in an outlet's name before 记者: pronouns and particles, so that
   * {@code 这位记者} and {@code 他的记者} stay text.
   */
  private static final String NOT_IN_OUTLET = "的了是在这這那我你他她们們位名些说說对對向和与與及";

  /** Roles written after a slash glued to the name: {@code 林曉/圖文}. */
  private static final ImmutableSet<String> SLASH_ROLES =
      ImmutableSet.of("图文", "圖文", "文", "图", "圖", "摄", "攝", "摄影", "攝影", "文图", "文圖");

  /** {@code 文 / 图} and {@code 文／图}: the slash of a role, with stray spaces. */
  private static final Pattern SLASH = Pattern.compile("\\s*[/／]\\s*");

  /** How one byline token reads: a role before the name, the name, a role after it. */
  record Reading(String prefixRole, String rest, String suffixRole) {}

  /** Joins the parts of slashed roles so that splitting on spaces keeps them whole. */
  String normaliseSlashes(String byline) {
    if (byline.indexOf('/') < 0 && byline.indexOf('／') < 0) {
      return byline;
    }
    return SLASH.matcher(byline).replaceAll("/");
  }

  /** Splits a token into an optional prefix role, the rest, and an optional suffix role. */
  Reading read(String token) {
    if (SUFFIX_WORDS.contains(token)) {
      return new Reading(null, "", token);
    }
    if (PREFIX_WORDS.contains(token)) {
      return new Reading(token, "", null);
    }
    int first = token.indexOf('/');
    if (first > 0 && first < token.length() - 1 && SLASH_ROLES.contains(token.substring(0, first))) {
      // 文/王明 图/李红: the role before the slash, the name after it.
      return new Reading(token.substring(0, first), token.substring(first + 1), null);
    }
    int slash = token.lastIndexOf('/');
    if (slash > 0 && SLASH_ROLES.contains(token.substring(slash + 1))) {
      Reading name = read(token.substring(0, slash));
      return new Reading(name.prefixRole(), name.rest(), token.substring(slash + 1));
    }
    String prefix = null;
    String rest = token;
    for (String role : PREFIX) {
      if (rest.startsWith(role) && rest.length() > role.length()) {
        prefix = role;
        rest = rest.substring(role.length());
        break;
      }
    }
    if (prefix == null && mentionsReporter(rest)) {
      java.util.regex.Matcher outlet = OUTLET_ROLE.matcher(rest);
      if (outlet.lookingAt() && isPlausibleOutlet(outlet.group(1))) {
        prefix = outlet.group(1);
        rest = rest.substring(outlet.end());
        if (rest.isEmpty()) {
          return new Reading(prefix, "", null);
        }
      }
    }
    String suffix = null;
    for (String role : SUFFIX) {
      // Of the one-character roles only 摄 is read when glued: 王书文 is a name, 王明摄 a credit.
      boolean glueable = role.length() > 1 || role.equals("摄") || role.equals("攝");
      if (glueable && rest.endsWith(role) && rest.length() - role.length() >= 2) {
        suffix = role;
        rest = rest.substring(0, rest.length() - role.length());
        break;
      }
    }
    return new Reading(prefix, rest, suffix);
  }

  /** No pronoun or particle stands in the words before the role: {@code 这位记者} is no role. */
  private static boolean isPlausibleOutlet(String role) {
    for (int i = 0; i < role.length(); i++) {
      if (NOT_IN_OUTLET.indexOf(role.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The outlet a reporter's role names, credited when no name follows the role: {@code 福建日报} for
   * {@code 福建日报记者}; null for {@code 记者}, {@code 本报记者} and {@code 新华社记者} (an agency).
   */
  static String outletOf(String role) {
    if (role == null || agencyOf(role) != null) {
      return null;
    }
    java.util.regex.Matcher m = OUTLET.matcher(role);
    return m.matches() ? m.group(1) : null;
  }

  /** True when {@code role} names a reporter: {@code 記者}, {@code 特派記者}, {@code 通讯员}. */
  static boolean isReporterRole(String role) {
    return mentionsReporter(role);
  }

  /** A cheap test before the outlet pattern: the token names a reporter's role at all. */
  private static boolean mentionsReporter(String token) {
    return token.contains("记者") || token.contains("記者") || token.contains("通讯员")
        || token.contains("通訊員") || token.contains("实习生") || token.contains("實習生");
  }

  /**
   * Roles besides the prefix ones that stand before a name in a credit ({@code 摄影 韦青禾},
   * {@code 编辑:韦青禾}): read by {@link #endsWithARole}, never when a byline is parsed.
   */
  private static final ImmutableList<String> OTHER_ROLES_BEFORE_A_NAME = ImmutableList.of("摄影", "攝影", "编辑", "編輯");

  /**
   * True when {@code text} ends with a role that credits the name after it: {@code 本报讯(通讯员},
   * {@code 实习生}, {@code 摄影}, {@code 责任编辑}; not {@code 县委书记} or {@code 记者们说}.
   */
  static boolean endsWithARole(String text) {
    for (String role : PREFIX) {
      if (text.endsWith(role)) {
        return true;
      }
    }
    for (String role : OTHER_ROLES_BEFORE_A_NAME) {
      if (text.endsWith(role)) {
        return true;
      }
    }
    return false;
  }

  static boolean isAgency(String name) {
    return AGENCIES.contains(name);
  }

  /** The agency a role opens with, {@code 新华社} for {@code 新华社记者}, or null. */
  static String agencyOf(String role) {
    if (role == null) {
      return null;
    }
    for (String agency : AGENCIES) {
      if (role.startsWith(agency) && role.length() > agency.length()) {
        return agency;
      }
    }
    return null;
  }
}
