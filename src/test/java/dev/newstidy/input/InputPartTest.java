package dev.newstidy.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A part of a larger text file ({@link InputSource#part}), as a distributed run reads it: lines
 * numbered as in the whole file, and no front matter looked for past the file's top.
 */
class InputPartTest {
  private static final ReadSettings TEXT = new ReadSettings(InputFormat.TEXT, StandardCharsets.UTF_8, null, false);

  @Test
  void numbersItsLinesAfterTheLinesBeforeIt() throws IOException {
    assertThat(lines(InputSource.part("dump.txt", 40, () -> bytes("# 青石镇新闻\n\n正文一段。\n"))))
        .containsExactly("41:# 青石镇新闻", "42:", "43:正文一段。");
  }

  @Test
  void aWholeFileStillStartsAtLineOne() throws IOException {
    assertThat(lines(InputSource.part("dump.txt", 0, () -> bytes("甲\n乙\n")))).containsExactly("1:甲", "2:乙");
    assertThat(InputSource.opened("dump.txt", () -> bytes("")).linesBefore()).isZero();
  }

  @Test
  void aPartThatOpensWithAFenceHasNoFrontMatter() throws IOException {
    // A rule line in the middle of a dump, then key: value lines: text, not a page's front matter.
    List<String> read = lines(InputSource.part("dump.md", 9, () -> bytes("---\ntitle: 柳溪村\n---\n正文。\n")));
    assertThat(read).containsExactly("10:---", "11:title: 柳溪村", "12:---", "13:正文。");
  }

  @Test
  void aFileWithFrontMatterStillHasIt() throws IOException {
    List<String> read = lines(InputSource.opened("dump.md", () -> bytes("---\ntitle: 柳溪村\n---\n正文。\n")));
    assertThat(read).doesNotContain("11:title: 柳溪村").contains("4:正文。");
  }

  @Test
  void aPartOfAStructuredInputIsRefused() {
    ReadSettings jsonl = new ReadSettings(InputFormat.JSONL, StandardCharsets.UTF_8, null, false);
    assertThatThrownBy(() -> lines(InputSource.part("pages.jsonl", 3, () -> bytes("{\"text\":\"x\"}\n")), jsonl))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("pages.jsonl")
        .hasMessageContaining("a part of a file must be text");
  }

  @Test
  void aNegativeLineCountIsRefused() {
    assertThatThrownBy(() -> InputSource.part("dump.txt", -1, () -> bytes("")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<String> lines(InputSource source) throws IOException {
    return lines(source, TEXT);
  }

  private static List<String> lines(InputSource source, ReadSettings settings) throws IOException {
    List<String> out = new ArrayList<>();
    try (DumpReader reader = DumpReader.open(source, settings, InputStream.nullInputStream(), w -> {})) {
      for (Document d = reader.next(); d != null; d = reader.next()) {
        for (Line line = d.lines().next(); line != null; line = d.lines().next()) {
          out.add(line.number() + ":" + line.text());
        }
      }
    }
    return out;
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
