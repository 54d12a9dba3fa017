package dev.newstidy.stage;

import com.google.common.collect.ImmutableList;
import dev.newstidy.config.RepairSettings;
import dev.newstidy.model.Article;
import dev.newstidy.model.Block;
import dev.newstidy.model.Piece;
import dev.newstidy.segment.ArticleSegmenter;
import dev.newstidy.segment.BoundaryScorer;
import dev.newstidy.stage.byline.BylineDetector;
import dev.newstidy.stage.byline.ChineseNames;
import dev.newstidy.stage.byline.EditorCreditMover;
import dev.newstidy.stage.check.OddityFinder;
import dev.newstidy.stage.dedup.NearDuplicateIndex;
import dev.newstidy.stage.dedup.ParagraphIndex;
import dev.newstidy.stage.dedup.RepairedParagraphRemover;
import dev.newstidy.stage.dedup.RepeatedParagraphRemover;
import dev.newstidy.stage.furniture.BlockTriage;
import dev.newstidy.stage.furniture.BoilerplateDetector;
import dev.newstidy.stage.furniture.LineEvidence;
import dev.newstidy.stage.furniture.MetadataLineParser;
import dev.newstidy.stage.furniture.ChromeModel;
import dev.newstidy.stage.furniture.PageChromeTriage;
import dev.newstidy.stage.furniture.ShortLineMemory;
import dev.newstidy.stage.repair.BrokenParagraphJoiner;
import dev.newstidy.stage.repair.DatelineExtractor;
import dev.newstidy.stage.repair.Dehyphenator;
import dev.newstidy.stage.repair.EmphasisMarkupRemover;
import dev.newstidy.stage.repair.PunctuationWidthNormaliser;
import dev.newstidy.stage.repair.TruncationFlagger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The one place where the chain is assembled: blocks go through repeated-paragraph removal (on the
 * blocks as scraped, before any join), then the segmenter (articles, with their bylines), then the
 * article stages in a fixed order with paragraph-level repeats after the repairs, then to the sink.
 *
 * <p>Blocks first meet {@link BlockTriage} (furniture dropped, metadata lines read into fields), so
 * that a site's menu is never taken for a headline nor reported as a repeat.
 *
 * <p>The article stages run in this order, and why:
 *
 * <ol>
 *   <li>{@link EmphasisMarkupRemover}: body text is plain text before anything reads it;
 *   <li>{@link DatelineExtractor}: on the first paragraph as it stood, before any join;
 *   <li>{@link OddityFinder}: before joining, so that each warning names its block's own line;
 *   <li>{@link BrokenParagraphJoiner}: repairs page and column breaks;
 *   <li>{@link Dehyphenator}: after every join, when the whole article can say which cut words are
 *       compounds;
 *   <li>{@link RepairedParagraphRemover} (run-wide state, so not an article stage): a paragraph made
 *       whole by a join that repeats an earlier paragraph goes, and is remembered so that a later
 *       whole copy goes at block level;
 *   <li>{@link TruncationFlagger}: on the joined paragraphs;
 *   <li>{@link PunctuationWidthNormaliser}: last, so that every rule before it reads the text as
 *       scraped.
 * </ol>
 */
public final class Pipeline {
  private final BlockTriage triage;
  private final PageChromeTriage chrome;
  /** The blocks of the current page (a record of a structured input), held until it ends. */
  private final List<Block> page = new ArrayList<>();
  /**
   * The first blocks of the current text document, held until it ends or holds more than {@link
   * #PAGE_BLOCKS}: a text file that short is triaged as a page when {@link
   * PageChromeTriage#looksLikePage} says it reads as one.
   */
  private final List<Block> text = new ArrayList<>();
  /** True once the current text document is past its held blocks and streams. */
  private boolean streaming;
  /** Blocks of a text file past which it is a dump, not a page: a long page has a few hundred lines. */
  private static final int PAGE_BLOCKS = 400;
  private final RepeatedParagraphRemover repeats;
  private final ArticleSegmenter segmenter;
  private final ImmutableList<ArticleStage> repairs;
  private final RepairedParagraphRemover repaired;
  private final ImmutableList<ArticleStage> finishing;
  private final Consumer<Article> sink;

  private Pipeline(
      RepairSettings settings,
      ParagraphIndex index,
      NearDuplicateIndex near,
      Consumer<Article> sink,
      Consumer<ArticleSegmenter.Candidate> boundaries,
      ShortLineMemory shortLines,
      ChromeModel chromeModel) {
    this.sink = sink;
    this.repeats =
        settings.dedup()
            ? new RepeatedParagraphRemover(index, settings.minRepeatChars(), settings.keepDuplicates(), near)
            : null;
    this.repaired =
        settings.dedup()
            ? new RepairedParagraphRemover(index, settings.minRepeatChars(), settings.keepDuplicates(), near)
            : null;
    BylineDetector names = new BylineDetector(ChineseNames.load());
    BylineDetector bylines = settings.bylines() ? names : null;
    BoilerplateDetector boilerplate = BoilerplateDetector.load();
    MetadataLineParser metadata = new MetadataLineParser();
    Predicate<String> isByline = line -> names.parseWhole(line).isPresent();
    this.triage = new BlockTriage(boilerplate, metadata, isByline, shortLines);
    this.chrome = new PageChromeTriage(LineEvidence.load(chromeModel), boilerplate, metadata, isByline);
    this.segmenter = new ArticleSegmenter(bylines, BoundaryScorer.shipped(), this::finishArticle, boundaries);
    ImmutableList.Builder<ArticleStage> chain = ImmutableList.builder();
    chain.add(new EmphasisMarkupRemover());
    chain.add(new DatelineExtractor(bylines));
    chain.add(new EditorCreditMover());
    chain.add(new OddityFinder());
    if (settings.join()) {
      chain.add(new BrokenParagraphJoiner());
    }
    chain.add(new Dehyphenator());
    this.repairs = chain.build();
    this.finishing =
        ImmutableList.of(new TruncationFlagger(), new PunctuationWidthNormaliser(settings.punctuation()));
  }

  /**
   * A pipeline that sends each finished article to {@code sink}, in input order.
   *
   * @param index the run-wide memory of paragraphs already seen
   */
  public static Pipeline create(RepairSettings settings, ParagraphIndex index, Consumer<Article> sink) {
    return new Pipeline(settings, index, null, sink, c -> {}, ShortLineMemory.inMemory(), ChromeModel.shipped());
  }

  /**
   * A pipeline that also removes near copies.
   *
   * @param near the run-wide near-duplicate index, or null for exact repeats only
   */
  public static Pipeline create(
      RepairSettings settings, ParagraphIndex index, NearDuplicateIndex near, Consumer<Article> sink) {
    return new Pipeline(settings, index, near, sink, c -> {}, ShortLineMemory.inMemory(), ChromeModel.shipped());
  }

  /**
   * A pipeline that also reports every weighed headline candidate to {@code boundaries}, for
   * {@code -v}.
   */
  public static Pipeline create(
      RepairSettings settings,
      ParagraphIndex index,
      NearDuplicateIndex near,
      Consumer<Article> sink,
      Consumer<ArticleSegmenter.Candidate> boundaries) {
    return new Pipeline(settings, index, near, sink, boundaries, ShortLineMemory.inMemory(), ChromeModel.shipped());
  }

  /**
   * A pipeline whose furniture-by-repetition memory is {@code shortLines}: what a distributed run
   * seeds with the short lines earlier splits saw.
   */
  public static Pipeline create(
      RepairSettings settings,
      ParagraphIndex index,
      NearDuplicateIndex near,
      Consumer<Article> sink,
      Consumer<ArticleSegmenter.Candidate> boundaries,
      ShortLineMemory shortLines) {
    return new Pipeline(settings, index, near, sink, boundaries, shortLines, ChromeModel.shipped());
  }

  /**
   * A pipeline whose page-chrome triage uses {@code chromeModel} instead of the shipped one: what
   * the fit of that model ({@code src/bench/fit-chrome.sh}) tries.
   */
  public static Pipeline create(
      RepairSettings settings, ParagraphIndex index, Consumer<Article> sink, ChromeModel chromeModel) {
    return new Pipeline(settings, index, null, sink, c -> {}, ShortLineMemory.inMemory(), chromeModel);
  }

  /**
   * Takes the next block of the current document. A record of a structured input is a page: its
   * blocks are held until it ends, so that {@link PageChromeTriage} can judge its chrome from the
   * page as a whole. A text input streams, once its first {@link #PAGE_BLOCKS} blocks are past or
   * its first {@code # } headline is read: a shorter text file that reads as a raw page is triaged
   * as one.
   */
  public void accept(Block block) {
    if (block.span().record() > 0) {
      page.add(block);
      return;
    }
    if (streaming) {
      triaged(block);
      return;
    }
    // A text file's first blocks are held: a short file may be one scraped page saved as text.
    text.add(block);
    if (text.size() > PAGE_BLOCKS || block.markup() == Block.Markup.HEADLINE) {
      streamHeldText();
    }
  }

  private void streamHeldText() {
    for (Block held : text) {
      triaged(held);
    }
    text.clear();
    streaming = true;
  }

  private void triaged(Piece piece) {
    if (!(piece instanceof Block block)) {
      segmenter.accept(piece);
      return;
    }
    for (Piece p : triage.apply(block)) {
      if (p instanceof Block text && repeats != null) {
        p = repeats.apply(text);
      }
      segmenter.accept(p);
    }
  }

  /** Ends the current document; its last article goes to the sink. */
  public void endDocument() {
    if (!text.isEmpty() && chrome.looksLikePage(text)) {
      page.addAll(text);
      text.clear();
    }
    streamHeldText();
    streaming = false;
    if (!page.isEmpty()) {
      for (Piece piece : chrome.apply(page)) {
        triaged(piece);
      }
      page.clear();
    }
    segmenter.endDocument();
    triage.endDocument();
    if (repeats != null) {
      repeats.endDocument();
    }
  }

  /** The article stages, in order, for tests. */
  public ImmutableList<ArticleStage> stages() {
    return ImmutableList.<ArticleStage>builder().addAll(repairs).addAll(finishing).build();
  }

  private void finishArticle(Article article) {
    Article result = article;
    for (ArticleStage stage : repairs) {
      result = stage.apply(result);
    }
    if (repaired != null) {
      result = repaired.apply(result);
    }
    for (ArticleStage stage : finishing) {
      result = stage.apply(result);
    }
    sink.accept(result);
  }
}
