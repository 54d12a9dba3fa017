package dev.newstidy.stage.furniture;

import dev.newstidy.model.Block;
import dev.newstidy.model.DroppedBlock;
import dev.newstidy.model.Piece;
import dev.newstidy.model.Removal;
import dev.newstidy.model.RemovalReason;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Sorts the blocks of one scraped page (a record of a JSON Lines, JSON, XML or WET input) into the
 * article and the page's chrome before segmentation, from the page as a whole: the article is the
 * densest run of prose lines ({@link LineEvidence}); its headline is the nearest line above that
 * run with a headline's shape, passing over bylines, date and metadata lines, sub-headlines and
 * standfirsts; what stands above the headline (menus, breadcrumbs, site names, the document title)
 * and what follows the article (share buttons, related links, footers), bylines and metadata lines
 * aside, is chrome, dropped with a removal of reason {@code boilerplate}. A further story printed
 * under the article, headline over byline over prose, opens with its headline ({@link
 * FurtherStoryFinder}).
 *
 * <p>Example, pinned by {@code PageChromeTriageTest}: the page {@code 首页 | 新闻 | 本地 / 您的位置:首页 >
 * 新闻 / 青石镇新桥通车 / 2024-03-02 来源:临江日报 / 青石镇新桥昨日通车,……。 / 扫一扫 分享} keeps {@code
 * 青石镇新桥通车} as the headline, the date line for the metadata stage and the paragraph, and drops the
 * first two lines and the last. A page with no prose line is left as it is. The reaches and run
 * lengths are thresholds of the fitted {@link ChromeModel}. The page is first cut into the lines
 * judged one by one ({@link PageLineSplitter}).
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

  private final LineEvidence evidence;
  private final BoilerplateDetector boilerplate;
  private final Predicate<String> isByline;
  private final MetadataLineParser metadata;
  private final int maxGap;
  private final int linkRun;
  private final int labelsUnderTitle;
  private final HeadlineFinder headlines;
  private final FurtherStoryFinder furtherStories;

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
    this.labelsUnderTitle = model.get(ChromeModel.Threshold.LABELS_UNDER_TITLE);
    this.headlines =
        new HeadlineFinder(
            evidence, metadata, isByline, model.get(ChromeModel.Threshold.TITLE_REACH),
            model.get(ChromeModel.Threshold.ANCHOR_REACH), model.get(ChromeModel.Threshold.SKIPS));
    this.furtherStories = new FurtherStoryFinder(evidence, isByline);
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
    List<Block> lines = PageLineSplitter.splitLines(blocks);
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
    List<Block> lines = PageLineSplitter.splitLines(page);
    List<Kind> kinds = new ArrayList<>(lines.size());
    for (Block line : lines) {
      kinds.add(kindOf(line));
    }
    int[] core = densestRun(lines, kinds, listOpenings(lines, kinds));
    if (core == null) {
      return new ArrayList<>(lines);
    }
    int end = tailEnd(lines, kinds, core[1]);
    int title = headlines.find(lines, kinds, core[0]);
    int firstKept = title >= 0 ? title : headStart(kinds, core[0]);
    boolean[] storyHeads = furtherStories.find(lines, kinds, core[0], end);
    List<Piece> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      Block line = lines.get(i);
      Kind kind = kinds.get(i);
      if (i == title || storyHeads[i]) {
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


}
