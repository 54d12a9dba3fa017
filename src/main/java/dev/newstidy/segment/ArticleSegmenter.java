package dev.newstidy.segment;

import dev.newstidy.model.Article;
import dev.newstidy.model.Block;
import dev.newstidy.model.Byline;
import dev.newstidy.model.DroppedBlock;
import dev.newstidy.model.Part;
import dev.newstidy.model.MetadataBlock;
import dev.newstidy.model.Piece;
import dev.newstidy.model.Removal;
import dev.newstidy.model.RemovalReason;
import dev.newstidy.stage.byline.BylineDetector;
import dev.newstidy.stage.furniture.MetadataLineParser;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Cuts the block stream of one document after another into articles: headlines and sub-headlines,
 * section lead-ins, in-text subheadings, opening and closing bylines, and untitled items. A closing
 * byline ends an article, so bylines are found here, with one block of look-ahead.
 *
 * <p>Example, pinned by {@code ArticleSegmenterTest}: the blocks {@code # 标题}, {@code 正文。王书 曹波}
 * and {@code 图片新闻。史春雨 文/图} give two articles: {@code H[标题] P[正文。] B[王书 曹波]} and the
 * untitled {@code P[图片新闻。] B[史春雨 文/图]}. A block that opens with a lead-in in the style of the
 * article's earlier sections continues the article even after a byline (a byline the layout put in
 * mid-article).
 *
 * <p>Removed blocks ({@link DroppedBlock}) land in the article in progress where they stood; those
 * before the document's first article land in its first article.
 */
public final class ArticleSegmenter {
  /** How many blocks after a candidate headline its evidence reads: the lead and what follows. */
  static final int LOOK_AHEAD = 3;

  private final BylineDetector bylines;
  private final HeadlineRule headlines;
  private final MetadataLineParser metadata = new MetadataLineParser();
  /** The cohesion terms of the texts lately weighed, which the next candidates weigh again. */
  private final RecentTerms terms = new RecentTerms();
  private final Consumer<Article> sink;
  private final Deque<Piece> queue = new ArrayDeque<>();
  /**
   * How many pieces in {@link #queue} put a block in the text. Without it every piece arriving
   * behind a text block scanned the removed repeats queued after it: a page of 10⁵ copies of one
   * paragraph took quadratic time ({@code SegmenterRepeatsBenchmark} in src/eval shows it linear).
   */
  private int textBlocksQueued;
  private final List<Piece> beforeFirst = new ArrayList<>();
  private ArticleDraft current;
  private boolean markupSeen;

  /**
   * @param bylines the byline detector, or null when bylines are not looked for ({@code --no-byline})
   * @param sink receives each article as it ends, in input order
   */
  public ArticleSegmenter(BylineDetector bylines, Consumer<Article> sink) {
    this(bylines, BoundaryScorer.shipped(), sink, c -> {});
  }

  /**
   * @param scorer weighs the evidence for a plain headline
   * @param candidates receives every scored candidate headline, for {@code -v} and for fitting
   */
  public ArticleSegmenter(
      BylineDetector bylines, BoundaryScorer scorer, Consumer<Article> sink, Consumer<Candidate> candidates) {
    this(bylines, scorer, sink, candidates, Candidate::opensArticle);
  }

  /**
   * As {@link #ArticleSegmenter(BylineDetector, BoundaryScorer, Consumer, Consumer)}, with the
   * decision on each candidate taken by {@code decide} instead of the score. The weight fit
   * ({@code BoundaryFit} in src/eval) passes the labelled truth here, so that the cases it reads
   * follow the true articles and do not depend on the weights shipped at the time: the fit is one
   * reproducible command. Example, pinned by {@code ArticleSegmenterTest.forcedDecisionOverridesTheScore}:
   * with {@code c -> false} a headline candidate that scores above zero stays in the article.
   */
  public ArticleSegmenter(
      BylineDetector bylines,
      BoundaryScorer scorer,
      Consumer<Article> sink,
      Consumer<Candidate> candidates,
      Predicate<Candidate> decide) {
    this.bylines = bylines;
    this.headlines = new HeadlineRule(bylines, scorer, candidates, decide, terms);
    this.sink = sink;
  }

  /**
   * A short plain line that was weighed as a headline, with its evidence and the decision.
   *
   * @param block the line
   * @param cues each cue's value
   * @param decision the score, and whether it is above zero ({@link #opensArticle} says whether a
   *     new article started)
   * @param nextLine the score of the line under it, weighed as a headline with this one left in
   *     the text above, for a line that scores above zero under a paragraph that breaks off while
   *     nothing below takes up its words; else null (see {@link HeadlineRule} on stacked lines)
   */
  public record Candidate(
      Block block, Map<BoundaryCue, Double> cues, BoundaryScorer.Decision decision, BoundaryScorer.Decision nextLine) {
    /**
     * True when the line opens a new article: it scores above zero, and the line under it, weighed
     * as a headline with this one left in the text above ({@code nextLine}, when the rule read it),
     * does not score higher. See {@link HeadlineRule} on stacked lines.
     */
    public boolean opensArticle() {
      return decision.isBoundary() && !yieldsToNextLine();
    }

    /** True when the line scores above zero but the line under it scores higher as a headline. */
    public boolean yieldsToNextLine() {
      return nextLine != null && nextLine.score() > decision.score();
    }
  }

  /** Takes the next piece of the current document. */
  public void accept(Piece piece) {
    queue.add(piece);
    if (Pieces.asText(piece) != null) {
      textBlocksQueued++;
    }
    drain(false);
  }

  /** Ends the current document: its last article ends, and the next block starts afresh. */
  public void endDocument() {
    drain(true);
    finish();
    if (!beforeFirst.isEmpty()) {
      // A document that held nothing but removed blocks still accounts for them, in an empty record.
      Block first = Pieces.blockOf(beforeFirst.get(0));
      current = new ArticleDraft(null, first.span());
      attachPending();
      finish();
    }
    markupSeen = false;
    terms.clear();
  }

  /** The cohesion terms it remembers, for tests. */
  RecentTerms recentTerms() {
    return terms;
  }

  private void drain(boolean atEnd) {
    while (!queue.isEmpty()) {
      Piece head = queue.peek();
      Block block = Pieces.asText(head);
      if (block == null) {
        queue.poll();
        onAside(head);
        continue;
      }
      // The head needs the text blocks after it (its look-ahead), which are not all queued yet
      // while fewer are: counting them first keeps a long run of queued repeats from being
      // scanned again for every piece that arrives.
      if (textBlocksQueued <= LOOK_AHEAD + LeadReading.CUT_BLOCKS_MAX && !atEnd) {
        return;
      }
      List<Block> ahead = blocksAfterHead();
      Block creditNext = creditLineNext();
      queue.poll();
      textBlocksQueued--;
      onBlock(block, ahead, creditNext);
    }
  }

  /**
   * Up to {@link #LOOK_AHEAD} text blocks after the head of the queue, nearest first, and as many
   * more as a cut paragraph among them may need ({@link LeadReading}).
   */
  private List<Block> blocksAfterHead() {
    int most = LOOK_AHEAD + LeadReading.CUT_BLOCKS_MAX;
    List<Block> after = new ArrayList<>(most);
    boolean first = true;
    for (Piece piece : queue) {
      Block block = Pieces.asText(piece);
      if (first) {
        first = false;
      } else if (block != null) {
        after.add(block);
        if (after.size() == most) {
          break;
        }
      }
    }
    return after;
  }

  /**
   * The piece right after the head of the queue when it is a metadata line that credits authors
   * ({@code 作者:特约记者 柳明川}), or a desk's credit that names nobody ({@code Ledger Staff
   * Writer}, {@link CreditRules#isDeskCredit}, pinned by {@code
   * ArticleSegmenterTest.headlineOverADeskCreditOpensAnArticle}): a credit under the head, as a
   * byline would be, though the line leaves the text; else null. Pinned by {@code ArticleSegmenterTest.headlineOverAnAuthorLineOpensAnArticle}.
   */
  private Block creditLineNext() {
    var pieces = queue.iterator();
    pieces.next();
    return pieces.hasNext()
            && pieces.next() instanceof MetadataBlock meta
            && (!meta.authors().isEmpty() || CreditRules.isDeskCredit(meta.block().text()))
        ? meta.block()
        : null;
  }

  /** A removed block or a metadata line: it lands in the article in progress, or waits for the first. */
  private void onAside(Piece piece) {
    if (current == null) {
      beforeFirst.add(piece);
      return;
    }
    Pieces.attach(current, piece);
  }

  private void onBlock(Block block, List<Block> ahead, Block creditNext) {
    List<Block> after = ahead.subList(0, Math.min(LOOK_AHEAD, ahead.size()));
    switch (block.markup()) {
      case HEADLINE -> {
        markupSeen = true;
        start(block.text(), block);
      }
      case SUBHEADLINE, DASH_LINE -> {
        if (current != null && current.awaitingSubtitle) {
          current.subtitle = stripLeadingDashes(block.text());
          current.awaitingSubtitle = false;
          absorb(block);
        } else if (block.markup() == Block.Markup.SUBHEADLINE) {
          addSection(block);
        } else {
          onBody(block, after, ahead, creditNext);
        }
      }
      case SECTION -> addSection(block);
      case NONE -> onBody(block, after, ahead, creditNext);
    }
  }

  private void addSection(Block block) {
    if (current == null) {
      startUntitled(block);
    } else {
      current.closed = false;
      absorb(block);
    }
    current.body.add(Part.heading(block.text(), block.span()));
    current.sectionStyle = LeadIn.Style.SECTION_LINE;
    current.awaitingSubtitle = false;
  }

  private void onBody(Block block, List<Block> after, List<Block> ahead, Block creditNext) {
    Block next = after.isEmpty() ? null : after.get(0);
    String text = block.text();
    Optional<Byline> whole = bylines == null ? Optional.empty() : bylines.parseCreditLine(text);
    if (whole.isPresent()
        && CreditRules.isBareNames(whole.get())
        && (ContinuationRules.continuesAnOpenClause(current)
            || ContinuationRules.standsInCaptionRun(current, bylines, block, after))) {
      whole = Optional.empty();
    }
    if (!markupSeen && headlines.isPlainHeadline(
        current, block, after, ahead, whole.isPresent(), creditNext)) {
      start(text, block);
      return;
    }
    if (!markupSeen && whole.isEmpty() && ContinuationRules.opensUntitledAfterGap(current, block)) {
      finish();
    }
    Optional<LeadIn> leadIn = LeadIn.parse(text);
    if (current != null && current.closed) {
      boolean nextSection = leadIn.isPresent() && leadIn.get().style() == current.sectionStyle;
      boolean goesOn =
          !nextSection
              && (ContinuationRules.continuesTopic(current, block, after, terms)
                  || ContinuationRules.echoesHeadline(current, block, after, terms));
      if (goesOn) {
        // Unlike a section's signature before the next section, bare names before text that goes on
        // with the article's words closed nothing.
        current.reopenGluedNames(text);
      }
      if (nextSection || goesOn) {
        current.closed = false;
      } else if (whole.isEmpty() || ContinuationRules.opensUntitledWithCredit(current, bylines, block, after)) {
        finish();
      }
    }
    if (current == null) {
      startUntitled(block);
    } else {
      absorb(block);
    }
    boolean opening = current.body.isEmpty();
    current.awaitingSubtitle = false;
    if (whole.isPresent()) {
      Byline found = whole.get().at(block.span().firstLine());
      if (!opening && CreditRules.isOneBareName(found, text)) {
        // A name alone on its line: a closing byline, or, when it comes again, a speaker's label.
        boolean label = current.takeNameLine(text, found, block.span());
        current.closed = !label;
        return;
      }
      current.addByline(found);
      // A byline before any text opens the article (By A and B); anywhere else it closes it.
      current.closed = !opening;
      return;
    }
    if (leadIn.isPresent()) {
      current.body.add(Part.heading(leadIn.get().heading(), block.span()));
      current.sectionStyle = leadIn.get().style();
      text = leadIn.get().rest();
      if (text.isEmpty()) {
        return;
      }
    } else if (ContinuationRules.isInTextSubheading(current, block, next) && !CreditRules.hasGluedByline(bylines, text)) {
      current.body.add(Part.heading(text, block.span()));
      return;
    }
    Optional<MetadataLineParser.Trailing> meta = metadata.findTrailing(text);
    if (meta.isPresent()) {
      text = meta.get().body();
      current.removed.add(new Removal(RemovalReason.METADATA, block.span(), meta.get().removedText(), null));
      current.metadata = current.metadata.plus(meta.get().parsed().metadata());
    }
    if (bylines != null) {
      Optional<BylineDetector.Split> split =
          bylines.findTrailing(text)
              .filter(found -> !CreditRules.isCutBeforeAClause(found.byline(), next)
                  && !CreditRules.namesTheSubject(found, current));
      if (split.isPresent()) {
        // Glued to the end of the paragraph: on the block's last line.
        Byline credit = split.get().byline().at(block.span().lastLine());
        // A caption's photo credit (…客流增加 江小帆 摄) stands in mid-article; it ends nothing, and
        // it stays in its caption as the paper prints it: the photographer is credited in the
        // byline too, but the caption keeps its credit. Pinned by
        // ArticleSegmenterTest.captionPhotoCreditInMidArticleDoesNotCloseIt.
        if (split.get().isCaptionCredit()) {
          current.addCaptionCredit(credit.inCaption());
          current.body.add(Part.paragraph(text, block.span()));
          return;
        }
        current.addByline(credit);
        current.closed = true;
        if (split.get().body().isBlank()) {
          return;
        }
        current.body.add(Part.paragraph(split.get().body(), block.span()));
        if (CreditRules.isUnbracketedBareNames(credit)) {
          current.rememberGluedNames(credit, text);
        }
        return;
      }
    }
    if (!text.isBlank()) {
      current.body.add(Part.paragraph(text, block.span()));
    }
  }

  private void start(String title, Block headline) {
    finish();
    current = new ArticleDraft(title, headline.span());
    current.warnings.addAll(headline.warnings());
    attachPending();
  }

  private void startUntitled(Block block) {
    finish();
    current = new ArticleDraft(null, block.span());
    current.warnings.addAll(block.warnings());
    attachPending();
  }

  private void attachPending() {
    for (Piece piece : beforeFirst) {
      Pieces.attach(current, piece);
    }
    beforeFirst.clear();
  }

  /** Adds a block's span, gap and warnings to the current article. */
  private void absorb(Block block) {
    current.widestGap = Math.max(current.widestGap, block.blankLinesBefore());
    current.extend(block.span());
    current.warnings.addAll(block.warnings());
  }

  private void finish() {
    if (current != null) {
      sink.accept(current.build());
      current = null;
    }
  }

  /** {@code ——连云港市…} gives {@code 连云港市…}. */
  static String stripLeadingDashes(String text) {
    int i = 0;
    while (i < text.length() && "—–-－ \u3000".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    String stripped = text.substring(i).strip();
    return stripped.isEmpty() ? text : stripped;
  }
}
