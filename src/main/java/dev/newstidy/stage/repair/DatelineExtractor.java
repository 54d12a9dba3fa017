package dev.newstidy.stage.repair;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import dev.newstidy.model.Article;
import dev.newstidy.model.Byline;
import dev.newstidy.model.Credit;
import dev.newstidy.model.CreditKind;
import dev.newstidy.model.Part;
import dev.newstidy.model.Removal;
import dev.newstidy.model.RemovalReason;
import dev.newstidy.stage.ArticleStage;
import dev.newstidy.stage.byline.BylineDetector;
import dev.newstidy.text.Punctuation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the dateline and its credits off the start of an article's first paragraph, leaving the
 * sentence whole: the dateline goes into {@code dateline}, the credits into the byline (an agency
 * as a credit of kind {@code agency}), and the prefix is recorded as removed for reason {@code
 * metadata}.
 *
 * <p>Examples, pinned by {@code DatelineExtractorTest}: {@code 本报讯(记者 王明 通讯员 李红)昨天,…}
 * gives dateline {@code 本报讯}, names [王明, 李红], text {@code 昨天,…}; {@code
 * 新华社北京11月28日电(记者 张三、李四)…} gives dateline {@code 新华社北京11月28日电} and names [新华社, 张三,
 * 李四]; {@code LONDON (Reuters) - Shares fell…} gives dateline {@code LONDON} and agency Reuters;
 * {@code BURLINGTON, Vt. -- The city…} gives dateline {@code BURLINGTON, Vt.}; {@code 北京是一座古城。}
 * has no dateline.
 */
public final class DatelineExtractor implements ArticleStage {
  /** {@code 本报讯}, {@code 本网讯(记者 X)}. */
  private static final Pattern HOUSE_NEWS =
      Pattern.compile("^(本报讯|本報訊|本報讯|本报訊|本网讯|本網訊|本網讯|本台讯|本臺訊|本刊讯|本刊訊)[\\s\\u3000]*(?:[(（]([^()（）]{1,60})[)）])?[\\s\\u3000]*[:：]?[\\s\\u3000]*");

  /**
   * Another paper's house dateline, set off from the text by a bracket, a space or a colon: {@code
   * 晨江日报讯（记者 甘雨桐）}, {@code 【晨江日报讯】}, {@code 溪口网讯　记者…}; not {@code 日报讯息称…}.
   */
  private static final Pattern OUTLET_NEWS =
      Pattern.compile(
          "^[【\\[]?(\\p{IsHan}{1,8}?(?:报|報|网|網|台|臺|刊)(?:讯|訊))[】\\]]?(?=[\\s\\u3000(（:：])"
              + "[\\s\\u3000]*(?:[(（]([^()（）]{1,60})[)）])?[\\s\\u3000]*[:：]?[\\s\\u3000]*");

  /** {@code 〔記者甘雨桐／溪口報導〕}, {@code 【记者 甘雨桐】}: a reporter's credit in brackets opening the text. */
  private static final Pattern BRACKETED_REPORTER =
      Pattern.compile("^[〔【]((?:\\p{IsHan}{0,6}?)(?:记者|記者)[^〔〕【】]{2,40}?)[〕】][\\s\\u3000]*");

  /** A credit that opens with a reporter's role: {@code 记者甘雨桐}, {@code 本报通讯员 沈牧}. */
  private static final Pattern ROLE_FIRST =
      Pattern.compile("^\\p{IsHan}{0,6}?(?:记者|記者|通讯员|通訊員|实习生|實習生)");

  /** The spaces between the tokens of an unbracketed credit. */
  private static final Pattern GAP = Pattern.compile("[\\s\\u3000]+");

  /** Most tokens an unbracketed credit holds: {@code 记者 A B 通讯员 C D} is 6. */
  private static final int MAX_CREDIT_TOKENS = 8;

  /**
   * {@code HARBOR CITY, Feb 26 -}, {@code Harbor City, Feb. 26 (Reuters) -}: a city, the date, an
   * agency perhaps, and a dash before the text. Group 1 is the city and date, 2 the agency.
   */
  private static final Pattern CITY_DATE =
      Pattern.compile(
          "^(\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){0,3}(?:,\\s*\\p{Lu}[\\p{L}.]{1,15})?,\\s+"
              + "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\\.?\\s+\\d{1,2})"
              + "\\s*(?:\\(([A-Za-z]{2,12})\\)\\s*)?(?:--|-|—|–)\\s+(?=[\\p{Lu}\\d\"“‘'])");

  /** {@code 新华社北京11月28日电(记者 A、B)}, {@code 本报杭州3月2日讯}, {@code 中新网上海5月6日消息}. */
  private static final Pattern WIRE =
      Pattern.compile(
          "^(\\p{IsHan}{0,8}?(?:社|网|網|报|報|台|臺)\\p{IsHan}{0,8}?[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:电|電|讯|訊|消息))"
              + "[\\s\\u3000]*(?:[(（]([^()（）]{1,60})[)）])?[\\s\\u3000]*");

  /**
   * {@code 11月28日电 (记者 A)} with no outlet before it: only when a space or bracket follows, since
   * {@code 5月20日电影节…} opens a sentence.
   */
  private static final Pattern WIRE_BARE =
      Pattern.compile(
          "^([0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:电|電|讯|訊))(?=[\\s\\u3000(（])[\\s\\u3000]*(?:[(（]([^()（）]{1,60})[)）])?[\\s\\u3000]*");

  /** A dateline alone on its line: {@code 新华社北京3月5日电}, {@code 本报讯(记者 王明)}. */
  private static final Pattern WIRE_ALONE =
      Pattern.compile("^((?:\\p{IsHan}{1,8}?)?\\p{IsHan}{0,8}?[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:电|電|讯|訊))[\\s\\u3000]*(?:[(（]([^()（）]{1,60})[)）])?[\\s\\u3000]*$");

  /** Reporters named before a house dateline: {@code 本报记者 严述 通讯员 何苗 本报讯 …}. */
  private static final Pattern REPORTERS_FIRST =
      Pattern.compile("^((?:本报|本報)?(?:记者|記者|通讯员|通訊員)[^。，,]{2,40}?)[\\s\\u3000]+(?=本报讯|本報訊|本网讯|本網訊)");

  /**
   * A house dateline with the place it was filed from, or an outlet's report, before a bracketed
   * credit: {@code 本报青石讯(通讯员 林晓东)}, {@code 临江在线报道(记者 王明 文/摄):}, {@code 临江报道讯 (王明
   * 通讯员李海)}. Taken only when the brackets read as a byline, so that {@code 媒体报道(图)} is not.
   */
  private static final Pattern REPORT_CREDITED =
      Pattern.compile(
          "^((?:本报|本報)\\p{IsHan}{1,6}?(?:讯|訊)|\\p{IsHan}{2,8}?(?:报道|報導|讯|訊))"
              + "[\\s\\u3000]*[(（]([^()（）]{2,60})[)）][\\s\\u3000]*[:：]?[\\s\\u3000]*");

  /** What the reporter did, after the names in a credit: {@code 文/摄}, {@code 摄}. */
  private static final Pattern CREDIT_NOTE = Pattern.compile("[\\s\\u3000]*(?:文\\s*[/／]\\s*[摄攝图圖]|[图圖]\\s*[/／]\\s*文|[摄攝]影?|[图圖])$");

  /** {@code 中新社记者 王明}: an agency's reporter named before the text. */
  private static final Pattern AGENCY_REPORTER =
      Pattern.compile("^(新华社|新華社|中新社|中通社)(记者|記者)[\\s\\u3000]*(\\p{IsHan}{2,4}(?:[、 ]\\p{IsHan}{2,4}){0,3})[\\s\\u3000]+");

  /** {@code LONDON (Reuters) -}, {@code BURLINGTON, Vt. (AP) —}. */
  private static final Pattern CITY_AGENCY =
      Pattern.compile("^(\\p{Lu}[\\p{Lu} .'-]{1,40}?(?:,\\s*\\p{Lu}[\\p{L}.]{1,15})?)\\s*\\(([A-Za-z]{2,12})\\)\\s*(?:--|-|—|–)\\s*");

  /** {@code (AP) —} with no city. */
  private static final Pattern AGENCY_ONLY = Pattern.compile("^\\(([A-Za-z]{2,12})\\)\\s*(?:--|-|—|–)\\s*");

  /** {@code BURLINGTON, Vt. --}, {@code WASHINGTON —}: a city in capitals and a dash. */
  private static final Pattern CITY =
      Pattern.compile("^(\\p{Lu}[\\p{Lu} .'-]{2,40}?(?:,\\s*\\p{Lu}[\\p{L}.]{1,15}\\.?)?)\\s*(?:--|—|–)\\s*(?=[\\p{Lu}\\d\"“‘'])");

  /** The patterns that read a dateline at a text's start, for {@link #anyPatternOpens}. */
  private static final List<Pattern> OPENING_PATTERNS =
      List.of(REPORTERS_FIRST, HOUSE_NEWS, OUTLET_NEWS, REPORT_CREDITED, BRACKETED_REPORTER, WIRE, WIRE_BARE,
          AGENCY_REPORTER, CITY_AGENCY, AGENCY_ONLY, CITY_DATE, CITY);

  /** The names in a house-news or wire credit: {@code 记者 王明 通讯员 李红}. */
  private final BylineDetector bylines;

  public DatelineExtractor(BylineDetector bylines) {
    this.bylines = bylines;
  }

  @Override
  public Article apply(Article article) {
    int index = firstParagraph(article);
    if (index < 0 || article.metadata().dateline() != null) {
      return article;
    }
    Part first = article.body().get(index);
    Optional<Found> found = find(first.text());
    int under = nextParagraph(article, index);
    if (found.isEmpty() && article.title() == null && isHeadlineShaped(first.text()) && under >= 0) {
      // An untitled item's short first line (a paper's name, The Harbour Courier) over the text:
      // read again from the text output, that line is the headline and the dateline opens the
      // text under it (pinned by DatelineExtractorTest.takesDatelineUnderAnUntitledItemsShortFirstLine).
      Optional<Found> below = find(article.body().get(under).text());
      if (below.isPresent()) {
        index = under;
        first = article.body().get(index);
        found = below;
      }
    }
    for (int tries = 1; found.isEmpty() && tries < STRONG_FORM_PARAGRAPHS; tries++) {
      // A photo caption or a page's lines before the text: (CNN) --, LONDON (Reuters) - and
      // 【記者X/台北報導】 still open the story.
      index = nextParagraph(article, index);
      if (index < 0) {
        return article;
      }
      first = article.body().get(index);
      found = findStrongForm(first.text());
    }
    if (found.isEmpty()) {
      return article;
    }
    Found f = found.get();
    boolean alone = f.rest().isBlank();
    if (alone && (f.dateline() == null || article.paragraphs().size() < 2)) {
      return article;
    }
    List<Part> body = new ArrayList<>(article.body());
    if (alone) {
      // 新华社北京3月5日电 on a line of its own, before the text.
      body.remove(index);
    } else {
      body.set(index, first.withText(f.rest()));
    }
    Article result =
        article
            .withBody(body)
            .withMetadata(f.dateline() == null ? article.metadata() : article.metadata().withDateline(f.dateline()))
            .plusRemovals(List.of(new Removal(RemovalReason.METADATA, first.span(), f.prefix(), null)));
    if (!f.credits().isEmpty()) {
      Byline credits = new Byline(f.prefix().strip(), f.credits(), first.span().firstLine());
      result = result.withByline(article.byline() == null ? credits : credits.plus(article.byline()));
    }
    return result;
  }

  private record Found(String dateline, ImmutableList<Credit> credits, String prefix, String rest) {}

  private Optional<Found> find(String text) {
    if (!DatelineScan.mayOpenWithDateline(text)) {
      return Optional.empty();
    }
    Matcher lead = REPORTERS_FIRST.matcher(text);
    if (lead.lookingAt() && bylines != null) {
      // 本报记者 严述 本报讯 今年…: the reporters' credit stands before the house dateline.
      Optional<Found> after = find(text.substring(lead.end()));
      Optional<dev.newstidy.model.Byline> credit = bylines.parseWhole(lead.group(1));
      if (after.isPresent() && credit.isPresent() && after.get().dateline() != null) {
        List<Credit> credits = new ArrayList<>(credit.get().credits());
        credits.addAll(after.get().credits());
        return Optional.of(
            new Found(after.get().dateline(), ImmutableList.copyOf(credits), text.substring(0, lead.end()) + after.get().prefix(), after.get().rest()));
      }
    }
    Matcher m = HOUSE_NEWS.matcher(text);
    if (!m.lookingAt()) {
      m = OUTLET_NEWS.matcher(text);
    }
    if (m.lookingAt()) {
      return Optional.of(withLeadingCredit(found(m.group(1), m.group(2), List.of(), text, m.end()), text));
    }
    m = REPORT_CREDITED.matcher(text);
    if (m.lookingAt() && bylines != null && m.end() < text.length()) {
      Optional<Byline> credit = bylines.parseWhole(CREDIT_NOTE.matcher(m.group(2)).replaceFirst(""));
      if (credit.isPresent()) {
        return Optional.of(new Found(m.group(1), credit.get().credits(), text.substring(0, m.end()), text.substring(m.end())));
      }
    }
    m = BRACKETED_REPORTER.matcher(text);
    if (m.lookingAt() && bylines != null) {
      // 〔記者甘雨桐／溪口報導〕今天…: a reporter's credit with the place it was filed from.
      Optional<Byline> credit = bylines.parseWhole(m.group(1));
      if (credit.isPresent()) {
        return Optional.of(new Found(null, credit.get().credits(), text.substring(0, m.end()), text.substring(m.end())));
      }
    }
    m = WIRE.matcher(text);
    if (!m.lookingAt()) {
      m = WIRE_BARE.matcher(text);
    }
    if (m.lookingAt()) {
      List<Credit> agency = agencyOpening(m.group(1));
      Found wire = withLeadingCredit(found(m.group(1), m.group(2), agency, text, m.end()), text);
      // 中新社福州4月2日电 中新社记者 柯远 …: the reporter's credit follows the dateline.
      Matcher reporter = AGENCY_REPORTER.matcher(wire.rest());
      if (reporter.lookingAt()) {
        List<Credit> credits = new ArrayList<>(wire.credits());
        for (String name : reporter.group(3).split("[、 ]")) {
          credits.add(new Credit(name, reporter.group(2), CreditKind.PERSON));
        }
        int end = m.end() + reporter.end();
        return Optional.of(new Found(wire.dateline(), ImmutableList.copyOf(credits), text.substring(0, end), text.substring(end)));
      }
      return Optional.of(wire);
    }
    m = AGENCY_REPORTER.matcher(text);
    if (m.lookingAt()) {
      List<Credit> credits = new ArrayList<>(List.of(new Credit(m.group(1), null, CreditKind.AGENCY)));
      for (String name : m.group(3).split("[、 ]")) {
        credits.add(new Credit(name, m.group(2), CreditKind.PERSON));
      }
      return Optional.of(new Found(null, ImmutableList.copyOf(credits), text.substring(0, m.end()), text.substring(m.end())));
    }
    Optional<Found> agencyDateline = findAgencyDateline(text);
    if (agencyDateline.isPresent()) {
      return agencyDateline;
    }
    m = WIRE_ALONE.matcher(text);
    if (m.matches()) {
      return Optional.of(found(m.group(1), m.group(2), agencyOpening(m.group(1)), text, text.length()));
    }
    m = CITY.matcher(text);
    if (m.lookingAt() && CharMatcher.inRange('A', 'Z').countIn(m.group(1)) >= 3) {
      return Optional.of(new Found(m.group(1).strip(), ImmutableList.of(), text.substring(0, m.end()), text.substring(m.end())));
    }
    return Optional.empty();
  }

  /** How many paragraphs from the first one the strong forms are looked for in. */
  private static final int STRONG_FORM_PARAGRAPHS = 3;

  /** The forms strong enough to be read past the first paragraph: agencies, dates, bracketed reporters. */
  private Optional<Found> findStrongForm(String text) {
    if (!DatelineScan.mayOpenWithDateline(text)) {
      return Optional.empty();
    }
    Matcher m = BRACKETED_REPORTER.matcher(text);
    if (m.lookingAt() && bylines != null && m.end() < text.length()) {
      Optional<Byline> credit = bylines.parseWhole(m.group(1));
      if (credit.isPresent()) {
        return Optional.of(new Found(null, credit.get().credits(), text.substring(0, m.end()), text.substring(m.end())));
      }
    }
    return findAgencyDateline(text);
  }

  /**
   * The English datelines that name an agency or a date, strong enough to be read in the paragraph
   * after a caption: {@code LONDON (Reuters) -}, {@code (CNN) --}, {@code HARBOR CITY, Feb 26 -}.
   */
  private static Optional<Found> findAgencyDateline(String text) {
    Matcher m = CITY_AGENCY.matcher(text);
    if (m.lookingAt()) {
      return Optional.of(new Found(m.group(1).strip(), ImmutableList.of(new Credit(m.group(2), null, CreditKind.AGENCY)), text.substring(0, m.end()), text.substring(m.end())));
    }
    m = AGENCY_ONLY.matcher(text);
    if (m.lookingAt()) {
      return Optional.of(new Found(null, ImmutableList.of(new Credit(m.group(1), null, CreditKind.AGENCY)), text.substring(0, m.end()), text.substring(m.end())));
    }
    m = CITY_DATE.matcher(text);
    if (m.lookingAt()) {
      ImmutableList<Credit> agency =
          m.group(2) == null ? ImmutableList.of() : ImmutableList.of(new Credit(m.group(2), null, CreditKind.AGENCY));
      return Optional.of(new Found(m.group(1).strip(), agency, text.substring(0, m.end()), text.substring(m.end())));
    }
    return Optional.empty();
  }

  /**
   * A dateline whose credit follows it unbracketed, set off by spaces: {@code 晨江日报讯　记者甘雨桐
   * 沈牧　今天…} credits 甘雨桐 and 沈牧. The longest run of tokens that opens with a role and reads
   * as a byline is the credit; the text starts after it.
   */
  private Found withLeadingCredit(Found dateline, String text) {
    if (bylines == null || !dateline.credits().stream().allMatch(c -> c.kind() == CreditKind.AGENCY)
        || !ROLE_FIRST.matcher(dateline.rest()).lookingAt()
        || AGENCY_REPORTER.matcher(dateline.rest()).lookingAt()) {
      // 中新社记者 王明 after a wire dateline is read by AGENCY_REPORTER in find().
      return dateline;
    }
    String rest = dateline.rest();
    List<Integer> ends = new ArrayList<>();
    Matcher gap = GAP.matcher(rest);
    while (gap.find() && ends.size() < MAX_CREDIT_TOKENS) {
      ends.add(gap.start());
    }
    for (int k = ends.size() - 1; k >= 0; k--) {
      Optional<Byline> credit = bylines.parseWhole(rest.substring(0, ends.get(k)));
      if (credit.isPresent()) {
        int end = text.length() - rest.length() + ends.get(k);
        Matcher after = GAP.matcher(text);
        int restStart = after.find(end) ? after.end() : end;
        List<Credit> credits = new ArrayList<>(dateline.credits());
        for (Credit c : credit.get().credits()) {
          // 中新社…电 中新社记者 王明: the agency is credited once.
          if (credits.stream().noneMatch(known -> known.name().equals(c.name()))) {
            credits.add(c);
          }
        }
        return new Found(dateline.dateline(), ImmutableList.copyOf(credits), text.substring(0, restStart), text.substring(restStart));
      }
    }
    return dateline;
  }

  /** A dateline, with the credits read from its brackets (when they read as a byline). */
  private Found found(String dateline, String inner, List<Credit> before, String text, int end) {
    List<Credit> credits = new ArrayList<>(before);
    if (inner != null && bylines != null) {
      bylines.parseWhole(inner).ifPresent(b -> credits.addAll(b.credits()));
    }
    return new Found(dateline, ImmutableList.copyOf(credits), text.substring(0, end), text.substring(end));
  }

  /** {@code 新华社北京…电} opens with an agency, credited as such. */
  private static List<Credit> agencyOpening(String dateline) {
    for (String agency : new String[] {"新华社", "新華社", "中新社", "中新网", "中新網", "中通社", "人民网", "央视网"}) {
      if (dateline.startsWith(agency)) {
        return List.of(new Credit(agency, null, CreditKind.AGENCY));
      }
    }
    return List.of();
  }

  /**
   * A line that a second reading takes for a headline: short, and ending no sentence ({@code The
   * Harbour Courier}, {@code 晨江日报 电子版}; not {@code Rain is due.}).
   */
  static boolean isHeadlineShaped(String text) {
    String line = text.strip();
    return !line.isEmpty()
        && line.codePointCount(0, line.length()) <= HEADLINE_SHAPED_MAX
        && line.indexOf('\n') < 0
        && Punctuation.endsMidSentence(line);
  }

  /** Longest headline-shaped first line, in characters: a paper's or a page's name. */
  private static final int HEADLINE_SHAPED_MAX = 40;

  private static int firstParagraph(Article article) {
    return nextParagraph(article, -1);
  }

  private static int nextParagraph(Article article, int after) {
    for (int i = after + 1; i < article.body().size(); i++) {
      if (article.body().get(i).isParagraph()) {
        return i;
      }
    }
    return -1;
  }

  /** True when any pattern reads a dateline at the start of {@code text}: what {@link DatelineScan} is held to. */
  static boolean anyPatternOpens(String text) {
    for (Pattern p : OPENING_PATTERNS) {
      if (p.matcher(text).lookingAt()) {
        return true;
      }
    }
    return WIRE_ALONE.matcher(text).matches();
  }
}
