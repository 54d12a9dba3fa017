package dev.newstidy.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.newstidy.model.Block;
import dev.newstidy.model.SourceSpan;
import dev.newstidy.model.Warning;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockReaderTest {
  private static final String PATH = "paper.txt";

  @Test
  void blankLinesSeparateParagraphs() throws IOException {
    List<Block> blocks = read("第一段。\n\n第二段。\n");

    assertThat(blocks).extracting(Block::text).containsExactly("第一段。", "第二段。");
    assertThat(blocks)
        .extracting(Block::span)
        .containsExactly(SourceSpan.of(PATH, 1, 1), SourceSpan.of(PATH, 3, 3));
  }

  @Test
  void countsBlankLinesBeforeEachBlock() throws IOException {
    List<Block> blocks = read("# T\nbody one\n\n\n\nbody two");

    assertThat(blocks).extracting(Block::text).containsExactly("T", "body one", "body two");
    assertThat(blocks).extracting(Block::blankLinesBefore).containsExactly(0, 0, 3);
    assertThat(blocks).extracting(b -> b.span().firstLine()).containsExactly(1, 2, 6);
  }

  @Test
  void whiteSpaceOnlyLinesCountAsBlank() throws IOException {
    List<Block> blocks = read("第一段。\n \t\n\u3000\n第二段。\n");

    assertThat(blocks).extracting(Block::blankLinesBefore).containsExactly(0, 2);
  }

  @Test
  void headingLineFormsItsOwnBlockWithoutBlankLines() throws IOException {
    List<Block> blocks = read("# 新区开园\n## ——访园区负责人\n园区今天开园,\n\n企业陆续入驻。\n### 下一步\n继续招商。\n");

    assertThat(blocks)
        .extracting(Block::markup)
        .containsExactly(
            Block.Markup.HEADLINE,
            Block.Markup.SUBHEADLINE,
            Block.Markup.NONE,
            Block.Markup.NONE,
            Block.Markup.SECTION,
            Block.Markup.NONE);
    assertThat(blocks)
        .extracting(Block::text)
        .containsExactly("新区开园", "——访园区负责人", "园区今天开园,", "企业陆续入驻。", "下一步", "继续招商。");
  }

  @Test
  void headingLineEndsTheParagraphAboveIt() throws IOException {
    List<Block> blocks = read("开头一句。\n\n第一行,\n第二行。\n# 下一篇\n正文。\n");

    assertThat(blocks).extracting(Block::text).containsExactly("开头一句。", "第一行,第二行。", "下一篇", "正文。");
    assertThat(blocks.get(1).span()).isEqualTo(SourceSpan.of(PATH, 3, 4));
    assertThat(blocks.get(1).lineCount()).isEqualTo(2);
  }

  @Test
  void documentWithoutBlankLinesIsReadOneBlockPerLine() throws IOException {
    BlockReader reader = reader(utf8("村里修了路。\n村民很高兴。\n孩子上学方便了。\n"), false);

    List<Block> blocks = readAll(reader);

    assertThat(reader.isLineMode()).isTrue();
    assertThat(blocks).extracting(Block::text).containsExactly("村里修了路。", "村民很高兴。", "孩子上学方便了。");
    assertThat(blocks).extracting(b -> b.span().firstLine()).containsExactly(1, 2, 3);
  }

  @Test
  void oneSentenceLinesWithARareBlankGapAreReadOneBlockPerLine() throws IOException {
    // One paragraph a line, and two blank lines before an untitled item only.
    String lines = "桥修好了。\n".repeat(8) + "\n\n" + "图为新桥。\n".repeat(4);
    BlockReader reader = reader(utf8(lines), false);

    List<Block> blocks = readAll(reader);

    assertThat(reader.isLineMode()).isTrue();
    assertThat(blocks).hasSize(12);
    assertThat(blocks.get(8).blankLinesBefore()).isEqualTo(2);
  }

  @Test
  void hardWrappedProseWithLongParagraphsIsNotReadLineByLine() throws IOException {
    // Adversarial: long wrapped paragraphs, whose lines stop in mid-sentence at the column width.
    String paragraph = "The old mill bridge was closed in spring and\n".repeat(7) + "reopened in May.\n";
    BlockReader reader = reader(utf8(paragraph + "\n" + paragraph), false);

    List<Block> blocks = readAll(reader);

    assertThat(reader.isLineMode()).isFalse();
    assertThat(blocks).hasSize(2);
  }

  @Test
  void documentWhoseOnlyBlankLinesLeadIsReadOneBlockPerLine() throws IOException {
    List<Block> blocks = read("\n\n村里修了路。\n村民很高兴。\n");

    assertThat(blocks).extracting(Block::text).containsExactly("村里修了路。", "村民很高兴。");
    assertThat(blocks).extracting(Block::blankLinesBefore).containsExactly(2, 0);
  }

  @Test
  void documentWhoseOnlyBlankLineTrailsIsReadOneBlockPerLine() throws IOException {
    // A trailing empty line separates no paragraphs: the document still has no blank line between
    // two text lines.
    List<Block> blocks = read("村里修了路。\n村民很高兴。\n孩子上学方便了。\n\n");

    assertThat(blocks).extracting(Block::text).containsExactly("村里修了路。", "村民很高兴。", "孩子上学方便了。");
  }

  @Test
  void joinsCjkLinesOfOneBlockWithoutSpace() throws IOException {
    List<Block> blocks = read("开头一句。\n\n全镇坚持“以绿养绿”\n发展思路。\n");

    assertThat(blocks.get(1).text()).isEqualTo("全镇坚持“以绿养绿”发展思路。");
  }

  @Test
  void joinsLatinLinesOfOneBlockWithOneSpace() throws IOException {
    List<Block> blocks = read("Lead.\n\nThe county\nboard voted on Monday.\n");

    assertThat(blocks.get(1).text()).isEqualTo("The county board voted on Monday.");
  }

  @Test
  void stripsMarkdownMarksFromHeadingBlocks() throws IOException {
    List<Block> blocks = read("# 新区开园\n\n#5 in the league\n");

    assertThat(blocks).extracting(Block::text).containsExactly("新区开园", "#5 in the league");
    assertThat(blocks)
        .extracting(Block::markup)
        .containsExactly(Block.Markup.HEADLINE, Block.Markup.NONE);
  }

  @Test
  void invalidUtf8BecomesWarningWithItsLine() throws IOException {
    byte[] input = concat(utf8("开头。\n\n第二段"), new byte[] {(byte) 0xFF}, utf8("\n继续。\n"));

    List<Block> blocks = readAll(reader(input, false));

    assertThat(blocks.get(1).text()).isEqualTo("第二段\uFFFD继续。");
    assertThat(blocks.get(1).warnings())
        .extracting(Warning::code, Warning::line)
        .containsExactly(tuple("invalid-utf8", 3));
  }

  @Test
  void strictInvalidUtf8FailsWithPathAndLine() {
    byte[] input = concat(utf8("开头。\n\n第二段。\n"), new byte[] {'x', (byte) 0xFF, '\n'});
    BlockReader reader = reader(input, true);

    assertThatThrownBy(() -> readAll(reader))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(PATH + ":4: ")
        .hasMessageContaining("invalid UTF-8");
  }

  @Test
  void cutsARunOfLinesWithNoBlankLineAtTheBlockLimitAndLosesNoLine() throws IOException {
    // Lines that end in mid-sentence, so that the run is one paragraph, not one block a line.
    String line = "长河两岸新栽的柳树".repeat(128).substring(0, 1024);
    int lines = BlockReader.MAX_BLOCK_CHARS / 1024 + 1;

    List<Block> blocks = read("# 长河\n\n" + (line + "\n").repeat(lines));

    assertThat(blocks).hasSize(3);
    assertThat(blocks.get(1).span()).isEqualTo(SourceSpan.of(PATH, 3, lines + 1));
    assertThat(blocks.get(2).span()).isEqualTo(SourceSpan.of(PATH, lines + 2, lines + 2));
    assertThat(blocks.get(1).text().length() + blocks.get(2).text().length()).isEqualTo(lines * 1024);
    assertThat(blocks.get(1).warnings())
        .extracting(Warning::code, Warning::line)
        .containsExactly(tuple("long-block", 3));
    assertThat(blocks.get(2).warnings()).isEmpty();
  }

  @Test
  void runOfLinesThatFillsTheBlockLimitExactlyIsNotCut() throws IOException {
    String line = "长河两岸新栽的柳树".repeat(128).substring(0, 1024);
    int lines = BlockReader.MAX_BLOCK_CHARS / 1024;

    List<Block> blocks = read("# 长河\n\n" + (line + "\n").repeat(lines));

    assertThat(blocks).hasSize(2);
    assertThat(blocks.get(1).warnings()).isEmpty();
  }

  @Test
  void emptyDocumentHasNoBlocks() throws IOException {
    assertThat(read("")).isEmpty();
    assertThat(read("\n\n  \n")).isEmpty();
  }

  private static List<Block> read(String document) throws IOException {
    return readAll(reader(utf8(document), false));
  }

  private static BlockReader reader(byte[] input, boolean strict) {
    return new BlockReader(new LineReader(new ByteArrayInputStream(input)), PATH, strict);
  }

  private static List<Block> readAll(BlockReader reader) throws IOException {
    List<Block> blocks = new ArrayList<>();
    for (Block block = reader.next(); block != null; block = reader.next()) {
      blocks.add(block);
    }
    return blocks;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
