package dev.newstidy.stage;

import com.google.common.base.Verify;
import com.google.common.collect.ImmutableList;
import dev.newstidy.config.RepairSettings;
import dev.newstidy.model.Article;
import dev.newstidy.model.Block;
import dev.newstidy.model.Piece;
import dev.newstidy.model.Warning;
import dev.newstidy.segment.ArticleSegmenter;
import dev.newstidy.segment.BoundaryScorer;
import dev.newstidy.stage.byline.BylineDetector;
import dev.newstidy.stage.byline.CaptionCreditBylineDropper;
import dev.newstidy.stage.byline.ChineseNames;
import dev.newstidy.stage.byline.EditorCreditMover;
import dev.newstidy.stage.check.OddityFinder;
import dev.newstidy.stage.dedup.NearDuplicateIndex;
import dev.newstidy.stage.dedup.ParagraphFingerprint;
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
import dev.newstidy.stage.furniture.SiteSuffixSplitter;
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
import java.util.function.Function;

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
 *   <li>{@link EditorCreditMover}: editors named in a credit line go to the metadata;
 *   <li>{@link SiteSuffixSplitter}: a site's name after the headline goes to the publisher, after
 *       the metadata lines have named the page's source, which is its evidence;
 *   <li>{@link OddityFinder}: before joining, so that each warning names its block's own line (a
 *       pipeline made by {@link #createUnfinished} leaves it to {@link #finishing}, which runs it on
 *       the article as it stood here, in another thread; pinned by {@code PipelineTest});
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
  /** False when the caller applies {@link #finishing} itself, in a thread of its own. */
  private final boolean finishHere;
  private final Consumer<Article> sink;
  private final Consumer<Unfinished> unfinishedSink;

  /**
   * An article whose run-wide verdicts are made, and what {@link #finishing} needs to finish it:
   * the article as it stood before {@link OddityFinder}, whose warnings are computed then. The
   * checks only add warnings, and no stage after them reads or changes warnings (a {@code Verify}
   * in {@link #finishing} holds it), so adding them at the end gives the record that running them
   * in their place gives.
   *
   * @param beforeChecks the article as the checks would have seen it, or null when it had none
   */
  public record Unfinished(Article article, Article beforeChecks) {}

  private Pipeline(
      RepairSettings settings,
      ParagraphIndex index,
      NearDuplicateIndex near,
      Consumer<Article> sink,
      Consumer<ArticleSegmenter.Candidate> boundaries,
      ShortLineMemory shortLines,
      Consumer<Unfinished> unfinishedSink,
      ChromeModel chromeModel) {
    this.sink = sink;
    this.unfinishedSink = unfinishedSink;
    this.finishHere = unfinishedSink == null;
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
    chain.add(new CaptionCreditBylineDropper());
    chain.add(new SiteSuffixSplitter());
    chain.add(new OddityFinder());
    if (settings.join()) {
      chain.add(new BrokenParagraphJoiner());
    }
    chain.add(new Dehyphenator());
    this.repairs = chain.build();
    this.finishing = finishingStages(settings);
  }

  private static ImmutableList<ArticleStage> finishingStages(RepairSettings settings) {
    return ImmutableList.of(new TruncationFlagger(), new PunctuationWidthNormaliser(settings.punctuation()));
  }

  /**
   * What a pipeline made by {@link #createUnfinished} leaves to its caller, as one pure function
   * that another thread may run: the warnings of {@link OddityFinder} on the article as it stood
   * before them, and the stages after the last run-wide verdict.
   */
  public static Function<Unfinished, Article> finishing(RepairSettings settings) {
    ImmutableList<ArticleStage> stages = finishingStages(settings);
    OddityFinder checks = new OddityFinder();
    return unfinished -> {
      Article result = unfinished.article();
      for (ArticleStage stage : stages) {
        result = stage.apply(result);
      }
      Article before = unfinished.beforeChecks();
      if (before == null) {
        return result;
      }
      Verify.verify(
          result.warnings().equals(before.warnings()), "a stage after the checks changed the warnings");
      ImmutableList<Warning> checked = checks.apply(before).warnings();
      return checked.size() == before.warnings().size()
          ? result
          : result.plusWarnings(checked.subList(before.warnings().size(), checked.size()));
    };
  }

  /**
   * A pipeline that sends each finished article to {@code sink}, in input order.
   *
   * @param index the run-wide memory of paragraphs already seen
   */
  public static Pipeline create(RepairSettings settings, ParagraphIndex index, Consumer<Article> sink) {
    return new Pipeline(settings, index, null, sink, c -> {}, ShortLineMemory.inMemory(), null, ChromeModel.shipped());
  }

  /**
   * A pipeline that also removes near copies.
   *
   * @param near the run-wide near-duplicate index, or null for exact repeats only
   */
  public static Pipeline create(
      RepairSettings settings, ParagraphIndex index, NearDuplicateIndex near, Consumer<Article> sink) {
    return new Pipeline(settings, index, near, sink, c -> {}, ShortLineMemory.inMemory(), null, ChromeModel.shipped());
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
    return new Pipeline(settings, index, near, sink, boundaries, ShortLineMemory.inMemory(), null, ChromeModel.shipped());
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
    return new Pipeline(settings, index, near, sink, boundaries, shortLines, null, ChromeModel.shipped());
  }

  /**
   * The same pipeline, but {@code sink} gets each article once its run-wide verdicts are made and
   * before the pure stages of {@link #finishing}, which the caller applies: in input order, it
   * writes what a pipeline made by {@link #create} writes. {@code sink} is called in this
   * pipeline's thread; what it hands the articles to may finish them in another.
   */
  public static Pipeline createUnfinished(
      RepairSettings settings,
      ParagraphIndex index,
      NearDuplicateIndex near,
      Consumer<Unfinished> sink,
      Consumer<ArticleSegmenter.Candidate> boundaries,
      ShortLineMemory shortLines) {
    return new Pipeline(settings, index, near, null, boundaries, shortLines, sink, ChromeModel.shipped());
  }

  /**
   * A pipeline whose page-chrome triage uses {@code chromeModel} instead of the shipped one: what
   * the fit of that model ({@code src/bench/fit-chrome.sh}) tries.
   */
  public static Pipeline create(
      RepairSettings settings, ParagraphIndex index, Consumer<Article> sink, ChromeModel chromeModel) {
    return new Pipeline(settings, index, null, sink, c -> {}, ShortLineMemory.inMemory(), null, chromeModel);
  }

  /**
   * Takes the next block of the current document. A record of a structured input is a page: its
   * blocks are held until it ends, so that {@link PageChromeTriage} can judge its chrome from the
   * page as a whole. A text input streams, once its first {@link #PAGE_BLOCKS} blocks are past or
   * its first {@code # } headline is read: a shorter text file that reads as a raw page is triaged
   * as one.
   */
  public void accept(Block block) {
    accept(block, null);
  }

  /**
   * The same, with the fingerprint of the block's text made ahead ({@code
   * ParagraphFingerprint.of(block.text())}, or null): the block-level repeats take it instead of
   * making it again when the block goes on as it came. Held blocks make theirs when judged.
   */
  public void accept(Block block, ParagraphFingerprint.Fingerprint print) {
    if (block.span().record() > 0) {
      page.add(block);
      return;
    }
    if (streaming) {
      triaged(block, print);
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
    triaged(piece, null);
  }

  /** @param print the fingerprint of the piece's text made ahead, or null */
  private void triaged(Piece piece, ParagraphFingerprint.Fingerprint print) {
    if (!(piece instanceof Block block)) {
      segmenter.accept(piece);
      return;
    }
    for (Piece p : triage.apply(block)) {
      if (p instanceof Block text && repeats != null) {
        // A piece the triage cut out of the block has a text of its own, and so a print of its own.
        p = repeats.apply(text, text == block ? print : null);
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
    Article beforeChecks = null;
    for (ArticleStage stage : repairs) {
      if (!finishHere && stage instanceof OddityFinder) {
        // Evidence only: computed with the finishing stages, on the article as it stands here.
        beforeChecks = result;
        continue;
      }
      result = stage.apply(result);
    }
    if (repaired != null) {
      result = repaired.apply(result);
    }
    if (!finishHere) {
      unfinishedSink.accept(new Unfinished(result, beforeChecks));
      return;
    }
    for (ArticleStage stage : finishing) {
      result = stage.apply(result);
    }
    sink.accept(result);
  }
}
