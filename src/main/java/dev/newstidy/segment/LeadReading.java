package dev.newstidy.segment;

import dev.newstidy.model.Block;
import dev.newstidy.stage.repair.BrokenParagraphJoiner;
import dev.newstidy.text.Joint;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the blocks after a candidate headline as the joiner will leave them: a block that a page
 * break cut is read together with its end, so that the evidence weighs paragraphs, not pieces of
 * them. The same lead, cut or whole, then gives the same evidence, and cleaning the text output
 * again (where the cut is joined) weighs the line as the first pass did.
 *
 * <p>Example, pinned by {@code LeadReadingTest}: the blocks {@code 据了解,今年柳溪镇新修了村道和},
 * {@code 桥梁三座,方便村民出行。} and {@code 村民很满意。} read as two texts, {@code
 * 据了解,今年柳溪镇新修了村道和桥梁三座,方便村民出行。} and {@code 村民很满意。}. A block that ends a
 * sentence, or a short heading after a cut (the joiner keeps it apart), is read alone.
 */
final class LeadReading {
  /**
   * How many blocks the reading joins in all: one break. Two read further: on the labelled corpus
   * more Chinese titles came right (0.958 against 0.951 in the plain layout), but a cut-off English
   * line at a page's end read the lead of the article under the next headline, took its words for
   * its own lead and became a headline itself (English titles 0.976 → 0.972).
   */
  static final int CUT_BLOCKS_MAX = 1;

  private LeadReading() {}

  /**
   * The texts of up to {@code paragraphs} paragraphs from {@code blocks}, nearest first, a cut
   * block joined with the block that goes on with its sentence ({@link #CUT_BLOCKS_MAX} join in
   * all, the nearest). Only plain blocks join: a marked heading or sub-headline is read alone.
   */
  static List<String> texts(List<Block> blocks, int paragraphs) {
    List<String> texts = new ArrayList<>(paragraphs);
    int extra = 0;
    for (int i = 0; i < blocks.size() && texts.size() < paragraphs; i++) {
      Block block = blocks.get(i);
      StringBuilder text = null;
      while (extra < CUT_BLOCKS_MAX
          && i + 1 < blocks.size()
          && block.markup() == Block.Markup.NONE
          && blocks.get(i + 1).markup() == Block.Markup.NONE
          && BrokenParagraphJoiner.readsOnAcrossBreak(
              text == null ? block.text() : text, blocks.get(i + 1).text())) {
        text = text == null ? new StringBuilder(block.text()) : text;
        i++;
        extra++;
        Joint.append(text, blocks.get(i).text());
      }
      // A block read alone is given as its own text, not a copy: the segmenter finds the terms it
      // cut from it again by reference (RecentTerms).
      texts.add(text == null ? block.text() : text.toString());
    }
    return texts;
  }
}
