package dev.newstidy.segment;

import dev.newstidy.text.Scripts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The value of {@link BoundaryCue#RECURRING_TOPIC_CJK}: how much of a Chinese candidate's lead
 * is made of the terms that the article above keeps coming back to. A long report's own topic
 * words (a place, an event, the people in it) recur from paragraph to paragraph, and a section of
 * the report goes on with them however far back in the report they were set (of its first {@link
 * #PARTS_MAX} parts); a paper's next story, even on a
 * neighbouring topic, shares its everyday vocabulary ({@code 近年}, {@code 据了解}) only here and
 * there, and that vocabulary seldom recurs in every paragraph above.
 *
 * <p>Example, pinned by {@code RecurringTopicTest}: an article whose headline and paragraphs
 * each name {@code 柳溪镇} and its {@code 茶园} (the bigrams {@code 柳溪}, {@code 溪镇}, {@code 茶园}
 * recur), then the line {@code 柳溪镇茶园的前世今生} over a lead on the {@code 柳溪镇} tea gardens,
 * gives a high value; the same line over a lead on a harbour in another town gives 0, and so does
 * any line after a closing byline or a cut-off paragraph, and any Latin line.
 *
 * <p>Measured on the labelled corpus (the fit's 4,360 candidates of seeds 1–10), it is above 0.5
 * on 36 of the 1,648 Chinese lines that open an article (10 sites) and on 614 of the 1,076 that
 * stay in theirs (29 sites); {@code ARTICLE_COHESION}, read against the article's opening alone,
 * is above 0.5 on 30 and 472 of them.
 */
final class RecurringTopic {
  /** The share of shared terms at which the cue counts fully, as {@code COHESION} reads it. */
  private static final double FULL = 0.2;

  /**
   * How many parts of the article are read: enough for any report's sections, bounded so that a
   * candidate in a run-on article costs the same however long it has grown.
   */
  static final int PARTS_MAX = 40;

  private RecurringTopic() {}

  /**
   * The cue's value for {@code line}.
   *
   * @param article the texts of the article so far, its headline (when it has one) first, at most
   *     {@link #PARTS_MAX} of its parts
   * @param after the texts of the candidate's lead, nearest first
   * @param ended something before the line ends the article: a closing byline, a cut-off
   *     paragraph or tail, a wider blank gap. After an end the next story is weighed by the
   *     other cues: stories of one page often share a topic ({@code COHESION_AFTER_BYLINE}).
   */
  static double of(String line, List<String> article, List<String> after, boolean ended) {
    return of(line, article, after, ended, LexicalCohesion::terms);
  }

  /**
   * As {@link #of(String, List, List, boolean)}, with the terms of each of {@code article}'s texts
   * from {@code termsOf}: the segmenter cuts a part's terms once, not again for every candidate
   * after it ({@link ArticleDraft#termsOf}).
   */
  static double of(
      String line, List<String> article, List<String> after, boolean ended, Function<String, TermSet> termsOf) {
    if (ended || article.size() < 2 || !isChinese(line)) {
      return 0;
    }
    List<TermSet> sets = new ArrayList<>(article.size());
    for (String text : article) {
      sets.add(termsOf.apply(text));
    }
    return Math.min(1, LexicalCohesion.overlap(recurringIn(sets), LexicalCohesion.terms(after)) / FULL);
  }

  /**
   * The terms found in two or more of {@code texts}: {@code 柳溪镇修桥}, {@code 柳溪镇通车}, {@code
   * 大家好} give {@code 柳溪} and {@code 溪镇}.
   */
  static TermSet recurring(List<String> texts) {
    List<TermSet> sets = new ArrayList<>(texts.size());
    for (String text : texts) {
      sets.add(LexicalCohesion.terms(text));
    }
    return recurringIn(sets);
  }

  /** The keys found in two or more of {@code sets}, in one pass over their keys. */
  private static TermSet recurringIn(List<TermSet> sets) {
    int keys = 0;
    for (TermSet set : sets) {
      keys += set.size();
    }
    TermSet.Builder seen = new TermSet.Builder(keys);
    TermSet.Builder again = new TermSet.Builder(keys / 2);
    for (TermSet set : sets) {
      seen.addAll(set, again);
    }
    return again.build();
  }

  /** A line whose CJK characters carry a third of its weight or more: {@code 柳溪镇茶园} yes, {@code Tea in Willow} no. */
  private static boolean isChinese(String line) {
    return Scripts.count(line).languageTag().equals("zh");
  }
}
