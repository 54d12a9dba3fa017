package dev.newstidy.segment;

import dev.newstidy.model.Block;
import dev.newstidy.model.Part;
import dev.newstidy.stage.byline.BylineDetector;
import dev.newstidy.text.Punctuation;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules that read the article in progress to say whether the next block goes on with it or
 * opens another: the article's text window (its opening and its last parts), blank gaps, topic and
 * headline cohesion after a credit, open clauses and subheadings. Each rule is pinned by a case in
 * {@code ArticleSegmenterTest}, named in its Javadoc.
 */
final class ContinuationRules {
  private ContinuationRules() {}

  /** Longest in-text subheading, in CJK characters and in Latin words. */
  static final int SUBHEADING_MAX_CJK = 25;

  static final int SUBHEADING_MAX_WORDS = 10;

  /** How many paragraphs before a candidate headline its evidence reads. */
  static final int LOOK_BEHIND = 3;

  /**
   * The share of shared terms across a closing byline above which the article goes on: three
   * quarters of what {@link BoundaryEvidence} counts as full cohesion. Inside one article about a tenth of the
   * terms recur; across two articles about a hundredth (measured on the labelled corpus).
   */
  private static final double CONTINUING_COHESION = 0.15;

  /**
   * How many parts an article may hold above a credit for the credit to be one under its headline
   * (a deck, a stray paragraph) rather than a closing byline: see {@link #echoesHeadline}.
   */
  private static final int EARLY_CREDIT_PARTS = 2;

  /**
   * The share of a headline's terms that the text after an early credit repeats for the article to go
   * on ({@link #echoesHeadline}).
   */
  private static final double HEADLINE_ECHO = 0.3;

  /**
   * True when the current article's last part is a short numbered line without a sentence end, read
   * as a subheading or as a paragraph ({@code 一、发动村民共同养护} after a cut paragraph): right under
   * it stands its section's first paragraph, however short (a page-break fragment such as {@code
   * 环湖路修通后，预计每年可为渔户}), since no article ends on a numbered subheading. Pinned by {@code
   * ArticleSegmenterTest.shortLineUnderASubheadingStaysInTheSection}. Not for an unnumbered short
   * line, which may be a cut-off last paragraph before the next headline, nor for a numbered item
   * that ends a sentence ({@code 一、村民组成了养护队。}).
   */
  static boolean endsOnSubheading(ArticleDraft current) {
    Part last = current.lastPart();
    if (last == null) {
      return false;
    }
    String text = last.text();
    return HeadingShape.isNumbered(text) && !Punctuation.endsSentence(text) && text.length() <= SUBHEADING_MAX_CJK;
  }

  /**
   * The texts that open the current article: its headline, when it has one, and its first few
   * parts (the lead), where its topic is set. Bounded, so that a candidate costs the same however
   * long the article has grown.
   */
  static List<String> opening(ArticleDraft current) {
    return opening(current, LOOK_BEHIND);
  }

  /** The article's headline, when it has one, and up to its first {@code parts} parts' texts, first ones first. */
  static List<String> opening(ArticleDraft current, int parts) {
    List<String> texts = new ArrayList<>(parts + 1);
    if (current.title != null) {
      texts.add(current.title);
    }
    for (Part part : current.body.subList(0, Math.min(parts, current.body.size()))) {
      texts.add(part.text());
    }
    return texts;
  }

  /** The texts of the current article's last few parts, its headline when it has no more. */
  static List<String> textsBefore(ArticleDraft current) {
    List<String> texts = new ArrayList<>(LOOK_BEHIND);
    int from = Math.max(0, current.body.size() - LOOK_BEHIND);
    for (Part part : current.body.subList(from, current.body.size())) {
      texts.add(part.text());
    }
    if (texts.isEmpty() && current.title != null) {
      texts.add(current.title);
    }
    return texts;
  }

  /**
   * True when the text after a closing byline goes on with the article's vocabulary (its share of
   * shared terms, as {@link BoundaryEvidence} reads cohesion, reaches {@link #CONTINUING_COHESION}):
   * the "byline" was a photo credit or a speaker's name inside the article, and no untitled item
   * starts. Example, pinned by {@code ArticleSegmenterTest}: {@code 新桥通车了。}, {@code 柳明川},
   * {@code 新桥通车后,柳明川每天走新桥。} stay one article.
   */
  static boolean continuesTopic(ArticleDraft current, Block block, List<Block> after, RecentTerms terms) {
    if (current.body.isEmpty() || isWiderGap(current, block)) {
      return false;
    }
    List<String> next = new ArrayList<>(after.size() + 1);
    next.add(block.text());
    after.forEach(b -> next.add(b.text()));
    return LexicalCohesion.overlap(terms.of(textsBefore(current)), terms.of(next))
        >= CONTINUING_COHESION;
  }

  /**
   * True when the text after a byline near the top of a titled article repeats its headline's
   * words, as a lead does: the credit stood under the headline and a deck or stray paragraph,
   * and the article goes on. Example, pinned by {@code
   * ArticleSegmenterTest.leadThatEchoesTheHeadlineAfterAnEarlyCreditContinuesTheArticle}: {@code
   * 柳溪镇新修村道}, {@code 一段别处的话。}, {@code 通讯员 韦青禾}, {@code 柳溪镇今年新修村道两条,村民出行方便了。}
   * stay one article; a lead about something else after the credit starts an untitled item.
   */
  static boolean echoesHeadline(ArticleDraft current, Block block, List<Block> after, RecentTerms terms) {
    if (current.title == null || current.body.size() > EARLY_CREDIT_PARTS || isWiderGap(current, block)) {
      return false;
    }
    List<String> lead = new ArrayList<>(2);
    lead.add(block.text());
    if (!after.isEmpty()) {
      lead.add(after.get(0).text());
    }
    return LexicalCohesion.coverage(terms.of(current.title), terms.of(lead))
        >= HEADLINE_ECHO;
  }

  /** Two or more blank lines before the block, more than between any two blocks of the article. */
  static boolean isWiderGap(ArticleDraft current, Block block) {
    return current != null && block.blankLinesBefore() >= 2 && block.blankLinesBefore() > current.widestGap;
  }

  /**
   * True when a body block stands after a wider blank gap than any inside the article so far, which
   * already holds text: an untitled item (a photo with its caption) starts there. A short
   * heading-shaped line after such a gap ({@code 一、强化组织保障}) is a section of the article.
   */
  static boolean opensUntitledAfterGap(ArticleDraft current, Block block) {
    return current != null
        && !current.body.isEmpty()
        && isWiderGap(current, block)
        && !HeadingShape.isShortLine(block, SUBHEADING_MAX_CJK, SUBHEADING_MAX_WORDS);
  }

  /**
   * True when a whole-line credit after an article that a byline already closed opens an untitled
   * item: it stands after a wider blank gap than any inside the article, and prose follows it (a
   * block that holds a finished sentence). Example, pinned by {@code
   * ArticleSegmenterTest.creditAfterAClosedArticleAndAWiderGapOpensAnUntitledItem}: {@code …一派丰收景象。},
   * {@code 通讯员 韦青禾 摄}, two blank lines, {@code 文:许晴 图:何川}, {@code 3月2日,溪口新桥通车。…} gives two
   * articles, the second untitled and credited to 许晴 and 何川. A second credit line under the
   * first, or one followed by a headline, stays with the article. The prose is read as the joiner
   * will leave it ({@link LeadReading}): a lead that a page break cut ({@code 3月2日,溪口新桥} /
   * {@code 通车。…}) is prose too, as {@code
   * ArticleSegmenterTest.creditBeforeALeadCutByAPageBreakOpensAnUntitledItem} pins.
   */
  static boolean opensUntitledWithCredit(
      ArticleDraft current, BylineDetector bylines, Block block, List<Block> after) {
    Block next = after.isEmpty() ? null : after.get(0);
    return isWiderGap(current, block)
        && next != null
        && next.markup() == Block.Markup.NONE
        && bylines.parseWhole(next.text()).isEmpty()
        && Punctuation.endOfLastSentence(LeadReading.texts(after, 1).get(0)) > 0;
  }

  /**
   * True when the article's last paragraph ends on a comma, an enumeration comma or a semicolon: the
   * next block goes on with that sentence, and bare names in it are a list, not a credit ({@code
   * …从左至右依次为林一舟、许晴、} then {@code 何川、邵明远}), or stops inside a list cut in a name ({@code
   * …依次为林一舟、许晴雯、何川东、邵} then {@code 明远、韦青禾}, {@link BylineDetector#endsInsideAList};
   * pinned by {@code ArticleSegmenterTest.namesAfterAParagraphCutInsideANameAreNoByline}). A credit with a role ({@code 〔記者林一舟／溪口報導〕},
   * {@code 记者 林一舟}) still reads after a cut. Pinned by {@code
   * ArticleSegmenterTest.namesAfterAParagraphCutOnAnEnumerationCommaAreNoByline}.
   */
  static boolean continuesAnOpenClause(ArticleDraft current) {
    Part last = current == null ? null : current.lastPart();
    return last != null
        && last.isParagraph()
        && (BylineDetector.endsOnAnOpenClause(last.text()) || BylineDetector.endsInsideAList(last.text()));
  }

  /**
   * True when a line that reads as one bare name stands inside a run of captions: the article's
   * last part holds no sentence ({@link BoundaryEvidence#isHeadingShaped}), and neither do the
   * {@link ArticleSegmenter#LOOK_AHEAD} lines after it, none of which is a credit. The name is
   * one more caption of a photo series ({@code 挑担的老人}, {@code 舒心}, {@code 赶海归来},
   * {@code 渔港的孩子}, {@code 晒网}; {@code 舒心}, "at ease", also reads as a surname and a given
   * name), not a closing byline: a byline closes prose, and a new article under it would open with a
   * headline over a credit or a lead, not over more captions. Pinned by {@code
   * ArticleSegmenterTest.nameShapedCaptionInsideAPhotoSeriesIsNoByline}; a bare name after a
   * heading-shaped last line and before a headline and its lead ({@code
   * …bareNameAfterAShortLastLineBeforeAHeadlineStillClosesTheArticle}) still closes its article.
   */
  static boolean standsInCaptionRun(ArticleDraft current, BylineDetector bylines, Block block, List<Block> after) {
    Part last = current == null ? null : current.lastPart();
    if (last == null
        || !BoundaryEvidence.isHeadingShaped(last.text())
        || after.size() < ArticleSegmenter.LOOK_AHEAD
        || !CreditRules.isOneBareNameLine(bylines, block)) {
      return false;
    }
    for (Block b : after) {
      if (b.markup() != Block.Markup.NONE
          || !BoundaryEvidence.isHeadingShaped(b.text())
          || (bylines != null && bylines.parseWhole(b.text()).isPresent())) {
        return false;
      }
    }
    return true;
  }

  /**
   * A short line between two paragraphs of one article, after a finished sentence and before longer
   * text: a subheading such as {@code 一、强化组织保障}, not a page break.
   */
  static boolean isInTextSubheading(ArticleDraft current, Block block, Block next) {
    Part last = current.lastPart();
    if (last == null || (last.isParagraph() && !Punctuation.endsSentence(last.text()))) {
      return false;
    }
    return HeadingShape.isShortLine(block, SUBHEADING_MAX_CJK, SUBHEADING_MAX_WORDS)
        && HeadingShape.isBodyAfter(block, next);
  }
}
