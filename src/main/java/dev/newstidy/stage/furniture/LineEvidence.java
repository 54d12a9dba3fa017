package dev.newstidy.stage.furniture;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSet;
import com.google.common.io.Resources;
import dev.newstidy.stage.furniture.ChromeModel.Threshold;
import dev.newstidy.text.Punctuation;
import dev.newstidy.text.Scripts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one line of a scraped page looks like, for telling the article from the page's chrome:
 * whether it reads as prose (length, sentence ends, clause punctuation and the density of function
 * words, jusText's idea with Chinese function characters added), whether it is a date line, a
 * bullet, a line of chrome (a phrase from {@code chrome-words.txt} that sites share: {@code 扫一扫},
 * {@code 免责声明}, {@code Trending Now}) and whether it has a headline's shape.
 *
 * <p>Examples, pinned by {@code LineEvidenceTest}: {@code 青石镇新桥昨日正式通车,沿线三个村的村民出行从此方便了许多。}
 * is prose and {@code 首页新闻中心本地新闻图片中心专题} is not (no function character, no punctuation);
 * {@code The council voted on Tuesday to close the old bridge for repairs.} is prose and {@code Home
 * News Sports Weather Opinion Obituaries Contact Us} is not; {@code 2024-03-02 10:30} and {@code
 * Friday, 8th March 2024, 9:15 am} are date lines; {@code 青石镇新桥通车} has a headline's shape and
 * {@code 您的位置:首页 > 新闻} has not.
 */
public final class LineEvidence {
  /** Chinese function characters: a menu or a run of names holds almost none. */
  private static final CharMatcher CJK_FUNCTION = CharMatcher.anyOf("的了在是和也有就不这要为对与将从被把但而及以").precomputed();

  /** English function words, lower case. */
  private static final ImmutableSet<String> LATIN_FUNCTION =
      ImmutableSet.of(
          "the", "a", "an", "of", "to", "in", "and", "is", "was", "for", "on", "that", "with", "as", "at",
          "by", "from", "he", "she", "it", "they", "we", "said", "has", "have", "had", "be", "are", "were",
          "but", "or", "not", "this", "his", "her", "their", "will", "would", "who", "which", "after");

  private static final Splitter WORDS = Splitter.on(CharMatcher.whitespace()).omitEmptyStrings();

  /**
   * A line that is a date or a time and little else: {@code 2024-03-02 10:30}, {@code 2024年3月2日
   * 星期六}, {@code Friday, 8th March 2024, 9:15 am}, {@code [March 2, 2024]}, {@code Submitted:
   * 03/02/2024}.
   */
  private static final Pattern DATE_LINE =
      Pattern.compile(
          "(?i)^[\\[(（【]?\\s*(?:(?:posted|published|updated|submitted|first published|last updated|date)\\s*:?\\s*)?"
              + "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s*)?"
              + "(?:\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?"
              + "|\\d{1,2}(?:st|nd|rd|th)?\\s+[a-z]{3,9}\\.?,?\\s+\\d{4}"
              + "|[a-z]{3,9}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
              + "|\\d{1,2}/\\d{1,2}/\\d{2,4}"
              + "|\\d{1,2}:\\d{2}(?::\\d{2})?)"
              + "[\\s,|·?？]*(?:星期.|週.|周.|\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?\\s*(?:[a-z]{2,4})?)?[\\s\\])）】?？]*$");

  /** A bullet point: {@code • Trucker shortage hits supply chains}, {@code - a point}. */
  private static final Pattern BULLET = Pattern.compile("^[•·●▪◆■\\-–*]\\s+\\S");

  /** A date anywhere in a line: {@code 2024-03-02}, {@code 2024年3月2日}, {@code 2024.03.02}, {@code 10:30:15}. */
  private static final Pattern DATE_INSIDE =
      Pattern.compile("\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}|\\d{1,2}:\\d{2}:\\d{2}");

  /** A web address: {@code http://example.com}, {@code www.example.com}. */
  private static final Pattern URL = Pattern.compile("(?i)https?://|www\\.[a-z0-9-]+\\.");

  /** An e-paper's page label: {@code 第3版}, {@code 第A05版:要闻}, {@code 05版:评论}. */
  private static final Pattern PAGE_LABEL = Pattern.compile("^(?:第\\s*)?[A-Za-z]?\\d{1,3}\\s*版");

  /** A short field line, a key and a colon: {@code 总监制:某某}, {@code 电话:0000-1234567}. */
  private static final Pattern FIELD =
      Pattern.compile("^[\\p{IsHan} ]{1,6}\\s*[:：]\\s*(?:[\\p{IsHan} ]{1,5}|[\\d\\s()+-]{5,20})$");

  /** An English date inside a line: {@code February 06, 1999}, {@code 6 February 1999}. */
  private static final Pattern LATIN_DATE =
      Pattern.compile(
          "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4}\\b"
              + "|\\b\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{4}\\b");

  /** A credit's role word: {@code 记者}, {@code 通讯员}, {@code Staff Writer}. */
  private static final Pattern CREDIT_WORD =
      Pattern.compile("(?i)记者|記者|通讯员|通訊員|staff writer|reporter|correspondent|\\d{1,2}日[电電]$");

  /** An English byline's opening: {@code By JANE DOE}. */
  private static final Pattern BY = Pattern.compile("^(?:By|BY)\\s+\\p{Lu}");

  /** A bullet before a headline and decoration after it: {@code • }, {@code ******}. */
  private static final Pattern DECORATION = Pattern.compile("^[•·●▪◆■*]+\\s*|[\\s*#=~_]+$");

  /** Keys with nothing after them: {@code 出版:更新:}. */
  private static final Pattern EMPTY_FIELDS = Pattern.compile("^(?:\\p{IsHan}{1,4}\\s*[:：]\\s*)+$");

  /** Navigation separators: a headline holds none of {@code > | »}. */
  private static final CharMatcher NAV = CharMatcher.anyOf(">|｜»›").precomputed();

  private final ImmutableSet<String> chromeWords;
  private final ChromeModel model;

  LineEvidence(ImmutableSet<String> chromeWords, ChromeModel model) {
    this.chromeWords = chromeWords;
    this.model = model;
  }

  /** The evidence with the shipped lexicon of chrome phrases and the shipped model, read once and shared. */
  public static LineEvidence load() {
    return Shipped.EVIDENCE;
  }

  /** The evidence with the shipped lexicon and the thresholds of {@code model}: what the fit tries. */
  public static LineEvidence load(ChromeModel model) {
    return new LineEvidence(Shipped.EVIDENCE.chromeWords, model);
  }

  /** The thresholds this evidence and the page triage use. */
  public ChromeModel model() {
    return model;
  }

  private static final class Shipped {
    static final LineEvidence EVIDENCE = new LineEvidence(readWords(), ChromeModel.shipped());
  }

  private static ImmutableSet<String> readWords() {
    try {
      List<String> lines =
          Resources.readLines(Resources.getResource(LineEvidence.class, "chrome-words.txt"), StandardCharsets.UTF_8);
      return lines.stream()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .map(LineEvidence::key)
          .collect(ImmutableSet.toImmutableSet());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled list chrome-words.txt", e);
    }
  }

  /** A line's key for the lexicon: lower case, letters and digits only. */
  private static String key(String line) {
    StringBuilder key = new StringBuilder(line.length());
    line.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
    return key.toString();
  }

  /**
   * True when the line reads as running text: a finished sentence of some length, or a long line
   * with clause punctuation and function words; the lengths and densities are the model's ({@link
   * ChromeModel}).
   */
  public boolean isProse(String line) {
    String text = line.strip();
    Scripts.LetterCounts counts = Scripts.count(text);
    boolean ends = Punctuation.endsSentence(text);
    boolean clauses = Punctuation.hasClausePunctuation(text);
    if (counts.cjk() * 3 >= counts.latin()) {
      int n = counts.cjk();
      int function = CJK_FUNCTION.countIn(text);
      return (ends && n >= model.get(Threshold.CJK_SENTENCE_CHARS))
          || (clauses && n >= model.get(Threshold.CJK_CLAUSE_CHARS) && function >= 1)
          || (n >= model.get(Threshold.CJK_DENSE_CHARS) && function * model.get(Threshold.CJK_CHARS_PER_FUNCTION) >= n);
    }
    List<String> words = WORDS.splitToList(text);
    int function = 0;
    for (String word : words) {
      if (LATIN_FUNCTION.contains(word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""))) {
        function++;
      }
    }
    boolean dense = function * model.get(Threshold.LATIN_WORDS_PER_FUNCTION) >= words.size();
    return (ends && words.size() >= model.get(Threshold.LATIN_SENTENCE_WORDS) && function >= 1)
        || (words.size() >= model.get(Threshold.LATIN_DENSE_WORDS) && dense);
  }

  /** True when the line is a date, a time or both, and nothing else. */
  public boolean isDateLine(String line) {
    return isDate(line);
  }

  /** {@link #isDateLine}, for callers without the lexicon. */
  static boolean isDate(String line) {
    String text = line.strip();
    return text.length() <= 60 && DATE_LINE.matcher(text).matches();
  }

  /**
   * True when the line reads as a sentence or part of one, if not enough to anchor an article: a
   * cut paragraph, a caption, a short closing sentence. {@code 老支书回忆说,} and {@code And we demand} are
   * text-like; {@code 网站首页} and {@code Top Stories} are not.
   */
  public boolean isTextLike(String line) {
    String text = line.strip();
    Scripts.LetterCounts counts = Scripts.count(text);
    if (NAV.matchesAnyOf(text)) {
      return false;
    }
    if (counts.cjk() * 3 >= counts.latin()) {
      return counts.cjk() >= 4 && (Punctuation.endsSentence(text) || Punctuation.hasClausePunctuation(text)
          || CJK_FUNCTION.matchesAnyOf(text) && counts.cjk() >= 10);
    }
    List<String> words = WORDS.splitToList(text);
    int function = 0;
    for (String word : words) {
      if (LATIN_FUNCTION.contains(word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""))) {
        function++;
      }
    }
    return words.size() >= 3 && function >= 1 && !Character.isUpperCase(text.charAt(0)) || words.size() >= 5 && function >= 1;
  }

  /**
   * True when the line's shape alone says chrome: a navigation bar of two separators or more, a
   * web address, a date line, an e-paper page label, a short key-and-value field.
   */
  public boolean hasChromeShape(String line) {
    String text = line.strip();
    return NAV.countIn(text) >= 2
        || URL.matcher(text).find()
        || EMPTY_FIELDS.matcher(text).matches()
        || text.length() <= 50 && !Punctuation.endsSentence(text)
            && (DATE_INSIDE.matcher(text).find() || LATIN_DATE.matcher(text).find())
        || isDateLine(text)
        || PAGE_LABEL.matcher(text).lookingAt()
        || FIELD.matcher(text).matches();
  }

  /**
   * True for a short line that credits or dates the article: {@code 南方日报记者 王明}, {@code
   * 2024年3月2日 10:30 | 来源:临江日报}, {@code March 2, 2024|By JANE DOE}.
   */
  public boolean isCreditOrDateLine(String line) {
    String text = line.strip();
    return text.length() <= 80
        && (isDateLine(text) || DATE_INSIDE.matcher(text).find() || LATIN_DATE.matcher(text).find()
            || text.length() <= 16 && CREDIT_WORD.matcher(text).find()
            || BY.matcher(text).lookingAt());
  }

  /**
   * The headline as written, without the bullet before it or the decoration after it: {@code •
   * 青石镇新桥通车} and {@code 青石镇新桥通车******} give {@code 青石镇新桥通车}.
   */
  public static String headline(String line) {
    String text = DECORATION.matcher(line.strip()).replaceAll("");
    return text.isEmpty() ? line.strip() : text;
  }

  /**
   * True when the text after a headline's one pipe is a headline of its own ({@code 亲历者说|老报人谈创刊之初},
   * {@code Spotlight | Council backs plan to rebuild the pier}), not a name ({@code 某某网|某某网}, {@code
   * The Courier | example.com}).
   */
  private static boolean isHeadlineAfterPipe(String text) {
    int pipe = NAV.indexIn(text);
    String after = text.substring(pipe + 1).strip();
    Scripts.LetterCounts counts = Scripts.count(after);
    return counts.cjk() >= 8 || WORDS.splitToList(after).size() >= 5;
  }

  /** Two to four capitalised words and nothing else: {@code Jane Q. Morrow}. */
  private static final Pattern NAME_SHAPE =
      Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}");

  /**
   * True for a line that reads as a person's bare name, two to four capitalised words with no
   * function word: {@code Jane Q. Morrow} is, {@code Council Backs The Plan} and {@code Storm Hits
   * Coast Towns Again Today} are not.
   */
  static boolean isNameShaped(String line) {
    String text = line.strip();
    if (!NAME_SHAPE.matcher(text).matches()) {
      return false;
    }
    for (String word : WORDS.split(text)) {
      if (LATIN_FUNCTION.contains(word.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The heading of a list of other stories: {@code 更多本地新闻}, {@code 相关文章:}, {@code 延伸阅读}, a
   * word of more or related, a few characters, a word of news or reading.
   */
  private static final Pattern STORY_LIST_HEAD =
      Pattern.compile(
          "^(?:更多|相关|相關|延伸|推荐|推薦)\\p{IsHan}{0,6}?(?:新闻|新聞|资讯|資訊|阅读|閱讀|文章|报道|報導|推荐|推薦)\\p{IsHan}?\\s*([:：])?");

  /** A sentence's end anywhere in a line. */
  private static final CharMatcher SENTENCE_END = CharMatcher.anyOf("。！？!?").precomputed();

  /**
   * True for the heading of a list of other stories, alone ({@code 更多本地新闻一}) or with the list
   * run onto its line after a colon and no sentence in it ({@code 相关文章:编辑推荐 新桥通车 (20:19)
   * 老街改造完工}). Such a heading ends the article whatever follows it. {@code 相关新闻报道称,新桥将于明年通车。}
   * is a sentence, not a heading. Pinned by {@code LineEvidenceTest}.
   */
  public boolean opensStoryList(String line) {
    String text = line.strip();
    Matcher m = STORY_LIST_HEAD.matcher(text);
    if (!m.lookingAt()) {
      return false;
    }
    return m.end() == text.length() || m.group(1) != null && !SENTENCE_END.matchesAnyOf(text);
  }

  /** True for a bullet point. */
  public boolean isBullet(String line) {
    return BULLET.matcher(line.strip()).lookingAt();
  }

  /** True when the whole line is a phrase of the chrome lexicon: {@code 扫一扫}, {@code Share this:}. */
  public boolean isChromeLine(String line) {
    String k = key(line);
    if (k.isEmpty() || k.length() > 40) {
      return false;
    }
    if (chromeWords.contains(k)) {
      return true;
    }
    // A phrase with its links after a colon (Share: Facebook / Twitter), or after a site's name
    // on a short line (临江新闻 推荐阅读, Example.com Top Stories).
    String text = line.strip();
    int colon = Math.max(text.indexOf(':'), text.indexOf('：'));
    if (colon > 0 && chromeWords.contains(key(text.substring(0, colon)))) {
      return true;
    }
    if (WORDS.splitToList(text).size() <= 4 && k.length() <= 24) {
      for (int i = 1; i < k.length() - 3; i++) {
        if (chromeWords.contains(k.substring(i)) && k.length() - i >= 4) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True when the line could be a headline: short, not a sentence-final prose line, no navigation
   * separators, not a date, and holding letters.
   */
  public boolean hasHeadlineShape(String line) {
    String text = line.strip();
    Scripts.LetterCounts counts = Scripts.count(text);
    if (counts.cjk() + counts.latin() < 4
        || NAV.countIn(text) > 1
        || NAV.countIn(text) == 1 && !isHeadlineAfterPipe(text)
        || text.indexOf('>') >= 0
        || text.startsWith("—")
        || text.indexOf('。') >= 0
        || Punctuation.isClausePunctuation(text.charAt(text.length() - 1))
        || DATE_INSIDE.matcher(text).find()
        || URL.matcher(text).find()
        || PAGE_LABEL.matcher(text).lookingAt()) {
      return false;
    }
    if (counts.cjk() * 3 >= counts.latin()) {
      return counts.cjk() >= 4 && text.length() <= 60;
    }
    int words = WORDS.splitToList(text).size();
    return words >= 3 && words <= 30;
  }
}
