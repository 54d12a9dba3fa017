package dev.newstidy.stage.furniture;

import dev.newstidy.model.Block;
import dev.newstidy.stage.furniture.PageChromeTriage.Kind;
import java.util.List;
import java.util.function.Predicate;

/**
 * Finds, on a scraped page, the headlines of further stories under its article: a line with a
 * headline's shape right under a line of prose and right over a byline line, itself over a line of
 * prose. A blog's month or a news site's day page prints its stories one under the other, each
 * opening as the page's article does, headline, byline and text. Read as a plain line of the first
 * story, the headline stayed in that story's body, the second byline joined the first, and the text
 * output read back, on a second pass, as two articles.
 *
 * <p>Example, pinned by {@code PageChromeTriageTest.secondStoryUnderTheArticleOpensWithItsHeadline}:
 * under the paragraphs of a first story, {@code Ferry Pier To Reopen In Spring} over {@code BY TOMAS
 * WRENFIELD} over {@code The harbour board has agreed…} is a headline. Not one ({@code
 * PageChromeTriageTest.aSubheadingWithoutACreditOrACreditOverACaptionOpensNoFurtherStory}, {@code
 * …aHeadlineShapedLineUnderAFragmentOpensNoFurtherStory}): such a line over prose with no byline
 * (an in-text subheading), a byline over a line that is not prose (a caption over a gallery label),
 * and a line under one that is not prose ({@code 新桥的变化} over {@code 两岸群众往来} over {@code 记者 柳明川}).
 */
final class FurtherStoryFinder {
  private final LineEvidence evidence;
  private final Predicate<String> isByline;

  FurtherStoryFinder(LineEvidence evidence, Predicate<String> isByline) {
    this.evidence = evidence;
    this.isByline = isByline;
  }

  /**
   * For each line, whether it is the headline of a further story: from after the first prose line
   * of the article ({@code coreStart}) to its last line ({@code end}).
   */
  boolean[] find(List<Block> lines, List<Kind> kinds, int coreStart, int end) {
    boolean[] heads = new boolean[lines.size()];
    for (int i = coreStart + 1; i + 2 <= end; i++) {
      heads[i] = opensStory(lines, kinds, i);
    }
    return heads;
  }

  private boolean opensStory(List<Block> lines, List<Kind> kinds, int i) {
    Block line = lines.get(i);
    Block credit = lines.get(i + 1);
    String text = line.text();
    return line.markup() == Block.Markup.NONE
        && credit.markup() == Block.Markup.NONE
        && kinds.get(i) != Kind.PROSE
        && kinds.get(i) != Kind.CHROME
        && kinds.get(i - 1) == Kind.PROSE
        && kinds.get(i + 2) == Kind.PROSE
        && evidence.hasHeadlineShape(text)
        && !isByline.test(text)
        && isByline.test(credit.text());
  }
}
