package dev.newstidy.stage.furniture;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.newstidy.model.Block;
import dev.newstidy.model.DroppedBlock;
import dev.newstidy.model.Piece;
import dev.newstidy.model.Removal;
import dev.newstidy.model.RemovalReason;
import dev.newstidy.model.SourceSpan;
import dev.newstidy.model.TextLine;
import dev.newstidy.model.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import dev.newstidy.text.Joint;
import dev.newstidy.text.Punctuation;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.newstidy.text.Scripts;

/**
 * Sorts the blocks of one scraped page (a record of a JSON Lines, JSON, XML or WET input) into the
 * article and the page's chrome before segmentation, from the page as a whole: the article is the
 * densest run of prose lines ({@link LineEvidence}); its headline is the nearest line above that
 * run with a headline's shape, passing over bylines, date and metadata lines, sub-headlines and
 * standfirsts; what stands above the headline (menus, breadcrumbs, site names, the document title)
 * and what follows the article (share buttons, related links, footers), bylines and metadata lines
 * aside, is chrome, dropped with a removal of reason {@code boilerplate}.
 *
 * <p>Example, pinned by {@code PageChromeTriageTest}: the page {@code 首页 | 新闻 | 本地 / 您的位置:首页 >
 * 新闻 / 青石镇新桥通车 / 2024-03-02 来源:临江日报 / 青石镇新桥昨日通车,……。 / 扫一扫 分享} keeps {@code
 * 青石镇新桥通车} as the headline, the date line for the metadata stage and the paragraph, and drops the
 * first two lines and the last. A page with no prose line is left as it is. The reaches and run
 * lengths are thresholds of the fitted {@link ChromeModel}.
 */
public final class PageChromeTriage {
  /** What one line of a page is, as far as finding the article goes. */
  enum Kind {
    /** Running text: the article is the densest run of these. */
    PROSE,
    /** Text-like but not enough to anchor the article: a short sentence, a cut paragraph, a caption. */
    TEXT,
    /** Positive evidence of chrome: a lexicon phrase, a pattern, a navigation bar, a date, a URL. */
    CHROME,
    /** Anything else: a label, a name, a headline. */
    OTHER
  }

  /**
   * A paragraph break that a scraper ran into a line of Chinese text: white space after a
   * sentence-final mark (and its closing quotes), or three spaces or more: {@code 通车了。 村民}.
   */
  private static final Pattern PARAGRAPH_BREAK =
      Pattern.compile("(?<=[。！？!?][”」』）)]{0,2})[ \\t\u3000]+(?=\\S)|[ \\t\u3000]{3,}(?=\\S)");

  /**
   * A headline run into the lead of its article on one line, the lead opening with a dated
   * dateline and its bracketed credit: {@code 青石镇新桥通车 临江网青石3月2日讯(通讯员 林晓)昨日上午,…}.
   * Group 1 is the headline: up to 40 characters with no sentence end. Not {@code 据临江网3月2日讯(…)}
   * inside a sentence: the text before the dateline must end at a space.
   */
  private static final Pattern HEADLINE_BEFORE_DATELINE =
      Pattern.compile(
          "^([^。！？!?；;,，:：]{4,40}?)[ \\t\u3000]+(?=\\p{IsHan}{0,8}?(?:社|网|網|报|報|台|臺)\\p{IsHan}{0,8}?"
              + "[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:电|電|讯|訊)[(（][^()（）]{2,40}[)）])");

  /** A date, with its time, opening a line before other text: {@code 2024-03-02 10:30 | 青石镇…}. */
  private static final Pattern LEADING_DATE =
      Pattern.compile(
          "^(?i:date\\s+)?(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{4}年\\d{1,2}月\\d{1,2}日"
              + "|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4})"
              + "(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*[|｜?？]?\\s*(?=\\S)");

  /** A table cell's closing pipe at the end of a line: {@code 完工。 |}. */
  private static final Pattern TRAILING_CELL = Pattern.compile("(?<=\\S)\\s+[|｜]+\\s*$");

  /** A bullet before a key and its colon: {@code • 作者:}. */
  private static final Pattern BULLET_KEY = Pattern.compile("^[•·●▪]\\s*(?=[\\p{IsHan}A-Za-z ]{1,10}[:：])");

  /** A key and its colon opening a metadata line: {@code 来源:}, {@code Source:}. */
  private static final Pattern KEY_OPENING = Pattern.compile("^[\\p{IsHan}A-Za-z ]{1,10}[:：]");

  /** A date or a time glued to the end of a short line: {@code 青石镇新桥通车09:29:29}. */
  private static final Pattern TRAILING_DATE =
      Pattern.compile("\\s*(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?|\\d{1,2}:\\d{2}:\\d{2})$");


  /**
   * A date stamp with its key glued to the end of a line: {@code Council backs plan Submitted:
   * 03/02/2024}, {@code … Posted: March 2, 2024 10:30 am}.
   */
  private static final Pattern TRAILING_STAMP =
      Pattern.compile(
          "\\s+(?i:submitted|posted|published|updated|last updated)\\s*:?\\s*"
              + "(?:\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2},?\\s+\\d{4})"
              + "(?:,?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[AaPp]\\.?[Mm]\\.?)?)?\\s*$");

  private final LineEvidence evidence;
  private final BoilerplateDetector boilerplate;
  private final Predicate<String> isByline;
  private final MetadataLineParser metadata;
  private final int maxGap;
  private final int linkRun;
  private final int titleReach;
  private final int anchorReach;
  private final int labelsUnderTitle;
  private final int skips;

  /**
   * @param evidence the line evidence, whose model ({@link ChromeModel}) also sets how far the triage
   *     looks around the article
   * @param isByline lines that read as bylines, which are never chrome
   */
  public PageChromeTriage(
      LineEvidence evidence, BoilerplateDetector boilerplate, MetadataLineParser metadata, Predicate<String> isByline) {
    this.evidence = evidence;
    this.boilerplate = boilerplate;
    this.metadata = metadata;
    this.isByline = isByline;
    ChromeModel model = evidence.model();
    this.maxGap = model.get(ChromeModel.Threshold.GAP);
    this.linkRun = model.get(ChromeModel.Threshold.LINK_RUN);
    this.titleReach = model.get(ChromeModel.Threshold.TITLE_REACH);
    this.anchorReach = model.get(ChromeModel.Threshold.ANCHOR_REACH);
    this.labelsUnderTitle = model.get(ChromeModel.Threshold.LABELS_UNDER_TITLE);
    this.skips = model.get(ChromeModel.Threshold.SKIPS);
  }

  /** Lines of chrome outside the article that a text file needs to be taken for a raw page. */
  private static final int PAGE_CHROME_LINES = 3;

  /**
   * True when the blocks of a plain text file read as one scraped page rather than a dump of
   * articles: no {@code # } headline, one run of prose holding at least two thirds of the prose
   * ({@code PROSE} lines weighed by their length), and at least {@link #PAGE_CHROME_LINES} lines
   * of chrome outside that run, one of them above it (a menu, a breadcrumb, a date line, a share
   * button). Example, pinned by {@code PageChromeTriageTest}: {@code 首页 | 新闻 | 本地 / 您的位置:首页 >
   * 新闻 / 青石镇新桥通车 / 2024-03-02 来源:临江日报 / 青石镇新桥昨日通车,…。 / 扫一扫 分享} is a page; two
   * articles, each a headline and its prose, with one menu line between them, are not.
   */
  public boolean looksLikePage(List<Block> blocks) {
    if (blocks.stream().anyMatch(b -> b.markup() == Block.Markup.HEADLINE)) {
      return false;
    }
    List<Block> lines = splitLines(blocks);
    List<Kind> kinds = new ArrayList<>(lines.size());
    for (Block line : lines) {
      kinds.add(kindOf(line));
    }
    int[] core = densestRun(lines, kinds, listOpenings(lines, kinds));
    if (core == null) {
      return false;
    }
    long inside = 0;
    long outside = 0;
    int chromeAbove = 0;
    int chromeOutside = 0;
    for (int i = 0; i < lines.size(); i++) {
      boolean in = i >= core[0] && i <= core[1];
      if (kinds.get(i) == Kind.PROSE) {
        if (in) {
          inside += lines.get(i).text().length();
        } else {
          outside += lines.get(i).text().length();
        }
      } else if (kinds.get(i) == Kind.CHROME && !in && !belongs(lines.get(i))) {
        chromeOutside++;
        chromeAbove += i < core[0] ? 1 : 0;
      }
    }
    return chromeOutside >= PAGE_CHROME_LINES && chromeAbove >= 1 && outside * 2 <= inside;
  }

  /** The page's blocks as they go on: chrome dropped, the headline marked, the rest unchanged. */
  public List<Piece> apply(List<Block> page) {
    List<Block> lines = splitLines(page);
    List<Kind> kinds = new ArrayList<>(lines.size());
    for (Block line : lines) {
      kinds.add(kindOf(line));
    }
    int[] core = densestRun(lines, kinds, listOpenings(lines, kinds));
    if (core == null) {
      return new ArrayList<>(lines);
    }
    int end = tailEnd(lines, kinds, core[1]);
    int title = findTitle(lines, kinds, core[0]);
    int firstKept = title >= 0 ? title : headStart(kinds, core[0]);
    List<Piece> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      Block line = lines.get(i);
      Kind kind = kinds.get(i);
      if (i == title) {
        out.add(line.withText(LineEvidence.headline(line.text()), Block.Markup.HEADLINE));
      } else if (line.markup() != Block.Markup.NONE && line.markup() != Block.Markup.DASH_LINE) {
        out.add(line);
      } else if (i < firstKept) {
        out.add(drop(line));
      } else if (belongs(line)) {
        out.add(line);
      } else if (i > end || kind == Kind.CHROME) {
        out.add(drop(line));
      } else if (i < core[0] && kind == Kind.OTHER && title >= 0 && i > title + labelsUnderTitle
          && line.markup() == Block.Markup.NONE) {
        // Between the headline and the article, past the sub-headline and credit lines: labels,
        // counters and buttons (收录于话题, 83个).
        out.add(drop(line));
      } else {
        out.add(line);
      }
    }
    return out;
  }

  /** What a line is, from its own evidence. */
  Kind kindOf(Block line) {
    String text = line.text();
    if (line.markup() != Block.Markup.NONE && line.markup() != Block.Markup.DASH_LINE) {
      return Kind.OTHER;
    }
    if (evidence.isChromeLine(text) || boilerplate.classify(text) != null || evidence.hasChromeShape(text)
        || evidence.opensStoryList(text)) {
      return Kind.CHROME;
    }
    if (evidence.isProse(text)) {
      return Kind.PROSE;
    }
    return evidence.isTextLike(text) ? Kind.TEXT : Kind.OTHER;
  }

  /** Bylines and metadata lines belong to the article wherever they stand. */
  private boolean belongs(Block line) {
    String text = line.text();
    return isByline.test(text) || metadata.parse(text).isPresent();
  }

  private static DroppedBlock drop(Block block) {
    return new DroppedBlock(block, new Removal(RemovalReason.BOILERPLATE, block.span(), block.text(), null));
  }

  /**
   * The first and last index of the run of prose lines with the most text, where text-like lines
   * may stand between two prose lines in any number and other lines up to {@code GAP} ({@link ChromeModel}) in a row;
   * null when the page holds no prose.
   */
  int[] densestRun(List<Block> lines, List<Kind> kinds, boolean[] listOpens) {
    int[] best = null;
    long bestWeight = 0;
    int start = -1;
    int last = -1;
    int gap = 0;
    long weight = 0;
    for (int i = 0; i < lines.size(); i++) {
      Kind kind = kinds.get(i);
      if (kind == Kind.TEXT && !isHeadlineLike(lines.get(i))) {
        continue;
      }
      if (kind != Kind.PROSE) {
        gap = listOpens[i] ? maxGap + 1 : gap + 1;
        if (start >= 0 && gap > maxGap) {
          if (weight > bestWeight) {
            best = new int[] {start, last};
            bestWeight = weight;
          }
          start = -1;
          weight = 0;
        }
        continue;
      }
      gap = 0;
      if (start < 0) {
        start = i;
      }
      last = i;
      weight += lines.get(i).text().length();
    }
    if (start >= 0 && weight > bestWeight) {
      best = new int[] {start, last};
    }
    return best;
  }

  /**
   * A text-like line with a headline's shape ({@code Council backs plan: mayor}) stands between two
   * runs of prose as a headline or a label would, not as a sentence: it counts towards the gap.
   */
  private boolean isHeadlineLike(Block line) {
    return evidence.hasHeadlineShape(line.text());
  }

  /**
   * For each line, whether it opens a list of other stories: a phrase of the chrome lexicon ({@code
   * Top Stories}, {@code 相关新闻}) followed by a headline-shaped line, or a story list's heading
   * ({@link LineEvidence#opensStoryList}: {@code 更多本地新闻}) whatever follows it. Such a line ends the article's
   * run, while a lone {@code Trending Now} between two paragraphs does not.
   */
  boolean[] listOpenings(List<Block> lines, List<Kind> kinds) {
    boolean[] opens = new boolean[lines.size()];
    for (int i = 0; i + 1 < lines.size(); i++) {
      opens[i] = kinds.get(i) == Kind.CHROME
          && (evidence.opensStoryList(lines.get(i).text())
              || evidence.isChromeLine(lines.get(i).text())
                  && kinds.get(i + 1) != Kind.PROSE
                  && evidence.hasHeadlineShape(lines.get(i + 1).text()));
    }
    return opens;
  }

  /**
   * The last line of the article: after its last prose line, the text goes on (a cut paragraph,
   * captions, a closing note) up to the first line of chrome.
   */
  int tailEnd(List<Block> lines, List<Kind> kinds, int lastProse) {
    int end = lastProse;
    for (int i = lastProse + 1; i < lines.size(); i++) {
      if (kinds.get(i) == Kind.CHROME || startsLinkRun(lines, kinds, i)) {
        break;
      }
      end = i;
    }
    return end;
  }

  /** True when {@code linkRun} lines from {@code i} on are headline-shaped labels: related links. */
  private boolean startsLinkRun(List<Block> lines, List<Kind> kinds, int i) {
    if (i + linkRun > lines.size()) {
      return false;
    }
    for (int j = i; j < i + linkRun; j++) {
      if (kinds.get(j) != Kind.OTHER || !evidence.hasHeadlineShape(lines.get(j).text()) || isByline.test(lines.get(j).text())) {
        return false;
      }
    }
    return true;
  }

  /** Without a headline, the article opens after the last line of chrome above it. */
  static int headStart(List<Kind> kinds, int coreStart) {
    for (int i = coreStart - 1; i >= 0; i--) {
      if (kinds.get(i) == Kind.CHROME) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * The index of the headline. The strongest evidence is a line with a headline's shape right above
   * a byline, a date or a metadata line (looked for from the one nearest the article up, passing
   * over at most {@code skips} labels or buttons between them); failing that, the nearest line above
   * the article with the shape, passing over bylines, metadata and date lines, sub-headlines, bullet
   * points and standfirsts. -1 when no line has the shape.
   */
  int findTitle(List<Block> lines, List<Kind> kinds, int coreStart) {
    int reach = Math.max(0, coreStart - anchorReach);
    for (int anchor = coreStart - 1; anchor >= reach; anchor--) {
      if (!isAnchor(lines.get(anchor), kinds.get(anchor))) {
        continue;
      }
      int skipped = 0;
      for (int i = anchor - 1; i >= 0 && skipped <= skips; i--) {
        Block line = lines.get(i);
        if (line.markup() == Block.Markup.HEADLINE) {
          return -1;
        }
        if (isAnchor(line, kinds.get(i))) {
          continue;
        }
        if (isTitleShaped(lines, kinds, i)) {
          // A kicker or series label may stand between the headline and its credit: the longer
          // of two headline-shaped lines in a row is the headline, the upper one when they are
          // as long (a headline over its deck).
          if (i > 0 && isTitleShaped(lines, kinds, i - 1)
              && lines.get(i - 1).text().length() >= lines.get(i).text().length()) {
            return i - 1;
          }
          return i;
        }
        skipped++;
      }
    }
    int bullet = -1;
    for (int i = coreStart - 1; i >= 0 && i >= coreStart - titleReach; i--) {
      Block line = lines.get(i);
      String text = line.text();
      if (line.markup() == Block.Markup.HEADLINE) {
        return -1;
      }
      if (line.markup() == Block.Markup.DASH_LINE
          || kinds.get(i) == Kind.CHROME
          || kinds.get(i) == Kind.PROSE
          || isAnchor(line, kinds.get(i))) {
        continue;
      }
      if (evidence.isBullet(text)) {
        // Bullet points under a headline sum the story up; a bullet is the headline only when
        // nothing else above the text could be (an e-paper's list of one).
        bullet = bullet < 0 && evidence.hasHeadlineShape(LineEvidence.headline(text)) ? i : bullet;
        continue;
      }
      if (evidence.hasHeadlineShape(text)) {
        // A writer's bare name under the headline (Jane Morrow) has a short headline's shape.
        if (i > 0 && LineEvidence.isNameShaped(text) && isTitleShaped(lines, kinds, i - 1)
            && lines.get(i - 1).text().strip().split("\\s+").length >= 5) {
          return i - 1;
        }
        return i;
      }
    }
    return bullet;
  }

  private boolean isTitleShaped(List<Block> lines, List<Kind> kinds, int i) {
    Block line = lines.get(i);
    return line.markup() == Block.Markup.NONE
        && kinds.get(i) != Kind.CHROME
        && kinds.get(i) != Kind.PROSE
        && !isAnchor(line, kinds.get(i))
        && evidence.hasHeadlineShape(line.text());
  }

  /** A byline, metadata or date line: what follows a headline on most pages. */
  private boolean isAnchor(Block line, Kind kind) {
    String text = line.text();
    return line.markup() == Block.Markup.NONE
        && (isByline.test(text) || metadata.parse(text).isPresent() || evidence.isCreditOrDateLine(text));
  }

  /**
   * The blocks with every block cut into its lines, except where a line wraps onto the next (a
   * paragraph or headline broken over lines), so that a menu, a site name and the headline that
   * stood on adjacent lines are judged one by one.
   */
  static List<Block> splitLines(List<Block> page) {
    List<Block> out = new ArrayList<>(page.size());
    for (Block block : page) {
      if (block.lines().size() < 2 || block.markup() != Block.Markup.NONE) {
        splitParagraphs(block, out);
        continue;
      }
      int widest = 0;
      for (TextLine line : block.lines()) {
        widest = Math.max(widest, line.text().strip().length());
      }
      // A line of nothing but invisible characters cannot stand as a block: keep the block whole.
      if (block.lines().stream().anyMatch(line -> line.text().isBlank())) {
        out.add(block);
        continue;
      }
      List<Block> pieces = new ArrayList<>();
      List<TextLine> run = new ArrayList<>();
      for (TextLine line : block.lines()) {
        if (!run.isEmpty() && !wraps(run.get(run.size() - 1).text(), line.text(), widest)) {
          pieces.add(linesBlock(block, run));
          run.clear();
        }
        run.add(line);
      }
      pieces.add(linesBlock(block, run));
      for (Block piece : pieces) {
        splitParagraphs(piece, out);
      }
    }
    return out;
  }

  /**
   * A one-line block without the marks a scraper left of the page's layout: a table cell's closing
   * pipe ({@code …完工。(某某) |}) and a list's bullet before a key ({@code • 来源:临江日报}), which
   * would keep the byline and the metadata line from being read. Markup, not text: not recorded.
   */
  static Block withoutCellMarks(Block block) {
    String text = block.text();
    String cleaned = TRAILING_CELL.matcher(text).replaceAll("");
    Matcher bullet = BULLET_KEY.matcher(cleaned);
    if (bullet.lookingAt()) {
      cleaned = cleaned.substring(bullet.end());
    }
    return cleaned.equals(text) || cleaned.isBlank() ? block : block.withText(cleaned, Block.Markup.NONE);
  }

  /**
   * Cuts a date off the start of a line ({@code March 2, 2024|By JANE MORROW} gives {@code March 2,
   * 2024|} and {@code By JANE MORROW}), a keyed date stamp off the end of one ({@code Council backs
   * plan Submitted: 03/02/2024}) or a date off the end of a short one ({@code 青石镇新桥通车09:29:29}),
   * as two blocks on the same line, so that each is judged on its own. False when there is none.
   */
  static boolean splitDate(Block block, List<Block> out) {
    String text = block.text();
    Matcher leading = LEADING_DATE.matcher(text);
    int cut = -1;
    if (leading.lookingAt()) {
      String rest = text.substring(leading.end());
      Scripts.LetterCounts letters = Scripts.count(rest);
      // A date before keys (2024-03-02 来源:临江日报) is a metadata line as a whole.
      if (letters.cjk() + letters.latin() >= 2 && !KEY_OPENING.matcher(rest).lookingAt()) {
        cut = leading.end();
      }
    } else if (text.length() <= 200 && TRAILING_STAMP.matcher(text).find()) {
      Matcher stamp = TRAILING_STAMP.matcher(text);
      stamp.find();
      Scripts.LetterCounts letters = Scripts.count(text.substring(0, stamp.start()));
      if (letters.cjk() + letters.latin() >= 4) {
        cut = stamp.start();
      }
    } else if (text.length() <= 60 && !Punctuation.endsSentence(text)) {
      Matcher trailing = TRAILING_DATE.matcher(text);
      if (trailing.find() && trailing.start() > 0) {
        String head = text.substring(0, trailing.start());
        Scripts.LetterCounts letters = Scripts.count(head);
        if (letters.cjk() + letters.latin() >= 4) {
          cut = trailing.start();
        }
      }
    }
    if (cut <= 0) {
      return false;
    }
    int number = block.span().firstLine();
    String first = text.substring(0, cut).strip();
    String second = text.substring(cut).strip();
    out.add(new Block(first, block.span(), block.blankLinesBefore(), 1, Block.Markup.NONE, block.warnings(),
        ImmutableList.of(new TextLine(number, first))));
    out.add(new Block(second, block.span(), 0, 1, Block.Markup.NONE, ImmutableList.of(),
        ImmutableList.of(new TextLine(number, second))));
    return true;
  }

  /**
   * Adds a one-line block to {@code out} cut into the paragraphs that a scraper ran together on its
   * line, in Chinese text: a space after a full stop, or a run of three spaces, was a paragraph
   * break ({@code 新桥通车了。 村民都很高兴。} gives two blocks on the same line). Other blocks go as they are.
   */
  static void splitParagraphs(Block original, List<Block> out) {
    if (original.markup() != Block.Markup.NONE || original.lines().size() != 1) {
      out.add(original);
      return;
    }
    Block block = withoutCellMarks(original);
    String text = block.text();
    if (splitDate(block, out)) {
      return;
    }
    if (text.length() < 20) {
      out.add(block);
      return;
    }
    Scripts.LetterCounts counts = Scripts.count(text);
    if (counts.cjk() * 3 < counts.latin()) {
      out.add(block);
      return;
    }
    int from = 0;
    Matcher m = PARAGRAPH_BREAK.matcher(text);
    List<String> parts = new ArrayList<>();
    Matcher glued = HEADLINE_BEFORE_DATELINE.matcher(text);
    if (glued.lookingAt()) {
      // A page held on one line: its headline, then the lead that opens with a credited dateline.
      parts.add(glued.group(1).strip());
      from = glued.end();
      m.region(from, text.length());
    }
    while (m.find()) {
      String part = text.substring(from, m.start()).strip();
      if (!part.isEmpty()) {
        parts.add(part);
      }
      from = m.end();
    }
    String rest = text.substring(from).strip();
    if (!rest.isEmpty()) {
      parts.add(rest);
    }
    if (parts.size() < 2) {
      out.add(block);
      return;
    }
    int number = block.span().firstLine();
    boolean first = true;
    for (String part : parts) {
      out.add(
          new Block(
              part,
              block.span(),
              first ? block.blankLinesBefore() : 0,
              1,
              Block.Markup.NONE,
              first ? block.warnings() : ImmutableList.of(),
              ImmutableList.of(new TextLine(number, part))));
      first = false;
    }
  }

  /**
   * True when {@code next} carries on {@code line}: the line stops in mid-sentence and the next
   * opens in lower case, or the line is nearly as wide as the block's widest (hard-wrapped text).
   */
  static boolean wraps(String line, String next, int widest) {
    // A table cell's closing pipe after the full stop ({@code 完工。 |}) does not carry the line on.
    String text = TRAILING_CELL.matcher(line.strip()).replaceAll("");
    String following = next.strip();
    if (isStackedCredit(text, following)) {
      return true;
    }
    if (OUTLET_ADDRESS.matcher(text).matches()) {
      // The paper's line ends the credit: what follows is the page's next line.
      return false;
    }
    if (text.isEmpty() || following.isEmpty() || Punctuation.endsSentence(text)
        || LineEvidence.isDate(text) || LineEvidence.isDate(following)) {
      return false;
    }
    char first = following.charAt(0);
    return Character.isLowerCase(first) || (text.length() >= 30 && text.length() * 10 >= widest * 7);
  }

  /**
   * A reporter's name alone on its line: two to four capitalised words, initials or particles,
   * {@code Mary-Kate O'Neil}, {@code Ann B. Lee}; a section's label ({@code Local News}) is refused by
   * its words ({@link #SECTION_WORDS}).
   */
  private static final Pattern BARE_NAME =
      Pattern.compile("^\\p{Lu}[\\p{L}'’.\\-]+(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){1,2}$");

  /** A paper and its web address alone on a line: {@code The Harbor Ledger | ledger.example}. */
  private static final Pattern OUTLET_ADDRESS =
      Pattern.compile("^The(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){1,3}\\s*\\|\\s*[\\w-]+(?:\\.[\\w-]+)+$");

  /**
   * True when {@code line} is a bare name and {@code next} the paper and its address: the two lines
   * of one credit stacked under the headline, as a chain of papers sets it ({@code Ann May Lee} over
   * {@code The Harbor Ledger | ledger.example}). Kept as one block, it reads as the byline that the
   * one-line form {@code Ann May Lee The Harbor Ledger | ledger.example} is; split, the name was
   * taken for a paragraph. {@code Local News} over the paper's line, and a name over any other
   * line, are not credits here. Pinned by {@code PageChromeTriageTest.keepsANameOverItsPapersLineAsOneCredit}.
   */
  static boolean isStackedCredit(String line, String next) {
    if (line.length() > 40 || !BARE_NAME.matcher(line).matches() || !OUTLET_ADDRESS.matcher(next).matches()) {
      return false;
    }
    for (String word : line.split("\\s+")) {
      if (SECTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** Words of a section's or a desk's label, never of a person's name: {@code Local News}, {@code Staff Writer}. */
  private static final ImmutableSet<String> SECTION_WORDS =
      ImmutableSet.of(
          "news", "local", "sports", "sport", "opinion", "business", "world", "politics", "weather",
          "entertainment", "life", "lifestyle", "home", "editorial", "staff", "writer", "reporter",
          "press", "wire", "service", "desk", "latest", "top", "stories", "breaking", "nation", "state");

  private static Block linesBlock(Block block, List<TextLine> run) {
    StringBuilder text = new StringBuilder();
    for (TextLine line : run) {
      Joint.append(text, line.text().strip());
    }
    int from = run.get(0).number();
    int to = run.get(run.size() - 1).number();
    // The whole block only when the run holds all its lines: the lines a <br/> cut out of one
    // input line share its number, so the numbers alone cannot say so.
    if (run.size() == block.lines().size()) {
      return block;
    }
    ImmutableList.Builder<Warning> warnings = ImmutableList.builder();
    for (Warning w : block.warnings()) {
      if (w.line() >= from && w.line() <= to) {
        warnings.add(w);
      }
    }
    return new Block(
        text.toString().strip(),
        new SourceSpan(block.span().path(), block.span().record(), from, to),
        from == block.span().firstLine() ? block.blankLinesBefore() : 0,
        run.size(),
        Block.Markup.NONE,
        warnings.build(),
        ImmutableList.copyOf(run));
  }
}
