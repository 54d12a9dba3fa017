package dev.newstidy.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newstidy.model.Block;
import dev.newstidy.model.SourceSpan;
import dev.newstidy.stage.byline.BylineDetector;
import dev.newstidy.stage.byline.ChineseNames;
import java.util.AbstractList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineRuleTest {
  private final HeadlineRule rule =
      new HeadlineRule(
          new BylineDetector(ChineseNames.load()),
          BoundaryScorer.shipped(),
          candidate -> {},
          candidate -> candidate.decision().isBoundary(),
          new RecentTerms());

  @Test
  void aLineTheShapeTestsTurnAwayNeverHasItsLeadRead() {
    // A sentence is no headline whatever follows: the blocks ahead are not even looked at.
    Block line = block("白沙渡昨日重新开渡,首班渡船载着四十多名乘客驶向对岸。", 7);
    Block next = block("新渡船由县航运公司购置,可载客六十人,每天往返十二个班次。", 9);

    boolean headline = rule.isPlainHeadline(null, line, List.of(next), untouchable(), false, null);

    assertThat(headline).isFalse();
  }

  /** A list of blocks that fails any test that reads it. */
  private static List<Block> untouchable() {
    return new AbstractList<>() {
      @Override
      public Block get(int index) {
        throw new AssertionError("the lead was read");
      }

      @Override
      public int size() {
        throw new AssertionError("the lead was read");
      }
    };
  }

  private static Block block(String text, int line) {
    return Block.of(text, SourceSpan.of("paper.txt", line, line), 1);
  }
}
