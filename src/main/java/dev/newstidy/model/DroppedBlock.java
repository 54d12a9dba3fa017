package dev.newstidy.model;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A block removed before segmentation (a repeated paragraph), carried through the stream so that
 * its removal lands in the article in progress where the block stood.
 */
public record DroppedBlock(Block block, Removal removal) implements Piece {
  public DroppedBlock {
    checkNotNull(block, "block");
    checkNotNull(removal, "removal");
  }
}
