package dev.newstidy.stage.dedup;

import static com.google.common.base.Preconditions.checkArgument;

import dev.newstidy.model.Block;
import dev.newstidy.model.DroppedBlock;
import dev.newstidy.model.Piece;
import dev.newstidy.model.Removal;
import dev.newstidy.model.RemovalReason;
import dev.newstidy.model.SourceSpan;
import java.util.Optional;

/**
 * Removes a body block whose normalised text the run has already seen, in any input; the first
 * occurrence wins. It works on blocks as scraped, before any join, so that a repeated half of a
 * paragraph cut by a page break is still caught. Headline and sub-headline lines are never removed,
 * and blocks shorter than the minimum are exempt: short lines (a name, {@code 图为…}) repeat by
 * nature.
 *
 * <p>Example, pinned by {@code RepeatedParagraphRemoverTest}: blocks {@code A}, {@code B}, {@code B}
 * (lines 1, 3, 5) give {@code A}, {@code B} and a dropped block whose removal names line 5 and first
 * seen at line 3. With a {@link NearDuplicateIndex}, a block that is no exact repeat but a near copy
 * of an earlier one is removed for reason {@code near-duplicate}, with its similarity.
 */
public final class RepeatedParagraphRemover {
  private final ParagraphIndex index;
  private final int minChars;
  private final boolean keep;
  private final NearDuplicateIndex near;
  private boolean afterHeadline;

  /**
   * @param minChars blocks with fewer normalised characters than this are never removed
   */
  public RepeatedParagraphRemover(ParagraphIndex index, int minChars) {
    this(index, minChars, false);
  }

  /**
   * @param keep mark repeats without removing them ({@code --keep-duplicates})
   */
  public RepeatedParagraphRemover(ParagraphIndex index, int minChars, boolean keep) {
    this(index, minChars, keep, null);
  }

  /**
   * @param near the near-duplicate index, or null to look for exact repeats only
   */
  public RepeatedParagraphRemover(
      ParagraphIndex index, int minChars, boolean keep, NearDuplicateIndex near) {
    checkArgument(minChars >= 1, "minChars %s < 1", minChars);
    this.index = index;
    this.minChars = minChars;
    this.keep = keep;
    this.near = near;
  }

  /** The block itself, or a {@link DroppedBlock} when it repeats an earlier one. */
  public Piece apply(Block block) {
    boolean subHeadline = afterHeadline && block.markup() == Block.Markup.DASH_LINE;
    afterHeadline = block.markup() == Block.Markup.HEADLINE;
    if (block.markup().isHeadingLine() || subHeadline) {
      return block;
    }
    String normalised = ParagraphFingerprint.normalise(block.text());
    if (normalised.length() < minChars) {
      return block;
    }
    long fingerprint = ParagraphFingerprint.ofNormalised(normalised);
    SourceSpan first = index.putIfAbsent(fingerprint, block.span());
    if (first == null) {
      if (near != null) {
        Optional<NearDuplicateIndex.Match> match = near.findAndAdd(block.text(), block.span());
        if (match.isPresent()) {
          return new DroppedBlock(
              block,
              new Removal(
                  RemovalReason.NEAR_DUPLICATE,
                  block.span(),
                  block.text(),
                  match.get().firstSeen(),
                  keep,
                  match.get().similarity()));
        }
      }
      return block;
    }
    return new DroppedBlock(
        block, new Removal(RemovalReason.DUPLICATE, block.span(), block.text(), first, keep));
  }

  /** Forgets the headline context at the end of a document. */
  public void endDocument() {
    afterHeadline = false;
  }
}
