package dev.newstidy.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newstidy.model.Block;
import dev.newstidy.model.SourceSpan;
import dev.newstidy.stage.repair.BrokenParagraphJoiner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadReadingTest {
  @Test
  void readsACutBlockTogetherWithItsEnd() {
    List<Block> blocks = blocks("据了解,今年柳溪镇新修了村道和", "桥梁三座,方便村民出行。", "村民很满意。");

    assertThat(LeadReading.texts(blocks, 3))
        .containsExactly("据了解,今年柳溪镇新修了村道和桥梁三座,方便村民出行。", "村民很满意。");
  }

  @Test
  void readsTheEndOfACutThatTheLookAheadWouldLeaveOut() {
    // The third paragraph's end is the fourth block: read with it, as the joiner will leave it.
    List<Block> blocks = blocks("柳溪镇新修村道两条。", "村民很满意。", "据了解,今年柳溪镇新修了村道和", "桥梁三座。", "下一段。");

    assertThat(LeadReading.texts(blocks, 3))
        .containsExactly("柳溪镇新修村道两条。", "村民很满意。", "据了解,今年柳溪镇新修了村道和桥梁三座。");
  }

  @Test
  void readsBlocksThatEndASentenceAlone() {
    // Adversarial: short paragraphs that each end a sentence are no cut, and the reading stops at
    // the look-ahead.
    List<Block> blocks = blocks("柳溪镇新修村道两条。", "村民很满意。", "桥梁也修好了。", "下一段。");

    assertThat(LeadReading.texts(blocks, 3)).containsExactly("柳溪镇新修村道两条。", "村民很满意。", "桥梁也修好了。");
  }

  @Test
  void aBlockReadAloneIsGivenAsItsOwnText() {
    // The segmenter finds a text's terms again by reference: a block read alone is not copied.
    List<Block> blocks = blocks("据了解,今年白沙渡新造了渡船和", "码头两座,方便村民过河。", "村民很满意。");

    List<String> texts = LeadReading.texts(blocks, 3);

    assertThat(texts.get(1)).isSameAs(blocks.get(2).text());
  }

  @Test
  void readsASubheadingUnderACutAlone() {
    // Adversarial: a heading under a paragraph that stops mid-sentence is no end of it.
    List<Block> blocks = blocks("据了解,今年柳溪镇新修了村道和", "青禾村的三次出发", "青禾村三次出发,三次回乡。");

    assertThat(LeadReading.texts(blocks, 3))
        .containsExactly("据了解,今年柳溪镇新修了村道和", "青禾村的三次出发", "青禾村三次出发,三次回乡。");
  }

  @Test
  void joinsOneBreakAtMostAndNeverAMarkedHeading() {
    List<Block> blocks = blocks("据了解,今年柳溪镇新修了村道和", "桥梁三座,方便村民出行,明年还将修建", "码头一座。");
    List<Block> marked = List.of(blocks.get(0), heading("桥梁三座"), blocks.get(2));

    assertThat(LeadReading.texts(blocks, 3)).containsExactly("据了解,今年柳溪镇新修了村道和桥梁三座,方便村民出行,明年还将修建", "码头一座。");
    assertThat(BrokenParagraphJoiner.readsOnAcrossBreak("据了解,今年柳溪镇新修了村道和桥梁三座,方便村民出行,明年还将修建", "码头一座。"))
        .as("the second break is a cut too")
        .isTrue();
    assertThat(LeadReading.texts(marked, 3)).containsExactly("据了解,今年柳溪镇新修了村道和", "桥梁三座", "码头一座。");
  }

  private static List<Block> blocks(String... texts) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      blocks.add(Block.of(texts[i], SourceSpan.of("paper.txt", 2 * i + 1, 2 * i + 1), 1));
    }
    return blocks;
  }

  private static Block heading(String text) {
    return Block.of(text, SourceSpan.of("paper.txt", 3, 3), 1).withText(text, Block.Markup.SECTION);
  }
}
