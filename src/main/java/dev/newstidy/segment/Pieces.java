package dev.newstidy.segment;

import dev.newstidy.model.Block;
import dev.newstidy.model.Byline;
import dev.newstidy.model.DroppedBlock;
import dev.newstidy.model.MetadataBlock;
import dev.newstidy.model.Part;
import dev.newstidy.model.Piece;

/**
 * The pieces of a document as the segmenter reads them: the block a piece puts in the text, and the
 * asides (removed blocks, metadata lines) that land in the article in progress where they stood.
 */
final class Pieces {
  private Pieces() {}

  /**
   * The block a piece puts in the text, or null. A repeat that {@code --keep-duplicates} only marks
   * is an aside here like any removed block, so that it cuts no article and hides no byline: the
   * articles are cut exactly as without the option, and the repeat goes back into the body where
   * it stood ({@link #attach}). Pinned by {@code ArticleSegmenterTest.keptRepeatCutsTheArticlesAsARemovedOneDoes}.
   */
  static Block asText(Piece piece) {
    return piece instanceof Block block ? block : null;
  }

  /**
   * Puts an aside into the article in progress where it stood: a removed block's removal (and the
   * block itself back into the body when {@code --keep-duplicates} only marks it), a metadata
   * line's removal, metadata and authors; any piece's warnings and line span.
   */
  static void attach(ArticleDraft current, Piece piece) {
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

  /** The block a piece holds: the block itself, or the one a removal or a metadata line wraps. */
  static Block blockOf(Piece piece) {
    if (piece instanceof Block block) {
      return block;
    }
    if (piece instanceof DroppedBlock dropped) {
      return dropped.block();
    }
    return ((MetadataBlock) piece).block();
  }
}
