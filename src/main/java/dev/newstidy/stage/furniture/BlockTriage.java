package dev.newstidy.stage.furniture;

import com.google.common.collect.ImmutableList;
import dev.newstidy.model.Block;
import dev.newstidy.model.DroppedBlock;
import dev.newstidy.model.MetadataBlock;
import dev.newstidy.model.Piece;
import dev.newstidy.model.Removal;
import dev.newstidy.model.RemovalReason;
import dev.newstidy.model.SourceSpan;
import dev.newstidy.model.TextLine;
import dev.newstidy.model.Warning;
import dev.newstidy.stage.dedup.ParagraphFingerprint;
import dev.newstidy.text.Joint;
import dev.newstidy.text.Punctuation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Sorts the blocks of a scraped page before segmentation: site and page furniture is dropped (a
 * removal for reason {@code boilerplate}), metadata lines become fields (reason {@code metadata}),
 * and the rest goes on as text. Besides the patterns, it takes the evidence of repetition: a short
 * line that stood in two earlier documents of the run (a site's menu on every page) is furniture
 * from then on.
 *
 * <p>Examples, pinned by {@code BlockTriageTest}: {@code 分享到:} is dropped as boilerplate; {@code
 * 来源:临江日报} becomes a metadata block; the short line {@code 本站首页 | 联系方式} on its third page is
 * dropped; a byline line {@code 记者 王明} is never dropped for repeating.
 */
public final class BlockTriage {
  /** Longest line that counts as furniture for repeating across pages. */
  private static final int REPEATED_MAX = 30;

  /** Documents a short line must have stood in before it is furniture. */
  private static final int REPEATED_PAGES = 2;

  private final BoilerplateDetector boilerplate;
  private final MetadataLineParser metadata;
  private final Predicate<String> isByline;
  private final ShortLineMemory pagesSeen;
  private final Set<String> seenInThisPage = new HashSet<>();

  /**
   * @param isByline lines that read as bylines, which repetition never makes furniture
   */
  public BlockTriage(BoilerplateDetector boilerplate, MetadataLineParser metadata, Predicate<String> isByline) {
    this(boilerplate, metadata, isByline, ShortLineMemory.inMemory());
  }

  /**
   * @param pagesSeen the run's memory of short lines by the documents they stood in
   */
  public BlockTriage(
      BoilerplateDetector boilerplate,
      MetadataLineParser metadata,
      Predicate<String> isByline,
      ShortLineMemory pagesSeen) {
    this.pagesSeen = pagesSeen;
    this.boilerplate = boilerplate;
    this.metadata = metadata;
    this.isByline = isByline;
  }

  /**
   * The block as it goes on: dropped, read as metadata, or kept as text. A block of several lines
   * is judged line by line when it is not furniture as a whole: {@code 上一篇:… / 正文… } gives a
   * dropped line and a text block.
   */
  public List<Piece> apply(Block block) {
    if (block.markup() != Block.Markup.NONE) {
      return List.of(block);
    }
    if (block.lines().size() < 2) {
      return List.of(judge(block));
    }
    // Line by line first, so that one furniture or metadata line never takes text with it.
    List<Piece> pieces = new ArrayList<>();
    List<TextLine> run = new ArrayList<>();
    for (TextLine line : block.lines()) {
      Block single = lineBlock(block, line);
      Piece judged = judge(single);
      if (judged == single) {
        run.add(line);
        continue;
      }
      flush(block, run, pieces);
      pieces.add(judged);
    }
    if (!pieces.isEmpty()) {
      flush(block, run, pieces);
      return pieces;
    }
    // No line is furniture or metadata alone; a navigation bar or a name over its role
    // (Kelsey Durand / Staff Writer) may still run over several lines.
    return List.of(judge(block));
  }

  private Piece judge(Block block) {
    String text = block.text();
    if (text.length() > BoilerplateDetector.MAX_LENGTH) {
      return block;
    }
    if (boilerplate.classify(text) != null || isRepeatedFurniture(text)) {
      return new DroppedBlock(block, new Removal(RemovalReason.BOILERPLATE, block.span(), text, null));
    }
    Optional<MetadataLineParser.Parsed> parsed = metadata.parse(text);
    if (parsed.isPresent()) {
      return new MetadataBlock(
          block,
          parsed.get().metadata(),
          parsed.get().authors(),
          new Removal(RemovalReason.METADATA, block.span(), text, null));
    }
    return block;
  }

  /** The text lines gathered so far, as one block. */
  private static void flush(Block block, List<TextLine> run, List<Piece> pieces) {
    if (run.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder(run.get(0).text());
    for (int i = 1; i < run.size(); i++) {
      Joint.append(text, run.get(i).text());
    }
    int first = run.get(0).number();
    int last = run.get(run.size() - 1).number();
    int blanks = first == block.span().firstLine() ? block.blankLinesBefore() : 0;
    pieces.add(
        new Block(
            text.toString(),
            spanOf(block, first, last),
            blanks,
            run.size(),
            Block.Markup.NONE,
            warningsIn(block, first, last),
            ImmutableList.copyOf(run)));
    run.clear();
  }

  /** One line of {@code block} as a block of its own. */
  private static Block lineBlock(Block block, TextLine line) {
    int number = line.number();
    return new Block(
        line.text(),
        spanOf(block, number, number),
        0,
        1,
        Block.Markup.NONE,
        warningsIn(block, number, number),
        ImmutableList.of(line));
  }

  private static SourceSpan spanOf(Block block, int first, int last) {
    return new SourceSpan(block.span().path(), block.span().record(), first, last);
  }

  /** The warnings of {@code block} that fall on lines {@code first} to {@code last}. */
  private static ImmutableList<Warning> warningsIn(Block block, int first, int last) {
    ImmutableList.Builder<Warning> warnings = ImmutableList.builder();
    for (Warning w : block.warnings()) {
      if (w.line() >= first && w.line() <= last) {
        warnings.add(w);
      }
    }
    return warnings.build();
  }

  private boolean isRepeatedFurniture(String text) {
    if (text.length() > REPEATED_MAX || Punctuation.endsSentence(text) || isByline.test(text)) {
      return false;
    }
    String key = ParagraphFingerprint.normalise(text);
    int pages = pagesSeen.pagesBefore(key);
    if (pages >= REPEATED_PAGES) {
      return true;
    }
    // A page counts once however often the line stands in it.
    if (seenInThisPage.add(key)) {
      pagesSeen.seenInPage(key, pages);
    }
    return false;
  }

  /** Ends a document: its short lines count as seen in one more page. */
  public void endDocument() {
    seenInThisPage.clear();
  }
}
