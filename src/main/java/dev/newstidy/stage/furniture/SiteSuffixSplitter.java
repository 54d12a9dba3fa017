package dev.newstidy.stage.furniture;

import com.google.common.collect.ImmutableList;
import dev.newstidy.model.Article;
import dev.newstidy.model.Removal;
import dev.newstidy.model.RemovalReason;
import dev.newstidy.model.SourceSpan;
import dev.newstidy.stage.ArticleStage;
import dev.newstidy.text.Punctuation;
import dev.newstidy.text.Scripts;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes a site's name off the end of a headline, where a page's document title carries it, and
 * makes it the publisher: {@code 柳河镇新桥通车｜临江发布｜临江日报} gives the headline {@code 柳河镇新桥通车}
 * and the publisher {@code 临江日报}; {@code Mill bridge reopens - Lake County Herald} gives {@code
 * Mill bridge reopens} and {@code Lake County Herald}. The suffix goes into a recorded removal
 * (reason {@code metadata}), as a metadata line does.
 *
 * <p>A suffix is cut only on clear evidence, since a real headline may hold a bar or a dash: the
 * separator is a bar ({@code |}, {@code ｜}), an underscore, or a dash with a space on each side, and
 * the words after it either name a site ({@code …网}, {@code …日报}, {@code …新聞}, {@code Reuters},
 * {@code … News}, {@code example.com}) or are the publisher that the page's source line gave. So
 * {@code Covid - the year after} (no site named), {@code 上海—北京高铁} (no spaced separator) and {@code
 * 两会观察｜代表委员热议乡村振兴} (a kicker, not a site) and {@code 两会观察｜走进临江日报} (a kicker
 * shorter than what follows) keep their headlines. Pinned by {@code
 * SiteSuffixSplitterTest}.
 *
 * <p>The publisher that a source line ({@code 来源:}) or the page's fields gave wins; the suffix is then
 * only taken off.
 */
public final class SiteSuffixSplitter implements ArticleStage {
  /**
   * One to three suffix segments after bars: {@code 标题｜临江发布｜临江日报}, {@code Title | Site}. The
   * head is the shortest that leaves the segments free of bars.
   */
  private static final Pattern BAR_SUFFIX = Pattern.compile("^(.+?)((?:\\s*[|｜]\\s*[^|｜]+){1,3})$");

  /** One to three segments after underscores: {@code 柳河镇新桥通车_临江新闻网}. */
  private static final Pattern UNDERSCORE_SUFFIX = Pattern.compile("^(.+?)((?:\\s*_\\s*[^_]+){1,3})$");

  /** One segment after a spaced dash: {@code Title - Reuters}, {@code Title – Daily News}. */
  private static final Pattern DASH_SUFFIX = Pattern.compile("^(.+?)(\\s+[-–—]{1,2}\\s+([^-–—]+))$");

  /** The separator a suffix opens with: {@code " - "} of {@code " - Reuters"}. */
  private static final Pattern LEADING_SEPARATOR = Pattern.compile("^\\s*(?:[|｜_]|[-–—]{1,2})\\s*");

  /**
   * What separates the segments of a suffix: the bar of {@code 临江发布｜临江日报}, the underscore of
   * {@code 新闻_临江新闻网}, the spaced dash of {@code Metro - Valley Times}; not the bare dash of {@code
   * 上海—北京}.
   */
  private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:[|｜_]|\\s[-–—]{1,2}\\s)\\s*");

  /**
   * A Chinese site or paper by how its name ends: {@code 临江新闻网}, {@code 临江日报}, {@code 臨江新聞},
   * {@code 经济频道}, {@code 临江电视台}, {@code 新华社}; not {@code 代表委员热议乡村振兴}.
   */
  private static final Pattern CHINESE_SITE =
      Pattern.compile(
          "^(?:\\p{IsHan}{1,12}(?:网|網|报|報|新闻|新聞|频道|頻道|在线|在線|发布|發布|电视台|電視台|广播|廣播|周刊|週刊|杂志|雜誌|客户端|客戶端)"
              + "|新华社|新華社|中新社|中通社|中央社)$");

  /**
   * An English site or paper: a name of capitalised words ending in a paper's or site's word
   * ({@code Lake County Herald}, {@code Action News}, {@code The Valley Times}), a news agency
   * ({@code Reuters}, {@code AP}), or a domain ({@code example.com}); not {@code the year after}.
   */
  private static final Pattern ENGLISH_SITE =
      Pattern.compile(
          "^(?:(?:The\\s+)?(?:\\p{Lu}[\\p{L}.&'’]*\\s+){0,4}"
              + "(?:News|Times|Post|Herald|Gazette|Journal|Tribune|Daily|Online|Press|Chronicle|Observer|Telegraph|Express|Standard|Independent|Guardian|Register|Courier|Sentinel|Examiner|Radio|TV|Network|Magazine)"
              + "|Reuters|AP|AFP|Xinhua|Bloomberg|Associated Press|BBC(?:\\s+News)?|CNN|NPR"
              + "|[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|net|org|co\\.uk|com\\.au|cn|com\\.cn|tw|hk|in|ca))$");

  /** The shortest headline left: shorter, and the "suffix" was the headline's second half. */
  private static final int MIN_HEAD_LETTERS = 4;

  @Override
  public Article apply(Article article) {
    String title = article.title();
    if (title == null || !mayHaveSuffix(title)) {
      return article;
    }
    String publisher = article.metadata().publisher();
    for (Pattern shape : List.of(BAR_SUFFIX, UNDERSCORE_SUFFIX, DASH_SUFFIX)) {
      Matcher m = shape.matcher(title);
      if (!m.matches()) {
        continue;
      }
      String head = m.group(1).strip();
      String suffix = m.group(2);
      String site = siteIn(suffix, publisher);
      if (site == null || !isHeadline(head) || isKicker(head, site)) {
        continue;
      }
      Removal removal = new Removal(RemovalReason.METADATA, titleLine(article.source()), suffix.strip(), null);
      Article cut =
          new Article(
                  head,
                  article.subtitle(),
                  article.byline(),
                  article.body(),
                  article.flags(),
                  article.source(),
                  article.removed(),
                  article.joins(),
                  article.warnings(),
                  article.metadata())
              .plusRemovals(ImmutableList.of(removal));
      return publisher != null ? cut : cut.withMetadata(article.metadata().withPublisher(site));
    }
    return article;
  }

  /** A cheap test before the patterns: a bar, an underscore or a spaced dash. */
  private static boolean mayHaveSuffix(String title) {
    return title.indexOf('|') >= 0 || title.indexOf('｜') >= 0 || title.indexOf('_') >= 0
        || title.contains(" - ") || title.contains(" – ") || title.contains(" — ") || title.contains(" -- ");
  }

  /**
   * The site a suffix names, or null: the segment nearest the end that names a site or is the
   * page's publisher. Every segment must be a name, short and without a sentence's punctuation.
   */
  private static String siteIn(String suffix, String publisher) {
    List<String> segments =
        SEPARATOR.splitAsStream(LEADING_SEPARATOR.matcher(suffix).replaceFirst(""))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    if (segments.isEmpty()) {
      return null;
    }
    for (String segment : segments) {
      if (segment.length() > 40 || Punctuation.hasClausePunctuation(segment) || Punctuation.endsSentence(segment)) {
        return null;
      }
    }
    for (int i = segments.size() - 1; i >= 0; i--) {
      String segment = segments.get(i);
      if (isPublisher(segment, publisher) || CHINESE_SITE.matcher(segment).matches() || ENGLISH_SITE.matcher(segment).matches()) {
        return segment;
      }
    }
    return null;
  }

  /** The segment and the publisher name the same site: {@code 临江日报} and {@code 临江日报社}. */
  private static boolean isPublisher(String segment, String publisher) {
    if (publisher == null || publisher.length() < 2) {
      return false;
    }
    String a = segment.toLowerCase(Locale.ROOT);
    String b = publisher.strip().toLowerCase(Locale.ROOT);
    return a.equals(b) || (a.length() >= 2 && (a.contains(b) || b.contains(a)));
  }

  /**
   * A Chinese kicker before the headline ({@code 两会观察｜走进临江日报}) is shorter than what follows
   * it; a headline is longer than its site's name.
   */
  private static boolean isKicker(String head, String site) {
    return Scripts.count(site).cjk() > 0 && head.length() <= site.length();
  }

  /** What is left reads as a headline: a few words or characters, not a lone number or mark. */
  private static boolean isHeadline(String head) {
    Scripts.LetterCounts letters = Scripts.count(head);
    return letters.cjk() >= MIN_HEAD_LETTERS || head.split("\\s+").length >= 2 && letters.latin() >= MIN_HEAD_LETTERS;
  }

  /** The headline's line: the first of the article. */
  private static SourceSpan titleLine(SourceSpan source) {
    return new SourceSpan(source.path(), source.record(), source.firstLine(), source.firstLine());
  }
}
