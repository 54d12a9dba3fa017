package dev.newstidy.stage.byline;

import com.google.common.collect.ImmutableSet;
import com.google.common.io.Resources;
import dev.newstidy.text.Scripts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Judges whether a token is shaped like a Chinese person's name or an organisation's credit, from a
 * surname list, characters that never stand in given names, and organisation suffixes.
 *
 * <p>Examples, pinned by {@code ChineseNamesTest}: {@code 王书}, {@code 甘雨桐} and {@code 欧阳晓} are
 * person names; {@code 典型示} is not (示 is no name character), nor is {@code 各村} (各 is no surname);
 * {@code 海工宣} and {@code 区文明办} are organisations (they end in 宣 and 办); {@code 据县文旅局} is
 * not (据 opens a clause).
 */
public final class ChineseNames {
  /**
   * Last characters that mark an organisation's short credit whatever comes before: 宣 (publicity
   * office), 办 (office), 委 (committee), 局, 部, 署, 站, 组, 处, 厅.
   */
  private static final String ORGANISATION_ENDINGS = "宣办委局部署站组处厅辦處廳";

  /**
   * Last characters of organisations that also end given names (张建社, 王文会): an organisation only
   * when the token is not shaped like a person's name.
   */
  private static final String SHARED_ENDINGS = "社所院会队团科室馆网报台司厂校协联會隊館網報臺廠協聯";

  /**
   * Prepositions and conjunctions that open clauses, and pronouns ({@code 我们村委}: "our village
   * committee" in a quotation), never an organisation's name.
   */
  private static final String PREPOSITIONS = "据據在从從对對由向经經为為与與和及被把将將给給让讓当當自按经我你他她它咱这這那每各该該";

  /**
   * Two-character words that open a clause listing bodies, never a body's name: {@code 来自县文旅局、
   * 交通局…} (coming from), {@code 包括县文旅局…} (including), {@code 其中区教育局…}, {@code 位于…}. Their
   * first characters alone do open names ({@code 来宾市委}, {@code 包头市委}), so the words are matched whole.
   * {@code 联合} (jointly) is left out: it opens bodies' names too ({@code 联合报}, {@code 联合国}), pinned
   * by {@code ChineseNamesTest.clauseWordsOpenNoBodyButJointlyDoes}. A caption's opener, {@code
   * 图为} or {@code 图说} ("the photo shows"), opens what a photo shows, never a body's name: {@code
   * …引发关注。图为妞妞在敬老院} ends on {@code 院} as {@code 敬老院} does, but credits nobody (pinned by
   * {@code ChineseNamesTest.captionOpenerOpensNoBody}).
   */
  private static final Pattern CLAUSE_OPENERS =
      Pattern.compile("^(?:来自|來自|包括|其中|以及|位于|位於|图为|圖為|图说|圖說)");

  /**
   * Given-name characters that rule a token out even right after a role word: particles and
   * pronouns that a name never holds, where the longer stop list would also reject real names such
   * as {@code 郑与国}.
   */
  private static final String PARTICLES = "的了是们們这這那吗嗎呢吧着著过過";

  private final ImmutableSet<String> surnames;
  private final ImmutableSet<String> weakSurnames;
  private final ImmutableSet<Integer> stopChars;

  ChineseNames(
      ImmutableSet<String> surnames, ImmutableSet<String> weakSurnames, ImmutableSet<Integer> stopChars) {
    this.surnames = surnames;
    this.weakSurnames = weakSurnames;
    this.stopChars = stopChars;
  }

  /**
   * The lists shipped with newstidy, read on first use and then shared: they are immutable, and a
   * run that builds a chain per input ({@code --scope file}) reads them once ({@code
   * ShippedListsTest.eachListIsReadOnceAndShared}).
   */
  public static ChineseNames load() {
    return Shipped.NAMES;
  }

  /** Holds the shipped lists; the JVM initialises it, once, on the first call of {@link #load}. */
  private static final class Shipped {
    static final ChineseNames NAMES = readShipped();
  }

  private static ChineseNames readShipped() {
    ImmutableSet<Integer> stop =
        read("given-name-stop-chars.txt").stream()
            .map(s -> s.codePointAt(0))
            .collect(ImmutableSet.toImmutableSet());
    return new ChineseNames(read("surnames.txt"), read("weak-surnames.txt"), stop);
  }

  private static ImmutableSet<String> read(String name) {
    URL url = Resources.getResource(ChineseNames.class, name);
    try {
      return Resources.readLines(url, StandardCharsets.UTF_8).stream()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .collect(ImmutableSet.toImmutableSet());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled list " + name, e);
    }
  }

  /**
   * True when {@code token} is 2 to 4 Han characters: a known surname, then one or two given-name
   * characters, none of which is a particle, measure word or place word.
   */
  public boolean isPersonName(String token) {
    return surnameLength(token) > 0;
  }

  /**
   * True when {@code token} reads as a name right after a role word ({@code 记者 郑与国}): a known
   * surname and one or two given-name characters, of which only particles are ruled out, since the
   * role already says that a name follows. {@code 记者 他们} still reads as no name.
   */
  public boolean isPersonNameAfterRole(String token) {
    if (isPersonName(token)) {
      return true;
    }
    int length = token.length();
    if (length < 2 || length > 4 || !allHan(token)) {
      return false;
    }
    for (int surname = 2; surname >= 1; surname--) {
      int given = length - surname;
      if (given >= 1 && given <= 2 && surnames.contains(token.substring(0, surname))
          && token.substring(surname).chars().noneMatch(c -> PARTICLES.indexOf(c) >= 0)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code token} is a person's name strong enough to be a byline on its own, glued after
   * a sentence: three characters or more ({@code 韦嘉言}), or two whose surname does not also open
   * everyday words ({@code 史园} yes, {@code 全国} no).
   */
  public boolean isConfidentPersonName(String token) {
    int surname = surnameLength(token);
    if (surname == 0) {
      return false;
    }
    int length = token.codePointCount(0, token.length());
    if (length == 2 && PLACE_ENDINGS.indexOf(token.charAt(1)) >= 0) {
      // 沈阳, 江门: a city in a table cell, shaped like a surname and a given name.
      return false;
    }
    return length >= 3 || !weakSurnames.contains(token.substring(0, surname));
  }

  /**
   * Second characters of two-character place names that rarely end a given name: a lone {@code
   * 沈阳} or {@code 江门} is a city, not a byline. After a role ({@code 记者 李阳}) they still read.
   */
  private static final String PLACE_ENDINGS = "阳陽门門港岛島湾灣";

  /**
   * True for 3 to 10 Han characters that end like an organisation: {@code 海工宣}, {@code 县委宣传部},
   * {@code 区融媒体中心}; {@code 张建社} is a person, not an organisation.
   */
  public boolean isOrganisation(String token) {
    int length = token.codePointCount(0, token.length());
    if (length < 3 || length > 10 || !allHan(token)) {
      return false;
    }
    // 据县文旅局 (according to the county bureau) opens a sentence a page break cut: no credit
    // opens with a preposition.
    if (PREPOSITIONS.indexOf(token.charAt(0)) >= 0 || CLAUSE_OPENERS.matcher(token).lookingAt()) {
      return false;
    }
    int last = token.codePointBefore(token.length());
    if (ORGANISATION_ENDINGS.indexOf(last) >= 0 || token.endsWith("中心")) {
      return true;
    }
    return SHARED_ENDINGS.indexOf(last) >= 0 && !isPersonName(token);
  }

  /** The length of the surname that opens a name-shaped token, or 0 when it is not name-shaped. */
  private int surnameLength(String token) {
    int length = token.length();
    if (length < 2 || length > 4 || !allHan(token)) {
      return 0;
    }
    for (int surname = 2; surname >= 1; surname--) {
      int given = length - surname;
      if (given >= 1 && given <= 2 && surnames.contains(token.substring(0, surname))) {
        if (token.substring(surname).codePoints().noneMatch(stopChars::contains)) {
          return surname;
        }
      }
    }
    return 0;
  }

  private static boolean allHan(String token) {
    if (token.isEmpty()) {
      return false;
    }
    for (int i = 0; i < token.length(); ) {
      int cp = token.codePointAt(i);
      if (!Scripts.isHan(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }
}
