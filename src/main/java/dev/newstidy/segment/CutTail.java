package dev.newstidy.segment;

import dev.newstidy.stage.repair.BrokenParagraphJoiner;
import dev.newstidy.text.Punctuation;
import dev.newstidy.text.Scripts;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether the text before a candidate line ends in a cut-off tail: a short last line that stops in
 * mid-sentence, none of whose words the line or its lead repeats, and whose sentence the line
 * cannot go on. A scraped excerpt that runs out a few words into its last paragraph leaves such a
 * line ({@code And we insist}, {@code 我们乡里}), shaped as a heading, so the cut-off test ({@link
 * BoundaryCue#CUT_BEFORE}) passes over it and the article above reads as unended ({@link
 * BoundaryCue#UNENDED}). A heading heads what follows it: its words mostly recur in the text below
 * (a subheading names its section), a tail's words belong to the text above.
 *
 * <p>Examples, pinned by {@code CutTailTest}: {@code And we insist} over the line {@code Harbor
 * Ferry Sails Again} and a lead on the ferry is a tail; {@code The long wait} over {@code Ferry
 * Returns}, whose lead tells of the wait, is a heading (echoed); {@code The prize went to} over
 * {@code Maria Okafor of Dunmore} is a page-break cut that the line goes on (a function word ends
 * it), and so is {@code 县里还专门成立了负责巡查的} over {@code 工作小组}; a line that ends a
 * sentence, or is too long for a heading, is no tail here ({@code CUT_BEFORE} reads it), and
 * neither is a caption under another caption.
 */
final class CutTail {
  /**
   * A colon sets a label before a statement, a heading's shape ({@code 渔业合作社:码头又热闹了}, {@code
   * Ferry: The Long Wait}), which is why a heading's comma test passes colons over: a line with one is
   * no tail.
   */
  private static final Pattern LABEL_COLON = Pattern.compile("[:：]");

  /** A Latin word that opens in lower case: running text has them, names and headings in capitals do not. */
  private static final Pattern LOWER_CASE_WORD = Pattern.compile("(?:^|\\s)\\p{Ll}");

  /**
   * A conjunction that opens a line goes on from the sentence before it: {@code And we insist},
   * {@code 而且村里}. A label or heading does not open on one ({@code Looking ahead}, {@code 下一步}).
   */
  private static final Pattern OPENING_CONJUNCTION =
      Pattern.compile("^(?:(?:And|But|Or|Nor|Yet|So|Because)\\b|但是|而且|并且|所以|因此|因为|以及)");

  private CutTail() {}

  /**
   * True when the last of {@code before}, the text right before {@code line}, is a cut-off tail.
   * A tail ends running text: the text before it holds a finished sentence. A short line under a
   * line that holds none is one of a run (a photo series' captions, a list of names), not the
   * cut-off end of an excerpt: {@code 收网归来的渔家女} under {@code 渡口边的摆渡人} or under a dated
   * caption, {@code 6月3日柳溪村举办龙舟赛,村民在岸边加油助威}, is no tail.
   *
   * @param before the texts of the current article's last paragraphs, oldest first
   * @param title the terms of {@code line}
   * @param next the terms of the blocks after {@code line}, its lead
   */
  static boolean isCutTail(RecentTerms terms, List<String> before, String line, TermSet title, TermSet next) {
    int n = before.size();
    if (n < 2 || Punctuation.endOfLastSentence(before.get(n - 2)) < 0) {
      return false;
    }
    String last = before.get(n - 1);
    if (!BoundaryEvidence.isCutOff(last)
        || !BoundaryEvidence.isHeadingShaped(last)
        || LABEL_COLON.matcher(last).find()
        || (Scripts.count(last).cjk() == 0 && !LOWER_CASE_WORD.matcher(last.strip()).find())) {
      return false;
    }
    TermSet own = terms.of(last);
    return !own.isEmpty()
        && LexicalCohesion.coverage(own, title) == 0
        && LexicalCohesion.coverage(own, next) == 0
        && !BrokenParagraphJoiner.goesOnInto(last, line)
        && showsACut(terms, before, own);
  }

  /**
   * True when the last of {@code before} bears a mark of a cut, not just a heading's shape: it goes
   * on from the paragraph above, which stops without a sentence end ({@code …受到不同程} over {@code
   * 度的影响}); it opens on a conjunction ({@code And we insist}); or its words recur in the text
   * above (a tail belongs to its paragraph's story). A line that stops on a dangling word is read by
   * {@link BrokenParagraphJoiner#goesOnInto} before this. A section label stacked over a subheading has none:
   * {@code Looking ahead} under {@code …the fares stayed the same.}, {@code 下一步怎么走} under
   * {@code …看着第一辆公交车驶过新桥。}.
   */
  static boolean showsACut(RecentTerms terms, List<String> before, TermSet own) {
    int n = before.size();
    String last = before.get(n - 1).strip();
    return !Punctuation.endsSentence(before.get(n - 2))
        || OPENING_CONJUNCTION.matcher(last).find()
        || LexicalCohesion.coverage(own, terms.of(before.subList(0, n - 1))) > 0;
  }
}
