package dev.newstidy.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {
  @Test
  void eachLineEndEndsOneLine() throws IOException {
    List<Line> lines = readAll(utf8("a\r\nb\rc\n"));

    assertThat(lines)
        .containsExactly(new Line(1, "a", 0), new Line(2, "b", 0), new Line(3, "c", 0));
  }

  @Test
  void keepsEmptyLinesBetweenLineEnds() throws IOException {
    List<Line> lines = readAll(utf8("a\n\r\n\rb"));

    assertThat(lines).extracting(Line::text).containsExactly("a", "", "", "b");
  }

  @Test
  void lastLineNeedsNoLineEnd() throws IOException {
    assertThat(readAll(utf8("标题\n正文"))).extracting(Line::text).containsExactly("标题", "正文");
  }

  @Test
  void emptyInputHasNoLines() throws IOException {
    assertThat(readAll(new byte[0])).isEmpty();
  }

  @Test
  void carriageReturnLineFeedCutByChunkBoundaryEndsOneLine() throws IOException {
    // The \r is the last byte of the first chunk, the \n the first byte of the second.
    String first = "a".repeat(LineReader.CHUNK - 1);

    List<Line> lines = readAll(utf8(first + "\r\nb\n"));

    assertThat(lines).extracting(Line::text).containsExactly(first, "b");
    assertThat(lines).extracting(Line::number).containsExactly(1, 2);
  }

  @Test
  void carriageReturnAtChunkBoundaryBeforeTextEndsOneLine() throws IOException {
    String first = "a".repeat(LineReader.CHUNK - 1);

    List<Line> lines = readAll(utf8(first + "\rb"));

    assertThat(lines).extracting(Line::text).containsExactly(first, "b");
  }

  @Test
  void carriageReturnAsVeryLastByteOfFullChunkEndsInput() throws IOException {
    String first = "a".repeat(LineReader.CHUNK - 1);

    assertThat(readAll(utf8(first + "\r"))).extracting(Line::text).containsExactly(first);
  }

  @Test
  void decodesCharacterCutByChunkBoundary() throws IOException {
    // 海 is three bytes; the first of them is the last byte of the first chunk.
    String text = "a".repeat(LineReader.CHUNK - 1) + "海岸";

    List<Line> lines = readAll(utf8(text + "\n"));

    assertThat(lines).containsExactly(new Line(1, text, 0));
  }

  @Test
  void readsLineLongerThanOneChunk() throws IOException {
    String text = "城市更新".repeat(LineReader.CHUNK / 4);

    assertThat(readAll(utf8(text + "\nend"))).extracting(Line::text).containsExactly(text, "end");
  }

  @Test
  void replacesInvalidUtf8AndCountsItOnItsLine() throws IOException {
    byte[] input =
        concat(utf8("好\n"), new byte[] {'a', (byte) 0xFF, 'b', (byte) 0xC3, '\n'}, utf8("好\n"));

    List<Line> lines = readAll(input);

    assertThat(lines)
        .containsExactly(
            new Line(1, "好", 0), new Line(2, "a\uFFFDb\uFFFD", 2), new Line(3, "好", 0));
  }

  @Test
  void truncatedMultiByteSequenceCountsOnce() throws IOException {
    byte[] input = {(byte) 0xE6, (byte) 0xB5, 'x'};

    assertThat(readAll(input)).containsExactly(new Line(1, "\uFFFDx", 1));
  }

  @Test
  void aRealReplacementCharacterIsKeptAndNotCountedAsInvalid() throws IOException {
    assertThat(readAll(utf8("河\uFFFD岸\n"))).containsExactly(new Line(1, "河\uFFFD岸", 0));
  }

  /**
   * The edges of the one-, two- and three-byte forms, each alone on a line and inside one, read as
   * the strict decoder reads them: the least and greatest of each form, the overlong forms (C0 AF,
   * C1 BF, E0 80 80, E0 9F BF), the last character before the surrogates and the first after them,
   * an encoded surrogate (ED A0 80, ED BF BF), U+FFFD, U+FFFF, a byte order mark in mid-line, a
   * four-byte character and a lead byte no form has (F5).
   */
  @Test
  void decodesEveryEdgeOfTheCommonFormsAsTheStrictDecoderDoes() throws IOException {
    int[][] edges = {
      {0x7F}, {0xC2, 0x80}, {0xDF, 0xBF}, {0xC0, 0xAF}, {0xC1, 0xBF}, {0xE0, 0xA0, 0x80},
      {0xE0, 0x80, 0x80}, {0xE0, 0x9F, 0xBF}, {0xED, 0x9F, 0xBF}, {0xED, 0xA0, 0x80},
      {0xED, 0xBF, 0xBF}, {0xEE, 0x80, 0x80}, {0xEF, 0xBF, 0xBD}, {0xEF, 0xBF, 0xBF},
      {0xEF, 0xBB, 0xBF}, {0xF0, 0x9F, 0x98, 0x80}, {0xF5, 0x80, 0x80, 0x80}, {0xE6, 0xB5}, {0xC3}
    };
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    List<Line> expected = new ArrayList<>();
    int number = 0;
    for (int[] edge : edges) {
      byte[] bytes = new byte[edge.length];
      for (int i = 0; i < edge.length; i++) {
        bytes[i] = (byte) edge[i];
      }
      for (byte[] line : List.of(bytes, concat(utf8("河"), bytes, utf8("岸")))) {
        expected.add(strictlyDecoded(++number, line));
        input.writeBytes(line);
        input.write('\n');
      }
    }

    assertThat(readAll(input.toByteArray())).containsExactlyElementsOf(expected);
  }

  /**
   * Decoding into the kept buffer must give what the strict decoder gives into a fresh one,
   * text and count, on any bytes: encoded surrogates, overlong forms, code points
   * past U+10FFFF, cut sequences and plain CJK, drawn from a fixed seed.
   */
  @Test
  void decodesRandomBytesAsTheStrictDecoderDoes() throws IOException {
    java.util.Random random = new java.util.Random(20261130L);
    byte[][] pieces = {
      utf8("桥"), utf8("é"), utf8("😀"), {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
      {(byte) 0xE6, (byte) 0xB5}, {(byte) 0x80}, {(byte) 0xFF}, utf8("\uFFFD"), utf8("a")
    };
    // One reader for all the lines, so that each line is decoded into the buffer the ones before
    // it left (longer, shorter, or holding an error).
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    List<Line> expected = new ArrayList<>();
    for (int number = 1; number <= 2000; number++) {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      for (int i = random.nextInt(number % 50 == 0 ? 400 : 8); i >= 0; i--) {
        if (random.nextInt(4) == 0) {
          line.write(0x80 + random.nextInt(0x80));
        } else {
          line.writeBytes(pieces[random.nextInt(pieces.length)]);
        }
      }
      expected.add(strictlyDecoded(number, line.toByteArray()));
      input.writeBytes(line.toByteArray());
      input.write('\n');
    }

    assertThat(readAll(input.toByteArray())).containsExactlyElementsOf(expected);
  }

  /** Line {@code number}, {@code bytes}, as the strict decoder reads it, U+FFFD for each error. */
  private static Line strictlyDecoded(int number, byte[] bytes) {
    java.nio.charset.CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length * 2 + 2);
    int invalid = 0;
    while (true) {
      java.nio.charset.CoderResult result = decoder.decode(in, out, true);
      if (!result.isError()) {
        break;
      }
      out.put('\uFFFD');
      in.position(in.position() + result.length());
      invalid++;
    }
    decoder.flush(out);
    return new Line(number, out.flip().toString(), invalid);
  }

  @Test
  void cutsALineAtTheLimitOnACharacterBoundaryAndReadsOn() throws IOException {
    // 1025 bytes of 海 (3 bytes each) cut at 1024 keeps 341 whole characters, not a split one.
    String longLine = "海".repeat(2000);
    List<String> cuts = new ArrayList<>();
    LineReader reader =
        new LineReader(
            new ByteArrayInputStream(utf8("短\n" + longLine + "\n下一行\n")),
            StandardCharsets.UTF_8,
            1024,
            (number, length) -> cuts.add(number + ":" + length));

    List<Line> lines = new ArrayList<>();
    for (Line line = reader.next(); line != null; line = reader.next()) {
      lines.add(line);
    }

    assertThat(lines).containsExactly(new Line(1, "短", 0), new Line(2, "海".repeat(341), 0), new Line(3, "下一行", 0));
    assertThat(cuts).containsExactly("2:6000");
  }

  @Test
  void lineExactlyAtTheLimitIsNotCut() throws IOException {
    List<String> cuts = new ArrayList<>();
    LineReader reader =
        new LineReader(new ByteArrayInputStream(utf8("a".repeat(1024) + "\n")), StandardCharsets.UTF_8, 1024,
            (number, length) -> cuts.add(number + ":" + length));

    assertThat(reader.next().text()).hasSize(1024);
    assertThat(cuts).isEmpty();
  }

  @Test
  void charReaderCutsWithoutSplittingASurrogatePair() throws IOException {
    List<String> cuts = new ArrayList<>();
    CharLineReader reader =
        new CharLineReader(new java.io.StringReader("a" + "\ud83d\ude00".repeat(10) + "\nb"), 4,
            (number, length) -> cuts.add(number + ":" + length));

    assertThat(reader.next()).isEqualTo(new Line(1, "a\ud83d\ude00", 0));
    assertThat(reader.next()).isEqualTo(new Line(2, "b", 0));
    assertThat(cuts).containsExactly("1:21");
  }

  @Test
  void givesTheLinesAPausedPipeHoldsWithoutWaitingForMore() throws IOException {
    // The writer sent two lines and paused: a third read would wait for it, so it fails here.
    InputStream paused = new Pieces(utf8("第一行\nsecond\n"));
    LineReader reader = new LineReader(paused);

    assertThat(reader.next()).isEqualTo(new Line(1, "第一行", 0));
    assertThat(reader.next()).isEqualTo(new Line(2, "second", 0));
  }

  @Test
  void readsTheSameLinesFromAnInputThatGivesAFewBytesAtATime() throws IOException {
    String text = "a\r\n柳溪镇\rlast";
    byte[] bytes = utf8(text);
    byte[][] pieces = new byte[bytes.length][];
    for (int i = 0; i < bytes.length; i++) {
      pieces[i] = new byte[] {bytes[i]};
    }
    List<Line> lines = new ArrayList<>();
    LineReader reader = new LineReader(new Pieces(pieces).thenEnd());
    for (Line line = reader.next(); line != null; line = reader.next()) {
      lines.add(line);
    }

    assertThat(lines).isEqualTo(readAll(bytes));
    assertThat(lines).extracting(Line::text).containsExactly("a", "柳溪镇", "last");
  }

  /**
   * Gives its pieces one read each, as a pipe gives what a writer sent; past the last one it ends,
   * or, unless told to end, fails as a read that would wait.
   */
  private static final class Pieces extends InputStream {
    private final byte[][] pieces;
    private int next;
    private boolean ends;

    Pieces(byte[]... pieces) {
      this.pieces = pieces;
    }

    Pieces thenEnd() {
      ends = true;
      return this;
    }

    @Override
    public int read() {
      throw new UnsupportedOperationException();
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (next == pieces.length) {
        if (ends) {
          return -1;
        }
        throw new AssertionError("read again: a pipe would wait here");
      }
      byte[] piece = pieces[next++];
      System.arraycopy(piece, 0, b, off, piece.length);
      return piece.length;
    }
  }

  private static List<Line> readAll(byte[] input) throws IOException {
    List<Line> lines = new ArrayList<>();
    LineReader reader = new LineReader(new ByteArrayInputStream(input));
    for (Line line = reader.next(); line != null; line = reader.next()) {
      lines.add(line);
    }
    return lines;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Arrays.stream(parts).forEach(out::writeBytes);
    return out.toByteArray();
  }
}
