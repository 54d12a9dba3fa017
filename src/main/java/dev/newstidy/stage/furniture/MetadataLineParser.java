package dev.newstidy.stage.furniture;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import dev.newstidy.model.Credit;
import dev.newstidy.model.CreditKind;
import dev.newstidy.model.Metadata;
import dev.newstidy.text.Dates;
import dev.newstidy.text.Punctuation;
import dev.newstidy.text.Scripts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a metadata line into fields: {@code 来源:} becomes the publisher, {@code 作者:} byline
 * credits, {@code 发布时间:} and {@code 时间:} the date (ISO 8601 where it parses), {@code 编辑:} and
 * {@code 责任编辑:} the editors, {@code 一审:}, {@code 二审:}, {@code 三审:} (also {@code 一 审:}, padded) the
 * reviewers, {@code 原文链接:} the url; counters and font-size links on the same line go with it, and a
 * hit counter alone ({@code 阅读 356 次}) is a line that states nothing. English pages: {@code
 * POSTED:}, {@code Updated}, {@code Published}, {@code Source:}, {@code Editor:}, {@code Posted by
 * Jane Doe}, {@code Jane Doe, Managing Editor}. A line is metadata only when it opens with a key
 * and every value is short.
 *
 * <p>Examples, pinned by {@code MetadataLineParserTest}: {@code 来源:临江日报 作者:王明 发布时间:2023-06-18
 * 10:30 浏览次数:321} gives publisher 临江日报, author 王明, date 2023-06-18T10:30; {@code (责任编辑:张华 )}
 * gives editors [张华]; {@code 二 审:罗 青} gives reviewers [罗青]; {@code 来源可靠的消息称,项目已开工。} is no
 * metadata line.
 */
public final class MetadataLineParser {
  /**
   * Keys, longest first within each group, each followed by a colon. A space may stand between the
   * characters of a Chinese key, as pages pad them to one width: {@code 一 审:}, {@code 编 辑:}.
   */
  private static final Pattern KEY =
      Pattern.compile(
          "(?i)("
              + spaced(
                  "来源|來源|稿源|出处|出處"
                      + "|作者|撰稿|撰文"
                      + "|发布时间|發布時間|發佈時間|发布日期|發布日期|發佈日期|发表时间|發表時間|更新时间|更新時間|时间|時間|日期"
                      + "|责任编辑|責任編輯|责编|責編|编辑|編輯"
                      + "|浏览次数|瀏覽次數|点击数|點擊數|点击|點擊|阅读量|閱讀量|阅读|閱讀|浏览|瀏覽|字号|字號"
                      + "|一审|二审|三审|一審|二審|三審|初审|复审|终审|初審|複審|終審|审核|審核|校对|校對"
                      + "|原文链接|原文連結|原文网址|原文網址")
              + "|source|author|posted|published|updated|date|managing editor|editor)\\s*[:：]\\s*");

  /** {@code 一审} as the pattern of {@code 一 ?审}: a padding space may stand between the characters. */
  private static String spaced(String keys) {
    StringBuilder out = new StringBuilder();
    for (String key : keys.split("\\|")) {
      out.append(out.isEmpty() ? "" : "|").append(String.join("[ \\u3000]?", key.split("")));
    }
    return out.toString();
  }

  /**
   * A hit counter, furniture whatever its wording: {@code 点击:1024次}, {@code 阅读 356 次}, {@code
   * 閱讀次數：88}, {@code 浏览量 (1,024)}. Not {@code 阅读 3 本书} or {@code 点击量翻了一倍}.
   */
  private static final Pattern HIT_COUNTER =
      Pattern.compile(
          "^(?:点击|點擊|阅读|閱讀|浏览|瀏覽)(?:量|数|數|次数|次數)?\\s*[:：]?\\s*[(（\\[]?\\s*\\d[\\d,]*\\s*[)）\\]]?\\s*次?$");

  /**
   * {@code Posted by Jane Doe} and {@code Posted by: Jane Doe on June 18, 2023}: the poster is an
   * author, the date the page's date. Not {@code Posted by popular demand, the list returns.}
   */
  private static final Pattern POSTED_BY =
      Pattern.compile(
          "^(?i:posted\\s+by)\\s*:?\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})"
              + "(?:\\s*(?:,|\\s(?i:on|at))\\s+(.{6,40}))?$");

  /** English date keys may go without a colon: {@code Updated June 18, 2023}. */
  private static final Pattern BARE_ENGLISH_DATE =
      Pattern.compile("(?i)^(posted|published|updated)\\s+(?=[a-z]{3,9}\\.?\\s+\\d|\\d)");

  /** {@code Jane Doe, Managing Editor} and {@code Tom Hart, Staff Writer}. */
  private static final Pattern NAME_COMMA_ROLE =
      Pattern.compile("^(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}),?\\s+(managing editor|editor|staff writer|staff reporter)$", Pattern.CASE_INSENSITIVE);

  /** A date and time before the keys of a page's line: {@code 2017-03-08 09:00:03 }. */
  private static final Pattern LEADING_DATE =
      Pattern.compile("^\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s+");

  /** A reporter's role before the names of an author field: {@code 特约记者}, {@code 本报通讯员}. */
  private static final Pattern AUTHOR_ROLE =
      Pattern.compile(
          "^\\p{IsHan}{0,6}?(?:首席|特约|特約|特派|见习|見習|实习|實習|全媒体|全媒體|融媒体|融媒體)?(?:记者|記者|通讯员|通訊員|实习生|實習生)");

  /** Names in an author or editor field: {@code 王明 李红}, {@code 王明、李红}, {@code A and B}. */
  private static final Splitter NAMES =
      Splitter.on(Pattern.compile("\\s*(?:[、,，;；/]|\\s and\\s)\\s*|\\s+(?=\\p{IsHan})|(?<=\\p{IsHan})\\s+")).omitEmptyStrings().trimResults();

  /** A url field's value: {@code https://news.example/a/1.html}, one token. */
  private static final Pattern URL_VALUE = Pattern.compile("(?i)https?://\\S+");

  /** The colon and spaces around a key. */
  private static final CharMatcher KEY_NOISE = CharMatcher.anyOf(":：").or(CharMatcher.whitespace());

  /** Longest metadata line; a longer line is text. */
  private static final int MAX_LENGTH = 160;

  /** Longest value of one key; a longer one is a sentence that happens to open with a key word. */
  private static final int MAX_VALUE = 40;

  /** A cheap test before the patterns: a key's colon, or an English date or role word. */
  private static boolean mayBeMetadata(String text) {
    if (text.indexOf(':') >= 0 || text.indexOf('：') >= 0) {
      return true;
    }
    char first = text.charAt(0);
    if (first == '点' || first == '點' || first == '阅' || first == '閱' || first == '浏' || first == '瀏') {
      return true;
    }
    return first == 'P' || first == 'p' || first == 'U' || first == 'u'
        || text.endsWith("Editor") || text.endsWith("editor") || text.endsWith("Writer")
        || text.endsWith("writer") || text.endsWith("Reporter") || text.endsWith("reporter")
        || text.endsWith("EDITOR") || text.endsWith("WRITER");
  }

  /** What a metadata line held. */
  public record Parsed(Metadata metadata, ImmutableList<Credit> authors) {}

  /** The fields of {@code line}, or empty when it is not a metadata line. */
  public Optional<Parsed> parse(String line) {
    String text = unwrap(line.strip());
    if (text.isEmpty() || text.length() > MAX_LENGTH || !mayBeMetadata(text)) {
      return Optional.empty();
    }
    if (HIT_COUNTER.matcher(text).matches()) {
      return Optional.of(new Parsed(Metadata.NONE, ImmutableList.of()));
    }
    Matcher postedBy = POSTED_BY.matcher(text);
    if (postedBy.matches()) {
      String when = postedBy.group(2);
      String iso = when == null ? null : Dates.toIso(when);
      if (when != null && iso == null) {
        return Optional.empty();
      }
      return Optional.of(
          new Parsed(
              new Metadata(null, iso, null, ImmutableList.of()),
              ImmutableList.of(new Credit(postedBy.group(1), null, CreditKind.PERSON))));
    }
    Matcher role = NAME_COMMA_ROLE.matcher(text);
    if (role.matches() && !text.startsWith("By ") && !text.startsWith("BY ")) {
      String name = role.group(1);
      String what = role.group(2).toLowerCase(Locale.ROOT);
      if (name.indexOf(' ') < 0) {
        // Times Staff Writer: a one-word name is the paper's, a desk that credits nobody.
        return Optional.of(new Parsed(Metadata.NONE, ImmutableList.of()));
      }
      if (what.contains("editor")) {
        return Optional.of(new Parsed(new Metadata(null, null, null, ImmutableList.of(name)), ImmutableList.of()));
      }
      return Optional.of(new Parsed(Metadata.NONE, ImmutableList.of(new Credit(name, role.group(2), CreditKind.PERSON))));
    }
    Matcher bare = BARE_ENGLISH_DATE.matcher(text);
    if (bare.find()) {
      String iso = Dates.toIso(text);
      if (iso == null || text.length() > 60) {
        return Optional.empty();
      }
      return Optional.of(new Parsed(new Metadata(null, iso, null, ImmutableList.of()), ImmutableList.of()));
    }
    String leadingDate = null;
    Matcher dated = LEADING_DATE.matcher(text);
    if (dated.lookingAt() && KEY.matcher(text).region(dated.end(), text.length()).lookingAt()) {
      // 2017-03-08 09:00:03  来源:婺城网  作者:记者 X: a page's date before its keys.
      leadingDate = Dates.toIso(dated.group().strip());
      text = text.substring(dated.end());
    }
    Matcher key = KEY.matcher(text);
    if (!key.lookingAt()) {
      return Optional.empty();
    }
    List<int[]> keys = new ArrayList<>();
    key.reset();
    while (key.find()) {
      keys.add(new int[] {key.start(), key.end()});
    }
    String publisher = null;
    String date = null;
    String url = null;
    List<String> editors = new ArrayList<>();
    List<String> reviewers = new ArrayList<>();
    List<Credit> authors = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      int[] k = keys.get(i);
      String name = KEY_NOISE.removeFrom(text.substring(k[0], k[1])).toLowerCase(Locale.ROOT);
      String value = text.substring(k[1], i + 1 < keys.size() ? keys.get(i + 1)[0] : text.length()).strip();
      if (value.length() > MAX_VALUE && kindOf(name) != Key.URL) {
        return Optional.empty();
      }
      switch (kindOf(name)) {
        case PUBLISHER -> publisher = publisher != null || value.isEmpty() ? publisher : firstWord(value);
        case AUTHOR -> authors.addAll(authorsOf(value));
        case DATE -> {
          // 时间：3月5日上午9点，地点：村文化礼堂。 is a notice in the text, not a page's date.
          if (Dates.toIso(value) == null && (Punctuation.endsSentence(text) || Punctuation.hasClausePunctuation(value))) {
            return Optional.empty();
          }
          date = date != null ? date : datePart(value);
        }
        case EDITOR -> editors.addAll(namesOf(value));
        case REVIEWER -> reviewers.addAll(namesOf(value));
        case URL -> {
          if (!URL_VALUE.matcher(value).matches()) {
            return Optional.empty();
          }
          url = url != null ? url : value;
        }
        case OTHER -> {}
      }
    }
    date = date != null ? date : leadingDate;
    return Optional.of(
        new Parsed(
            new Metadata(null, date, publisher, ImmutableList.copyOf(editors), ImmutableList.copyOf(reviewers), url),
            ImmutableList.copyOf(authors)));
  }

  /**
   * The persons an author field names, without the role words before them: {@code 特约记者 王明 李红}
   * gives [王明 (特约记者), 李红 (特约记者)], {@code 记者李红} gives [李红 (记者)].
   */
  private static List<Credit> authorsOf(String value) {
    List<Credit> authors = new ArrayList<>();
    String role = null;
    for (String token : namesOf(value)) {
      Matcher m = AUTHOR_ROLE.matcher(token);
      if (m.lookingAt()) {
        role = m.group();
        token = token.substring(m.end());
      }
      if (!token.isEmpty()) {
        authors.add(new Credit(token, role, CreditKind.PERSON));
      }
    }
    return authors;
  }

  /**
   * The names of a field: {@code 王明、李红} gives [王明, 李红]; a two-character name padded to the width of
   * three, {@code 苏 伟}, gives [苏伟] (two single characters are never two names).
   */
  private static List<String> namesOf(String value) {
    List<String> names = NAMES.splitToList(value);
    if (names.size() == 2
        && names.get(0).length() == 1
        && names.get(1).length() == 1
        && Scripts.isHan(names.get(0).charAt(0))
        && Scripts.isHan(names.get(1).charAt(0))) {
      return List.of(names.get(0) + names.get(1));
    }
    return names;
  }

  private enum Key {
    PUBLISHER,
    AUTHOR,
    DATE,
    EDITOR,
    REVIEWER,
    URL,
    OTHER
  }

  private static Key kindOf(String key) {
    return switch (key) {
      case "来源", "來源", "稿源", "出处", "出處", "source" -> Key.PUBLISHER;
      case "作者", "撰稿", "撰文", "author" -> Key.AUTHOR;
      case "发布时间", "發布時間", "發佈時間", "发布日期", "發布日期", "發佈日期", "发表时间", "發表時間", "更新时间", "更新時間", "时间", "時間", "日期",
          "posted", "published", "updated", "date" -> Key.DATE;
      case "责任编辑", "責任編輯", "责编", "責編", "编辑", "編輯", "managingeditor", "editor" -> Key.EDITOR;
      case "一审", "二审", "三审", "一審", "二審", "三審", "初审", "复审", "终审", "初審", "複審", "終審", "审核", "審核" -> Key.REVIEWER;
      case "原文链接", "原文連結", "原文网址", "原文網址" -> Key.URL;
      default -> Key.OTHER;
    };
  }

  /** A paragraph split into its text and the metadata glued at its end. */
  public record Trailing(String body, String removedText, Parsed parsed) {}

  /**
   * Metadata in brackets glued to the end of a paragraph: {@code …田园乡村。(责任编辑:张华 )} gives
   * body {@code …田园乡村。} and editors [张华].
   */
  public Optional<Trailing> findTrailing(String text) {
    String t = text.strip();
    if (!(t.endsWith(")") || t.endsWith("）"))) {
      return Optional.empty();
    }
    int open = Math.max(t.lastIndexOf('('), t.lastIndexOf('（'));
    if (open <= 0 || t.length() - open > MAX_LENGTH) {
      return Optional.empty();
    }
    String tail = t.substring(open);
    return parse(tail).map(p -> new Trailing(t.substring(0, open).strip(), tail, p));
  }

  /** The date in ISO 8601, or the value as printed when it does not parse. */
  private static String datePart(String value) {
    String iso = Dates.toIso(value);
    return iso != null ? iso : (value.isEmpty() ? null : value);
  }

  /** A publisher ends at the first space: {@code 临江日报 2023-06-18} gives {@code 临江日报}. */
  private static String firstWord(String value) {
    int space = value.indexOf(' ');
    return space > 0 && value.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
        ? value.substring(0, space)
        : value;
  }

  /** {@code (责任编辑:张华 )} and {@code 【来源:X】} read as what the brackets hold. */
  private static String unwrap(String text) {
    if (text.length() > 2) {
      char first = text.charAt(0);
      char last = text.charAt(text.length() - 1);
      if ((first == '(' || first == '（') && (last == ')' || last == '）')
          || (first == '【' && last == '】')
          || (first == '[' && last == ']')) {
        return text.substring(1, text.length() - 1).strip();
      }
    }
    return text;
  }
}
