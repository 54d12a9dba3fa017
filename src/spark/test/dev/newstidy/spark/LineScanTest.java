package dev.newstidy.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineScanTest {
  @Test
  void countsLineEndsAndFindsTheFirstBlockAfterAnEmptyLine() throws IOException {
    String text = "a\nb\n\nc\n";
    assertThat(scan(text, 2, text.length())).isEqualTo(new LineScan(3, 5, 2));
    assertThat(scan(text, 0, 2)).isEqualTo(new LineScan(1, 0, 0));
  }

  @Test
  void theCountsOfRangesAddUpToTheFilesLines() throws IOException {
    String text = "甲\r\n乙\r丙\n\n丁\r\n\r\n戊";
    int bytes = text.getBytes(StandardCharsets.UTF_8).length;
    for (int cut = 1; cut < bytes; cut++) {
      long total = scan(text, 0, cut).lineEnds() + scan(text, cut, bytes).lineEnds();
      // 甲 乙 丙 (empty) 丁 (empty) 戊: six ends, \r\n once, whatever byte the cut falls on.
      assertThat(total).as("cut at %s", cut).isEqualTo(6);
    }
  }

  @Test
  void aRangeWithoutAnEmptyLineStartsAtItsFirstLine() throws IOException {
    String text = "abc\ndef\nghi\n";
    assertThat(scan(text, 1, 9)).isEqualTo(new LineScan(2, 4, 1));
  }

  @Test
  void aRangeInsideOneLineHasNoStart() throws IOException {
    String text = "abcdefgh\n";
    assertThat(scan(text, 2, 6)).isEqualTo(new LineScan(0, -1, 0));
  }

  @Test
  void aCarriageReturnLineFeedAcrossTheRangeStartIsNoLineStart() throws IOException {
    // The range opens on the \n of a \r\n: that pair ends one line, counted here, and the next
    // line starts after it, at b.
    String text = "a\r\nb\n";
    assertThat(scan(text, 2, text.length())).isEqualTo(new LineScan(2, 3, 1));
  }

  /** The scan of bytes {@code from} to {@code to}, given as a task reads them. */
  private static LineScan scan(String text, int from, int to) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int start = Math.max(0, from - 1);
    return LineScan.of(new ByteArrayInputStream(bytes, start, bytes.length - start), from, to);
  }
}
