package dev.newstidy.stage.furniture;

import dev.newstidy.model.Block;
import dev.newstidy.stage.furniture.PageChromeTriage.Kind;
import java.util.List;
import java.util.function.Predicate;

/**
 * Finds the headline of a scraped page above the run of prose that {@link PageChromeTriage} took
 * for the article: a line with a headline's shape over a byline, a date or a metadata line, or
 * failing that the nearest line above the article with the shape.
 *
 * <p>Example, pinned by {@code PageChromeTriageTest}: above the prose of {@code 首页 | 新闻 | 本地 /
 * 您的位置:首页 > 新闻 / 青石镇新桥通车 / 2024-03-02 来源:临江日报 / 青石镇新桥昨日通车,……。} the headline is
 * {@code 青石镇新桥通车}, the line over the date and metadata line; the menu and the breadcrumb are
 * not. How far it looks are thresholds of the fitted {@link ChromeModel}.
 */
final class HeadlineFinder {
  private final LineEvidence evidence;
  private final MetadataLineParser metadata;
  private final Predicate<String> isByline;
  private final int titleReach;
  private final int anchorReach;
  private final int skips;

  HeadlineFinder(
      LineEvidence evidence, MetadataLineParser metadata, Predicate<String> isByline, int titleReach, int anchorReach,
      int skips) {
    this.evidence = evidence;
    this.metadata = metadata;
    this.isByline = isByline;
    this.titleReach = titleReach;
    this.anchorReach = anchorReach;
    this.skips = skips;
  }

  /**
   * The index of the headline. The strongest evidence is a line with a headline's shape right above
   * a byline, a date or a metadata line (looked for from the one nearest the article up, passing
   * over at most {@code skips} labels or buttons between them); failing that, the nearest line above
   * the article with the shape, passing over bylines, metadata and date lines, sub-headlines, bullet
   * points and standfirsts. -1 when no line has the shape.
   */
  int find(List<Block> lines, List<Kind> kinds, int coreStart) {
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
}
