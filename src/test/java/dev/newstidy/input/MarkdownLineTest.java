package dev.newstidy.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.newstidy.model.Block;
import dev.newstidy.model.SourceSpan;
import org.junit.jupiter.api.Test;

class MarkdownLineTest {
  @Test
  void oneHashIsHeadline() {
    Block read = MarkdownLine.read(block("# 新区开园"));

    assertThat(read.markup()).isEqualTo(Block.Markup.HEADLINE);
    assertThat(read.text()).isEqualTo("新区开园");
  }

  @Test
  void twoHashesAreSubHeadlineKeepingItsDashes() {
    Block read = MarkdownLine.read(block("## ——访某某"));

    assertThat(read.markup()).isEqualTo(Block.Markup.SUBHEADLINE);
    assertThat(read.text()).isEqualTo("——访某某");
  }

  @Test
  void threeToSixHashesAreSectionHeading() {
    assertThat(MarkdownLine.read(block("### 一、背景")).markup()).isEqualTo(Block.Markup.SECTION);
    assertThat(MarkdownLine.read(block("###### 附录")).markup()).isEqualTo(Block.Markup.SECTION);
  }

  @Test
  void hashWithoutSpaceIsPlainText() {
    Block read = MarkdownLine.read(block("#5 in the league"));

    assertThat(read.markup()).isEqualTo(Block.Markup.NONE);
    assertThat(read.text()).isEqualTo("#5 in the league");
  }

  @Test
  void sevenHashesArePlainText() {
    assertThat(MarkdownLine.read(block("####### 太多")).markup()).isEqualTo(Block.Markup.NONE);
  }

  @Test
  void ideographicSpaceSeparatesMarksFromHeadline() {
    Block read = MarkdownLine.read(block("#\u3000新区开园"));

    assertThat(read.markup()).isEqualTo(Block.Markup.HEADLINE);
    assertThat(read.text()).isEqualTo("新区开园");
  }

  @Test
  void lineOpeningWithDashIsDashLine() {
    assertThat(MarkdownLine.read(block("——访园区负责人")).markup()).isEqualTo(Block.Markup.DASH_LINE);
    assertThat(MarkdownLine.read(block("--an interview")).markup())
        .isEqualTo(Block.Markup.DASH_LINE);
  }

  @Test
  void multiLineBlockIsNeverAHeading() {
    Block twoLines =
        new Block(
            "# 新区开园 正文", SourceSpan.of("p.txt", 1, 2), 0, 2, Block.Markup.NONE, ImmutableList.of());

    assertThat(MarkdownLine.read(twoLines).markup()).isEqualTo(Block.Markup.NONE);
  }

  @Test
  void recognisesHeadingLinesBeforeBlocksAreFormed() {
    assertThat(MarkdownLine.isHeading("# 新区开园")).isTrue();
    assertThat(MarkdownLine.isHeading("### 下一步  ")).isTrue();
    assertThat(MarkdownLine.isHeading("#5 in the league")).isFalse();
    assertThat(MarkdownLine.isHeading("# ")).isFalse();
    assertThat(MarkdownLine.isHeading("正文 # 不是标题")).isFalse();
  }

  private static Block block(String text) {
    return Block.of(text, SourceSpan.of("p.txt", 1, 1), 0);
  }
}
