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
import dev.newstidy.text.Punctuation;
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
  /** Longest plain-text headline, in CJK characters and in Latin words. */
  private static final int HEADLINE_MAX_CJK = 40;

  private static final int HEADLINE_MAX_WORDS = 20;

  /** Longest in-text subheading, in CJK characters and in Latin words. */
  private static final int SUBHEADING_MAX_CJK = 25;

  private static final int SUBHEADING_MAX_WORDS = 10;

  /** How many blocks after a candidate headline its evidence reads: the lead and what follows. */
  private static final int LOOK_AHEAD = 3;

  /** How many paragraphs before a candidate headline its evidence reads. */
  private static final int LOOK_BEHIND = 3;

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

  private final BylineDetector bylines;
  private final BoundaryScorer scorer;
  private final MetadataLineParser metadata = new MetadataLineParser();
  private final Consumer<Article> sink;
  private final Consumer<Candidate> candidates;
  private final Predicate<Candidate> decide;
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
    this(bylines, scorer, sink, candidates, c -> c.decision().isBoundary());
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
    this.scorer = scorer;
    this.sink = sink;
    this.candidates = candidates;
    this.decide = decide;
  }

  /**
   * A short plain line that was weighed as a headline, with its evidence and the decision.
   *
   * @param block the line
   * @param cues each cue's value
   * @param decision the score and whether a new article started
   */
  public record Candidate(Block block, Map<BoundaryCue, Double> cues, BoundaryScorer.Decision decision) {}

  /** Takes the next piece of the current document. */
  public void accept(Piece piece) {
    queue.add(piece);
    if (asText(piece) != null) {
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
      Block first = blockOf(beforeFirst.get(0));
      current = new ArticleDraft(null, first.span());
      attachPending();
      finish();
    }
    markupSeen = false;
  }

  private void drain(boolean atEnd) {
    while (!queue.isEmpty()) {
      Piece head = queue.peek();
      Block block = asText(head);
      if (block == null) {
        queue.poll();
        onAside(head);
        continue;
      }
      // The head needs the text blocks after it (its look-ahead), which are not all queued yet
      // while fewer are: counting them first keeps a long run of queued repeats from being
      // scanned again for every piece that arrives.
      if (textBlocksQueued <= LOOK_AHEAD && !atEnd) {
        return;
      }
      List<Block> after = blocksAfterHead();
      Block creditNext = creditLineNext();
      queue.poll();
      textBlocksQueued--;
      onBlock(block, after, creditNext);
    }
  }

  /** Up to {@link #LOOK_AHEAD} text blocks after the head of the queue, nearest first. */
  private List<Block> blocksAfterHead() {
    List<Block> after = new ArrayList<>(LOOK_AHEAD);
    boolean first = true;
    for (Piece piece : queue) {
      Block block = asText(piece);
      if (first) {
        first = false;
      } else if (block != null) {
        after.add(block);
        if (after.size() == LOOK_AHEAD) {
          break;
        }
      }
    }
    return after;
  }

  /**
   * The piece right after the head of the queue when it is a metadata line that credits authors
   * ({@code 作者:特约记者 柳明川}): a credit under the head, as a byline would be, though the line
   * leaves the text; else null. Pinned by {@code ArticleSegmenterTest.headlineOverAnAuthorLineOpensAnArticle}.
   */
  private Block creditLineNext() {
    var pieces = queue.iterator();
    pieces.next();
    return pieces.hasNext() && pieces.next() instanceof MetadataBlock meta && !meta.authors().isEmpty()
        ? meta.block()
        : null;
  }

  /**
   * The block a piece puts in the text, or null. A repeat that {@code --keep-duplicates} only marks
   * is an aside here like any removed block, so that it cuts no article and hides no byline: the
   * articles are cut exactly as without the option, and the repeat goes back into the body where
   * it stood ({@link #attach}). Pinned by {@code ArticleSegmenterTest.keptRepeatCutsTheArticlesAsARemovedOneDoes}.
   */
  private static Block asText(Piece piece) {
    return piece instanceof Block block ? block : null;
  }

  /** A removed block or a metadata line: it lands in the article in progress, or waits for the first. */
  private void onAside(Piece piece) {
    if (current == null) {
      beforeFirst.add(piece);
      return;
    }
    attach(piece);
  }

  private void attach(Piece piece) {
    Block block = blockOf(piece);
    if (piece instanceof DroppedBlock dropped) {
      current.removed.add(dropped.removal());
      if (dropped.removal().kept()) {
        current.body.add(Part.paragraph(block.text(), block.span()));
      }
    } else if (piece instanceof MetadataBlock meta) {
      current.removed.add(meta.removal());
      current.metadata = current.metadata.plus(meta.metadata());
      if (!meta.authors().isEmpty()) {
        current.addByline(new Byline(authorsText(meta), meta.authors(), block.span().firstLine()));
      }
    }
    current.warnings.addAll(block.warnings());
    current.extend(block.span());
  }

  private static String authorsText(MetadataBlock meta) {
    StringBuilder s = new StringBuilder();
    meta.authors().forEach(c -> s.append(s.length() == 0 ? "" : " ").append(c.name()));
    return s.toString();
  }

  private static Block blockOf(Piece piece) {
    if (piece instanceof Block block) {
      return block;
    }
    if (piece instanceof DroppedBlock dropped) {
      return dropped.block();
    }
    return ((MetadataBlock) piece).block();
  }

  private void onBlock(Block block, List<Block> after, Block creditNext) {
    Block next = after.isEmpty() ? null : after.get(0);
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
          onBody(block, after, creditNext);
        }
      }
      case SECTION -> addSection(block);
      case NONE -> onBody(block, after, creditNext);
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

  private void onBody(Block block, List<Block> after, Block creditNext) {
    Block next = after.isEmpty() ? null : after.get(0);
    String text = block.text();
    Optional<Byline> whole = bylines == null ? Optional.empty() : bylines.parseCreditLine(text);
    if (whole.isPresent() && isBareNames(whole.get()) && continuesAnOpenClause()) {
      whole = Optional.empty();
    }
    if (!markupSeen && isPlainHeadline(block, after, whole.isPresent(), creditNext)) {
      start(text, block);
      return;
    }
    if (!markupSeen && whole.isEmpty() && opensUntitledAfterGap(block)) {
      finish();
    }
    Optional<LeadIn> leadIn = LeadIn.parse(text);
    if (current != null && current.closed) {
      boolean continues =
          (leadIn.isPresent() && leadIn.get().style() == current.sectionStyle)
              || continuesTopic(block, after)
              || echoesHeadline(block, after);
      if (continues) {
        current.closed = false;
      } else if (whole.isEmpty() || opensUntitledWithCredit(block, next)) {
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
      if (!opening && isOneBareName(found, text)) {
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
    } else if (isInTextSubheading(block, next) && !hasGluedByline(text)) {
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
      Optional<BylineDetector.Split> split = bylines.findTrailing(text);
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
        text = split.get().body();
        current.closed = true;
      }
    }
    if (!text.isBlank()) {
      current.body.add(Part.paragraph(text, block.span()));
    }
  }

  /**
   * A short plain line without a sentence end, before longer body text or a byline, that the
   * weighed evidence says opens a new article (see {@link BoundaryEvidence}): at the start of a
   * document always, elsewhere when {@link BoundaryScorer} scores it above zero. Only in documents
   * that have shown no {@code #} headline. {@code isByline} says whether the whole block reads as
   * a byline, which no headline does; {@code creditNext} the author metadata line that follows, or null.
   */
  private boolean isPlainHeadline(Block block, List<Block> after, boolean isByline, Block creditNext) {
    Block next = after.isEmpty() ? null : after.get(0);
    boolean creditAfter = creditNext != null || isSubtitleOrByline(next);
    boolean bodyAfter = HeadingShape.isBodyAfter(block, next);
    if (!HeadingShape.isShortLine(block, HEADLINE_MAX_CJK, HEADLINE_MAX_WORDS, true)
        || !(bodyAfter || creditAfter || HeadingShape.isTextAfter(next))
        || HeadingShape.isNumbered(block.text())
        || HeadingShape.isEditorsNote(block.text())
        || HeadingShape.isCaption(block.text())
        || isByline
        || hasGluedByline(block.text())) {
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
    if (!current.closed && endsOnSubheading()) {
      return false;
    }
    if (current.body.isEmpty() && !current.closed) {
      // A headline stands over a body: the line right under one is its lead or sub-headline.
      return false;
    }
    List<String> afterTexts = new ArrayList<>(after.size() + 1);
    if (creditNext != null) {
      // Read as a byline block under the line would be: the credit first, then the lead.
      afterTexts.add(creditNext.text());
    }
    after.forEach(b -> afterTexts.add(b.text()));
    Map<BoundaryCue, Double> cues =
        BoundaryEvidence.of(
            block.text(),
            opening(),
            textsBefore(),
            afterTexts,
            creditAfter || bodyAfter,
            creditAfter,
            current.closed,
            isWiderGap(block));
    BoundaryScorer.Decision decision = scorer.score(cues);
    Candidate candidate = new Candidate(block, cues, decision);
    candidates.accept(candidate);
    return decide.test(candidate);
  }

  /**
   * True when the current article's last part is a short numbered line without a sentence end, read
   * as a subheading or as a paragraph ({@code 一、发动村民共同养护} after a cut paragraph): right under
   * it stands its section's first paragraph, however short (a page-break fragment such as {@code
   * 环湖路修通后，预计每年可为渔户}), since no article ends on a numbered subheading. Pinned by {@code
   * ArticleSegmenterTest.shortLineUnderASubheadingStaysInTheSection}. Not for an unnumbered short
   * line, which may be a cut-off last paragraph before the next headline, nor for a numbered item
   * that ends a sentence ({@code 一、村民组成了养护队。}).
   */
  private boolean endsOnSubheading() {
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
  private List<String> opening() {
    List<String> texts = new ArrayList<>(LOOK_BEHIND + 1);
    if (current.title != null) {
      texts.add(current.title);
    }
    for (Part part : current.body.subList(0, Math.min(LOOK_BEHIND, current.body.size()))) {
      texts.add(part.text());
    }
    return texts;
  }

  /** The texts of the current article's last few parts, its headline when it has no more. */
  private List<String> textsBefore() {
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
  private boolean continuesTopic(Block block, List<Block> after) {
    if (current.body.isEmpty() || isWiderGap(block)) {
      return false;
    }
    List<String> next = new ArrayList<>(after.size() + 1);
    next.add(block.text());
    after.forEach(b -> next.add(b.text()));
    return LexicalCohesion.overlap(LexicalCohesion.terms(textsBefore()), LexicalCohesion.terms(next))
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
  private boolean echoesHeadline(Block block, List<Block> after) {
    if (current.title == null || current.body.size() > EARLY_CREDIT_PARTS || isWiderGap(block)) {
      return false;
    }
    List<String> lead = new ArrayList<>(2);
    lead.add(block.text());
    if (!after.isEmpty()) {
      lead.add(after.get(0).text());
    }
    return LexicalCohesion.coverage(LexicalCohesion.terms(current.title), LexicalCohesion.terms(lead))
        >= HEADLINE_ECHO;
  }

  /** Two or more blank lines before the block, more than between any two blocks of the article. */
  private boolean isWiderGap(Block block) {
    return current != null && block.blankLinesBefore() >= 2 && block.blankLinesBefore() > current.widestGap;
  }

  /**
   * True when a body block stands after a wider blank gap than any inside the article so far, which
   * already holds text: an untitled item (a photo with its caption) starts there. A short
   * heading-shaped line after such a gap ({@code 一、强化组织保障}) is a section of the article.
   */
  private boolean opensUntitledAfterGap(Block block) {
    return current != null
        && !current.body.isEmpty()
        && isWiderGap(block)
        && !HeadingShape.isShortLine(block, SUBHEADING_MAX_CJK, SUBHEADING_MAX_WORDS);
  }

  /**
   * True when a whole-line credit after an article that a byline already closed opens an untitled
   * item: it stands after a wider blank gap than any inside the article, and prose follows it (a
   * block that holds a finished sentence). Example, pinned by {@code
   * ArticleSegmenterTest.creditAfterAClosedArticleAndAWiderGapOpensAnUntitledItem}: {@code …一派丰收景象。},
   * {@code 通讯员 韦青禾 摄}, two blank lines, {@code 文:许晴 图:何川}, {@code 3月2日,溪口新桥通车。…} gives two
   * articles, the second untitled and credited to 许晴 and 何川. A second credit line under the
   * first, or one followed by a headline, stays with the article.
   */
  private boolean opensUntitledWithCredit(Block block, Block next) {
    return isWiderGap(block)
        && next != null
        && next.markup() == Block.Markup.NONE
        && Punctuation.endOfLastSentence(next.text()) > 0
        && bylines.parseWhole(next.text()).isEmpty();
  }

  /**
   * True when the article's last paragraph ends on a comma, an enumeration comma or a semicolon: the
   * next block goes on with that sentence, and bare names in it are a list, not a credit ({@code
   * …从左至右依次为林一舟、许晴、} then {@code 何川、邵明远}). A credit with a role ({@code 〔記者林一舟／溪口報導〕},
   * {@code 记者 林一舟}) still reads after a cut. Pinned by {@code
   * ArticleSegmenterTest.namesAfterAParagraphCutOnAnEnumerationCommaAreNoByline}.
   */
  private boolean continuesAnOpenClause() {
    Part last = current == null ? null : current.lastPart();
    return last != null && last.isParagraph() && BylineDetector.endsOnAnOpenClause(last.text());
  }

  /** {@code 林一舟、许晴} yes: names with no role; {@code 记者 林一舟} and {@code 林一舟 摄} no. */
  private static boolean isBareNames(Byline byline) {
    return byline.credits().stream().allMatch(c -> c.role() == null);
  }

  /** {@code 柳明川} yes; {@code 记者 柳明川}, {@code 柳明川 韦青禾} and {@code 柳明川 摄} no. */
  private static boolean isOneBareName(Byline byline, String text) {
    return byline.credits().size() == 1
        && byline.credits().get(0).role() == null
        && byline.credits().get(0).name().equals(text.strip());
  }

  /** True when {@code text} ends with a byline glued after its last sentence: it closes an article. */
  private boolean hasGluedByline(String text) {
    return bylines != null && bylines.findTrailing(text).isPresent();
  }

  /** A {@code ——} sub-headline line or a whole-line byline, which may follow a plain headline. */
  private boolean isSubtitleOrByline(Block next) {
    if (next == null) {
      return false;
    }
    return next.markup() == Block.Markup.DASH_LINE
        || (bylines != null && bylines.parseWhole(next.text()).isPresent());
  }

  /**
   * A short line between two paragraphs of one article, after a finished sentence and before longer
   * text: a subheading such as {@code 一、强化组织保障}, not a page break.
   */
  private boolean isInTextSubheading(Block block, Block next) {
    Part last = current.lastPart();
    if (last == null || (last.isParagraph() && !Punctuation.endsSentence(last.text()))) {
      return false;
    }
    return HeadingShape.isShortLine(block, SUBHEADING_MAX_CJK, SUBHEADING_MAX_WORDS)
        && HeadingShape.isBodyAfter(block, next);
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
      attach(piece);
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
