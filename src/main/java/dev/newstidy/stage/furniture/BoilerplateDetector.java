package dev.newstidy.stage.furniture;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.io.Resources;
import dev.newstidy.text.Punctuation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Judges whether a short line is site or page furniture rather than article text, by two kinds of
 * evidence: a short list of patterns kept as data ({@code boilerplate-patterns.txt}: navigation,
 * counters, legal footers, e-paper page lines, review chains), and the shape of navigation bars, a
 * line made only of link words and separators ({@code link-words.txt}), all but one of them link
 * words ({@code 江州新闻网 | 手机版}: the site's name and a link).
 *
 * <p>Examples, pinned by {@code BoilerplateDetectorTest}: {@code 上一篇:某地举办展会}, {@code 分享到:},
 * {@code 【打印】【关闭】}, {@code 浏览次数:1234}, {@code 京ICP备12345678号}, {@code 2003年5月6日青川日报
 * 第3版}, {@code 首页 > 新闻中心 > 本地新闻} and {@code Home | News | Sports} are furniture; {@code
 * 记者从来源可靠的渠道获悉,该项目已经开工。} and {@code Read more about the plan in Sunday's paper.} are
 * not (too long, a sentence).
 */
public final class BoilerplateDetector {
  /** Furniture lines are short; longer lines are text whatever words they hold. */
  static final int MAX_LENGTH = 120;

  private static final Splitter TRIGGERS = Splitter.on(',').omitEmptyStrings();

  private static final Splitter LINK_SEPARATORS =
      Splitter.on(Pattern.compile("\\s*[|｜·•/>»›\\-_]+\\s*|\\s{2,}")).omitEmptyStrings().trimResults();

  /** The rules: an expression, and the words one of which a line must hold for it to be tried. */
  private final ImmutableList<Rule> rules;

  /** One line of {@code boilerplate-patterns.txt}. */
  record Rule(ImmutableList<String> triggers, Pattern pattern) {
    boolean matches(String lowerCaseLine) {
      for (String trigger : triggers) {
        if (lowerCaseLine.contains(trigger)) {
          return pattern.matcher(lowerCaseLine).lookingAt();
        }
      }
      return false;
    }
  }
  private final ImmutableSet<String> linkWords;

  /**
   * For each UTF-16 unit, the rules one of whose triggers opens with it: bit {@code i} for rule
   * {@code i}, and the last bit for every rule past the 63rd, which is always tried. A rule whose
   * triggers' first characters all stand nowhere in a line holds none of its triggers, so one scan
   * of the line spares the trigger searches of the rules it cannot match.
   */
  private final long[] rulesByFirstChar = new long[Character.MAX_VALUE + 1];

  /** The bit of the rules past the 63rd, tried whatever the line holds. */
  private static final long LATE_RULES = 1L << 63;

  /** A legal footer's opening: {@code 版权所有}, {@code Copyright}, {@code ©}, {@code (c) 2024}. */
  private static final Pattern LEGAL_OPENING =
      Pattern.compile("(?i)(版权所有|版權所有|copyright|©|\\(c\\)\\s*\\d{4}|未经许可|未經許可|本网站|本網站)");

  /** The separators of a navigation bar, besides runs of spaces. */
  private static final com.google.common.base.CharMatcher SEPARATOR = com.google.common.base.CharMatcher.anyOf("|｜·•/>»›");

  BoilerplateDetector(ImmutableList<Rule> rules, ImmutableSet<String> linkWords) {
    this.rules = rules;
    this.linkWords = linkWords;
    for (int r = 0; r < rules.size(); r++) {
      long bit = r < 63 ? 1L << r : LATE_RULES;
      for (String trigger : rules.get(r).triggers()) {
        rulesByFirstChar[trigger.charAt(0)] |= bit;
      }
    }
  }

  /**
   * The rules that may match {@code lowerCaseLine}, as bits (see {@link #rulesByFirstChar}): a rule
   * is left out only when no trigger of it can stand in the line. {@code 上一篇:…} gives the rules
   * with a trigger that opens with {@code 上}, {@code 一} or another of its characters; a line of
   * digits alone gives none. Pinned by {@code BoilerplateDetectorTest.firstCharacterScanKeepsEveryRuleThatMatches}.
   */
  long candidateRules(String lowerCaseLine) {
    long candidates = rules.size() > 63 ? LATE_RULES : 0L;
    for (int i = 0; i < lowerCaseLine.length(); i++) {
      candidates |= rulesByFirstChar[lowerCaseLine.charAt(i)];
    }
    return candidates;
  }

  /** The rules, in the order of the shipped list, for tests. */
  ImmutableList<Rule> rules() {
    return rules;
  }

  /**
   * The lists shipped with newstidy, read and compiled on first use and then shared: they are
   * immutable, and a run that builds a chain per input ({@code --scope file}) reads them once
   * ({@code ShippedListsTest.eachListIsReadOnceAndShared}).
   */
  public static BoilerplateDetector load() {
    return Shipped.DETECTOR;
  }

  /** Holds the shipped lists; the JVM initialises it, once, on the first call of {@link #load}. */
  private static final class Shipped {
    static final BoilerplateDetector DETECTOR = readShipped();
  }

  private static BoilerplateDetector readShipped() {
    // The lists are written in lower case and lines are lower-cased once before matching, so no
    // expression needs to fold case character by character.
    ImmutableList<Rule> rules =
        read("boilerplate-patterns.txt").stream()
            .map(
                line -> {
                  int tab = line.indexOf('\t');
                  return new Rule(
                      ImmutableList.copyOf(TRIGGERS.split(line.substring(0, tab))),
                      Pattern.compile(line.substring(tab + 1)));
                })
            .collect(ImmutableList.toImmutableList());
    ImmutableSet<String> words =
        read("link-words.txt").stream()
            .map(w -> w.toLowerCase(Locale.ROOT))
            .collect(ImmutableSet.toImmutableSet());
    return new BoilerplateDetector(rules, words);
  }

  private static List<String> read(String name) {
    try {
      return Resources.readLines(Resources.getResource(BoilerplateDetector.class, name), StandardCharsets.UTF_8).stream()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled list " + name, e);
    }
  }

  /** The kind of furniture {@code line} is, or null when it is text. */
  public String classify(String line) {
    String text = line.strip().replace('：', ':');
    if (text.isEmpty() || text.length() > MAX_LENGTH) {
      return null;
    }
    // A finished sentence with commas in it is prose, whatever words it holds: 该书版权所有者表示,…;
    // a legal footer opens with its key and may be a sentence: 版权所有，未经许可不得转载。
    boolean prose = Punctuation.endsSentence(text) && Punctuation.hasClausePunctuation(text.replace(':', ' '));
    if (prose && !LEGAL_OPENING.matcher(text).lookingAt()) {
      return null;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    long candidates = candidateRules(lower);
    for (int r = 0; r < rules.size() && candidates != 0; r++) {
      long bit = r < 63 ? 1L << r : LATE_RULES;
      if ((candidates & bit) != 0 && rules.get(r).matches(lower)) {
        return "furniture";
      }
      if (r < 63) {
        candidates &= ~bit;
      }
    }
    return isNavigationBar(text) ? "navigation" : null;
  }

  /** Three or more link words between separators, and nothing else: {@code 首页 > 新闻 > 本地}. */
  private boolean isNavigationBar(String text) {
    if (text.length() > 80 || Punctuation.endsSentence(text) || !(SEPARATOR.matchesAnyOf(text) || text.contains("  "))) {
      return false;
    }
    List<String> tokens = LINK_SEPARATORS.splitToList(text);
    if (tokens.size() < 2 || (tokens.size() == 2 && !SEPARATOR.matchesAnyOf(text))) {
      return false;
    }
    int links = 0;
    for (String token : tokens) {
      if (linkWords.contains(token.toLowerCase(Locale.ROOT))) {
        links++;
      }
    }
    // Breadcrumbs end with the page's own section name, which no list holds: allow one stranger.
    return links >= 1 && links >= tokens.size() - 1;
  }
}
