package dev.newstidy.segment;

import dev.newstidy.model.Block;
import dev.newstidy.segment.ArticleSegmenter.Candidate;
import dev.newstidy.stage.byline.BylineDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Whether a short plain line opens a new article in a document without {@code #} headlines: the
 * shape tests first, then the weighed evidence, with each scored candidate reported and the
 * decision taken as the segmenter was told (see {@link ArticleSegmenter}).
 */
final class HeadlineRule {
  /** Longest plain-text headline, in CJK characters and in Latin words. */
  private static final int HEADLINE_MAX_CJK = 40;

  private static final int HEADLINE_MAX_WORDS = 20;

  /**
   * How many heading-shaped lines under a line make a run of captions that it cannot head: the
   * whole look-ahead. The lead holds at most {@link ArticleSegmenter#LOOK_AHEAD} texts, so a run
   * any longer could never be seen; the one constant follows the other.
   */
  private static final int CAPTION_RUN = ArticleSegmenter.LOOK_AHEAD;

  private final BylineDetector bylines;
  private final BoundaryScorer scorer;
  private final Consumer<Candidate> candidates;
  private final Predicate<Candidate> decide;
  private final RecentTerms terms;

  HeadlineRule(
      BylineDetector bylines,
      BoundaryScorer scorer,
      Consumer<Candidate> candidates,
      Predicate<Candidate> decide,
      RecentTerms terms) {
    this.terms = terms;
    this.bylines = bylines;
    this.scorer = scorer;
    this.candidates = candidates;
    this.decide = decide;
  }

  /**
   * A short plain line without a sentence end, before longer body text or a byline, that the
   * weighed evidence says opens a new article (see {@link BoundaryEvidence}): at the start of a
   * document always, elsewhere when {@link BoundaryScorer} scores it above zero. Only in documents
   * that have shown no {@code #} headline. {@code isByline} says whether the whole block reads as
   * a byline, which no headline does; {@code ahead} the blocks after it, of which it reads the lead
   * as the joiner will leave them ({@link LeadReading}), once the line has passed the shape tests
   * that turn most lines away; {@code creditNext} the author metadata line that follows, or null.
   */
  boolean isPlainHeadline(
      ArticleDraft current,
      Block block,
      List<Block> after,
      List<Block> ahead,
      boolean isByline,
      Block creditNext) {
    Block next = after.isEmpty() ? null : after.get(0);
    boolean creditAfter = creditNext != null || CreditRules.isSubtitleOrByline(bylines, next);
    boolean bodyAfter = HeadingShape.isBodyAfter(block, next);
    if (!hasHeadlineShape(block, next, bodyAfter, creditAfter, isByline)) {
      return false;
    }
    if (current == null) {
      return true;
    }
    if (creditAfter && after.size() < (creditNext == null ? 2 : 1)) {
      // The credit is the document's last text: the line would head no body, so it is the last
      // paragraph (often cut off) over a closing byline, as the text output writes every byline.
      // Pinned by ArticleSegmenterTest.lineOverTheDocumentsClosingBylineStaysInTheArticle.
      return false;
    }
    if (!current.closed && ContinuationRules.endsOnSubheading(current)) {
      return false;
    }
    if (current.body.isEmpty() && !current.closed) {
      // A headline stands over a body: the line right under one is its lead or sub-headline.
      return false;
    }
    List<String> lead = LeadReading.texts(ahead, ArticleSegmenter.LOOK_AHEAD);
    if ((!creditAfter || runGoesOnUnderBareName(bylines, current, next, creditNext))
        && lead.size() >= CAPTION_RUN
        && lead.stream().allMatch(BoundaryEvidence::isHeadingShaped)) {
      // A headline stands over prose: a line over a run of short captions or headings, none
      // holding a sentence (a photo series: 收网归来的渔家女 / 忙碌 / 渔港的老人 / 村里的孩子), heads
      // no body. Fewer lines before the document's end (a page's survey line and its choices)
      // are weighed as before. Pinned by ArticleSegmenterTest
      // .lineOverARunOfCaptionsThatEchoItStaysInTheArticle (which the scorer alone would take for
      // a headline) and …lineOverARunOfCaptionsStaysInTheArticle. A credit under the line takes
      // it out of the rule (a headline over its byline), unless the credit is one bare name that
      // the run goes on under: a caption that spells a name (夏夜 / 晒网的渔家女 / …), pinned by
      // …nameShapedCaptionInsideAPhotoSeriesIsNoByline. After a closing byline (the article above
      // is closed) the name is the new feature's credit, pinned by
      // …bareNameUnderAHeadlineOverAPhotoSeriesIsItsCredit.
      // Such a line is not reported as a candidate: a candidate carries the scorer's decision,
      // which the decision log prints and a fit's own decide may follow, and here the rule, not
      // the score, decides; reported, the line would read as split where the output keeps it.
      return false;
    }
    List<String> afterTexts = new ArrayList<>(lead.size() + 1);
    if (creditNext != null) {
      // Read as a byline block under the line would be: the credit first, then the lead.
      afterTexts.add(creditNext.text());
    }
    afterTexts.addAll(lead);
    Map<BoundaryCue, Double> cues =
        BoundaryEvidence.of(
            terms,
            block.text(),
            ContinuationRules.opening(current),
            ContinuationRules.textsBefore(current),
            afterTexts,
            creditAfter || bodyAfter,
            creditAfter,
            current.closed,
            ContinuationRules.isWiderGap(current, block));
    boolean ended =
        cues.get(BoundaryCue.BYLINE_BEFORE) > 0
            || cues.get(BoundaryCue.CUT_BEFORE) > 0
            || cues.get(BoundaryCue.CUT_TAIL_BEFORE) > 0
            || ContinuationRules.isWiderGap(current, block);
    cues.put(BoundaryCue.RECURRING_TOPIC_CJK,
        RecurringTopic.of(
            block.text(), ended ? List.of() : ContinuationRules.opening(current, RecurringTopic.PARTS_MAX), afterTexts, ended, current::termsOf));
    BoundaryScorer.Decision decision = scorer.score(cues);
    BoundaryScorer.Decision nextLine =
        decision.isBoundary()
                && cues.get(BoundaryCue.CUT_BEFORE) > 0
                && cues.get(BoundaryCue.BYLINE_BEFORE) == 0
                && cues.get(BoundaryCue.TITLE_IN_LEAD) == 0
                && cues.get(BoundaryCue.KICKER) == 0
            ? nextLineAsHeadline(current, block, after, ahead)
            : null;
    Candidate candidate = new Candidate(block, cues, decision, nextLine);
    candidates.accept(candidate);
    return decide.test(candidate);
  }

  /**
   * The next line's score as a headline, with {@code block} left in the text above it, or null when
   * the next line is no candidate by shape. Of two stacked lines that could each open an article,
   * the one that scores higher heads it: a line right under a paragraph that breaks off ({@link
   * BoundaryCue#CUT_BEFORE}, no closing byline between), that nothing below echoes ({@link
   * BoundaryCue#TITLE_IN_LEAD} 0, no kicker), over a line that would score higher, is the rest of
   * that paragraph's sentence, not a headline, as boundaries are read at a local peak of the
   * evidence (TextTiling's depth scores). The next line is weighed as the segmenter will weigh it
   * once this one is in the text, and only when it will be weighed at all: not over a run of
   * captions, nor over the document's closing credit. Example, pinned by {@code
   * ArticleSegmenterTest.cutOffEndOverAHeadlineYieldsToIt}: {@code …在新路两旁栽} / {@code
   * 下香樟和桂花,五月底就能完} / {@code 青石县茶农喜迎春茶开采} / a lead on the tea harvest: the second line
   * stays with the report above, the third opens the next article. A line with a kicker is not
   * weighed so ({@code …kickerHeadlineOverALineThatScoresHigherKeepsItsTitle}), nor one whose
   * words its lead takes up ({@code …headlineOverASubHeadlineKeepsItsTitle} is the adversarial
   * case), nor one after a closing byline; over a run of captions the line still opens an article
   * ({@code …cutOffEndOverACaptionRunStillOpensAnArticle}).
   */
  private BoundaryScorer.Decision nextLineAsHeadline(
      ArticleDraft current, Block block, List<Block> after, List<Block> ahead) {
    if (after.size() < 2) {
      return null;
    }
    Block next = after.get(0);
    Block underNext = after.get(1);
    boolean creditAfter = CreditRules.isSubtitleOrByline(bylines, underNext);
    boolean bodyAfter = HeadingShape.isBodyAfter(next, underNext);
    if (!hasHeadlineShape(next, underNext, bodyAfter, creditAfter, false)
        || (bylines != null && bylines.parseCreditLine(next.text()).isPresent())
        || (creditAfter && after.size() < 3)) {
      return null;
    }
    List<String> lead = LeadReading.texts(ahead.subList(1, ahead.size()), ArticleSegmenter.LOOK_AHEAD);
    if ((!creditAfter || CreditRules.isOneBareNameLine(bylines, underNext))
        && lead.size() >= CAPTION_RUN
        && lead.stream().allMatch(BoundaryEvidence::isHeadingShaped)) {
      // The caption-run rule of isPlainHeadline would turn the next line away unweighed.
      return null;
    }
    List<String> before = new ArrayList<>(ContinuationRules.textsBefore(current));
    before.add(block.text());
    List<String> opening = ContinuationRules.opening(current);
    if (current.body.size() < ContinuationRules.LOOK_BEHIND) {
      opening.add(block.text());
    }
    Map<BoundaryCue, Double> cues =
        BoundaryEvidence.of(
            terms,
            next.text(),
            opening,
            before.subList(Math.max(0, before.size() - ContinuationRules.LOOK_BEHIND), before.size()),
            lead,
            creditAfter || bodyAfter,
            creditAfter,
            false,
            ContinuationRules.isWiderGap(current, next));
    boolean ended =
        cues.get(BoundaryCue.CUT_BEFORE) > 0
            || cues.get(BoundaryCue.CUT_TAIL_BEFORE) > 0
            || ContinuationRules.isWiderGap(current, next);
    List<String> article = ContinuationRules.opening(current, RecurringTopic.PARTS_MAX);
    if (current.body.size() < RecurringTopic.PARTS_MAX) {
      article.add(block.text());
    }
    // The line itself is no part of the article yet: its terms come from the segmenter's recent
    // terms, which BoundaryEvidence just read, not from the draft's memory of its parts' terms,
    // which the line may never join.
    cues.put(BoundaryCue.RECURRING_TOPIC_CJK,
        RecurringTopic.of(next.text(), ended ? List.of() : article, lead, ended,
            text -> text == block.text() ? terms.of(text) : current.termsOf(text)));
    return scorer.score(cues);
  }

  /**
   * The shape tests that turn most lines away before any evidence is weighed: a short line, before
   * body text, a credit or more text, that is no list item, editor's note, caption or credit. {@code
   * isByline} says whether the whole line reads as a byline.
   */
  private boolean hasHeadlineShape(Block block, Block next, boolean bodyAfter, boolean creditAfter, boolean isByline) {
    return HeadingShape.isShortLine(block, HEADLINE_MAX_CJK, HEADLINE_MAX_WORDS, true)
        && (bodyAfter || creditAfter || HeadingShape.isTextAfter(next))
        && !HeadingShape.isNumbered(block.text())
        && !HeadingShape.isEditorsNote(block.text())
        && !HeadingShape.isCaption(block.text())
        && !isByline
        && !CreditRules.hasGluedByline(bylines, block.text());
  }

  /**
   * True when the credit under a line over a caption run is one bare name that the run goes on
   * under, a caption that spells a name ({@code 夏夜} under {@code 挑担过桥的老人}), so the credit
   * does not take the line out of the caption-run rule. After a closing byline (the article above
   * is closed) the name is read as a new feature's credit instead ({@code 渔港的夏天} / {@code
   * 柳明川} / captions). That reading is wrong when the series after a closing byline has no title
   * and a name-like caption: pinned by {@code
   * ArticleSegmenterTest.captionThatSpellsANameInAnUntitledSeriesAfterAClosingBylineIsReadAsItsCredit}.
   */
  private static boolean runGoesOnUnderBareName(
      BylineDetector bylines, ArticleDraft current, Block next, Block creditNext) {
    return creditNext == null && !current.closed && CreditRules.isOneBareNameLine(bylines, next);
  }
}
