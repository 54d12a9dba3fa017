package dev.newstidy.stage.furniture;

import dev.newstidy.model.Block;
import dev.newstidy.stage.furniture.PageChromeTriage.Kind;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

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
 *
 * <p>Nor a photo's caption or a sidebar inside the article ({@code
 * PageChromeTriageTest.aCaptionOrASidebarInsideTheArticleOpensNoFurtherStory}): a line over a
 * picture credit ({@code 晚霞中的渡口} over {@code 韦青禾 摄}, {@code Ferry Crews Clear The Slipway}
 * over {@code 文/图 韦青禾}), a line that opens as a caption ({@code 图为…}), and a line over the
 * byline of the article itself ({@code 采访札记} over the reporter who signed the article above).
 */
final class FurtherStoryFinder {
  /**
   * A credit for a picture, in whole or in part: {@code 韦青禾 摄}, {@code 摄影 韦青禾}, {@code 文/图
   * 韦青禾}, {@code Photo: Ada Venn}. A story's headline stands over its writer's byline; a
   * caption's title over its photographer's.
   */
  private static final Pattern PICTURE_CREDIT =
      Pattern.compile("摄|攝|图|圖|(?i:\\b(?:photos?|pictures?|images?)\\b)");

  /** How a photo's caption opens: {@code 图为…}, {@code 图说:…}, {@code ▲…}. */
  private static final Pattern CAPTION_OPENING =
      Pattern.compile("^\\s*(?:图说|圖說|图为|圖為|图片说明|圖片說明|图[:：]|圖[:：]|[▲△])");

  /** Spaces, left out when two credit lines are compared. */
  private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

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
        && isByline.test(credit.text())
        && !CAPTION_OPENING.matcher(text).lookingAt()
        && !PICTURE_CREDIT.matcher(credit.text()).find()
        && !signsAbove(lines, i, credit.text());
  }

  /** True when a byline line above line {@code i} reads as {@code credit}: the article's own writer. */
  private boolean signsAbove(List<Block> lines, int i, String credit) {
    String key = SPACES.matcher(credit).replaceAll("");
    for (int j = 0; j < i; j++) {
      String above = lines.get(j).text();
      if (SPACES.matcher(above).replaceAll("").equals(key) && isByline.test(above)) {
        return true;
      }
    }
    return false;
  }
}
