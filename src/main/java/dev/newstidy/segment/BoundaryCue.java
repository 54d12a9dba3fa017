package dev.newstidy.segment;

/**
 * One kind of evidence that a short plain line opens a new article rather than sits inside the
 * current one. Each cue has a value from 0 to 1; {@link BoundaryScorer} weighs them.
 */
public enum BoundaryCue {
  /** Longer text, or a credit line, follows the line: a headline stands over its body. */
  BODY_AFTER,
  /** A byline or a {@code ——} sub-headline follows the line: {@code By Ann Lee}, {@code 记者 甲乙}. */
  CREDIT_AFTER,
  /**
   * The next block opens with a dateline ({@code 本报讯}, {@code 新华社北京5月3日电}, {@code OSLO (AP) —})
   * or with an editor's note ({@code 编者按}), which stands at the top of an article, under its
   * headline.
   */
  DATELINE_AFTER,
  /** The text before stops in mid-sentence: an excerpt that was cut off, as scraped dumps do. */
  CUT_BEFORE,
  /** The article before ended with a closing byline. */
  BYLINE_BEFORE,
  /**
   * The vocabulary shared by the text before and the text after (TextTiling): one article goes on.
   * The share of shared terms, scaled so that a fifth counts 1.
   */
  COHESION,
  /** The share of the line's own terms repeated in the next blocks: a headline and its lead. */
  TITLE_IN_LEAD,
  /** The share of the line's terms found in the article so far: a subheading of that article. */
  TITLE_IN_BEFORE,
  /**
   * The line opens with a {@code 【…】} kicker ({@code 【乡村振兴】…}) or carries a series tag set off
   * by one vertical bar ({@code 亲历者说|…}, {@code …丨走基层}).
   */
  KICKER,
  /** The line is a run of Latin capitals: {@code FLOOD WATERS RECEDE IN TOWN}. */
  ALL_CAPS,
  /** The line holds a comma or semicolon inside: {@code Floods recede, roads reopen}, {@code 基层,在田野}. */
  CLAUSE_MARK,
  /**
   * A sentence ends inside the line: {@code Rivers rose. Towns wait}. Rare in headlines, common in
   * the cut-off last line of an excerpt.
   */
  INNER_SENTENCE,
  /**
   * Nothing says the article before has ended: no closing byline, no cut-off excerpt and no wider
   * gap before the line, no byline and no dateline after it. An in-text subheading stands so ({@code 一段话。},
   * {@code 新桥的变化}, {@code 下一段}), while a new article mostly comes with one of these ends.
   */
  UNENDED,
  /**
   * A short line (nine CJK characters or fewer, four Latin words or fewer: {@code 新桥的变化}, {@code
   * A long wait}) where nothing says the article before has ended ({@link #UNENDED}): the shape of
   * an in-text subheading. On the labelled corpus, short lines with an end before or after them
   * open an article about as often as longer ones; without one, hardly ever.
   */
  SHORT_UNENDED,
  /** Four CJK characters or fewer, or two Latin words or fewer: a name or a label more than a headline. */
  VERY_SHORT,
  /**
   * The share of the line's terms found in the opening of the article so far, its headline and its
   * first paragraphs: a subheading echoes the topic its article opened with ({@code 小偷村的真相} under a
   * headline and lead about the {@code 小偷村}), even when the last few paragraphs ({@link
   * #TITLE_IN_BEFORE}) do not.
   */
  TITLE_IN_ARTICLE,
  /**
   * The next block is another short heading-shaped line (no sentence end, no comma), not a byline
   * or dateline: two headings stacked ({@code 渔业合作社:码头又热闹了} over {@code 阿旺的新渔船}) or a run
   * of photo captions, which sit inside an article more often than they open one.
   */
  HEADING_AFTER,
  /**
   * The vocabulary shared by the text after the line and the opening of the article so far, its
   * headline and its lead (TextTiling against the topic the article opened with, not only its last
   * paragraphs): a section goes on with that topic ({@code 新桥带来的变化} over a paragraph on the
   * bridge, under a headline and lead on the bridge), a new article mostly does not. Scaled as
   * {@link #COHESION}.
   */
  ARTICLE_COHESION,
  /**
   * Another heading-shaped line follows ({@link #HEADING_AFTER}) and none of the line's own terms
   * recur in the next blocks ({@link #TITLE_IN_LEAD} 0): a section heading over a subsection
   * heading ({@code 渔业合作社:码头又热闹了} over {@code 阿旺的新渔船} and a paragraph about him), not a
   * headline over its sub-headline and lead, which mostly repeat its words. Its weight is fitted
   * in a second stage, over the other cues as they were ({@code BoundaryFit} in src/eval): on the
   * labelled corpus it cut the false boundaries left out site by site from 202 to 136 (missed 64 to
   * 72). A line with no words (a row of stars or dashes), or one right after a closing byline (a
   * pun headline over its deck: {@code A Bridge Too Far}), gets 0. Pinned by {@code
   * BoundaryEvidenceTest.sectionHeadingOverASubsectionHeadingIsUnechoed} and {@code
   * lineWithNoWordsIsNotUnechoed}, and end to end by {@code
   * ArticleSegmenterTest.punHeadlineOverADeckThatRepeatsNoneOfItsWordsStillOpensAnArticle}; {@code
   * ArticleSegmenterTest.colonSectionHeadingOverAPersonHeadingStaysInTheArticle} is the example end
   * to end (other cues keep that small case together even without this one).
   */
  UNECHOED_HEADING_AFTER,
  /**
   * The text before ends in a cut-off tail ({@link CutTail}): a short last line that stops in
   * mid-sentence ({@code And we insist}), none of whose words the line or its lead repeats, and
   * whose sentence the line cannot go on, and that bears a mark of a cut (it goes on from an
   * unfinished paragraph, opens on a conjunction, or repeats words from above; a section label over
   * a subheading, {@code Still to come}, has none). Shaped as a heading, it used to count as no end
   * at all ({@link #UNENDED}); it is the end of an excerpt that ran out, so the line may open an
   * article. A tail gets {@link #UNENDED} 0. On the labelled corpus (the fit's 4,360 candidates) it
   * fires on 78, all of them true boundaries, under the tails of five pages, with or without the
   * mark of a cut. Pinned by {@code CutTailTest}.
   */
  CUT_TAIL_BEFORE,
  /**
   * {@link #ARTICLE_COHESION} where the article before closed with a byline ({@link
   * #BYLINE_BEFORE}), else 0: once a story has signed off, the next one in a dump often shares its
   * topic (a paper's page of volunteer drives, of flood reports), so shared vocabulary says less
   * that the text goes on. Its weight offsets part of {@link #ARTICLE_COHESION}'s there. On the
   * labelled corpus 128 of the 136 candidates it is above 0 for are true boundaries, and all 12 above
   * 0.6 (five sites). Pinned by {@code BoundaryEvidenceTest.cohesionAfterAClosingBylineIsReadApart}.
   */
  COHESION_AFTER_BYLINE,
  /**
   * The share of the lead's terms that the article above keeps coming back to, its CJK bigrams
   * found in two or more of its parts ({@link RecurringTopic}), for a Chinese line where nothing
   * before it ends the article (no closing byline, cut-off paragraph or tail, or wider gap), else
   * 0: a long report's section, even one set over its own dateline ({@code 本报讯}, a reprinted
   * earlier report), goes on with the report's topic words however far back they were set; a new
   * story mostly does not. Scaled as {@link #COHESION}. Latin lines get 0, so that English
   * cohesion, which behaves otherwise, is left to the other cues; its weight is fitted in the
   * second stage ({@code BoundaryFit}), over the other weights as the first stage fitted them.
   * Pinned by {@code RecurringTopicTest} and end to end by {@code
   * ArticleSegmenterTest.sectionOverADatelineThatGoesOnWithTheReportsTopicStaysInIt}.
   */
  RECURRING_TOPIC_CJK
}
