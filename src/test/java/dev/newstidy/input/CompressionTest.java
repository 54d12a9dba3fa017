package dev.newstidy.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.CompressorException;
import org.apache.commons.compress.compressors.CompressorStreamFactory;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;

class CompressionTest {
  @Test
  void gzipIsRecognisedByItsMagicBytes() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write("# 标题".getBytes(StandardCharsets.UTF_8));
    }

    Compression.Opened opened = Compression.open(new ByteArrayInputStream(bytes.toByteArray()), "x.txt");

    assertThat(opened.compression()).isEqualTo(Compression.GZIP);
    assertThat(new String(opened.stream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("# 标题");
  }

  @Test
  void truncatedBzip2SaysItIsTruncated() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (BZip2CompressorOutputStream bz = new BZip2CompressorOutputStream(bytes)) {
      for (int i = 0; i < 2000; i++) {
        bz.write(("第" + i + "段正文,青石镇的河岸。\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] cut = Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);

    assertThatThrownBy(() -> Compression.open(new ByteArrayInputStream(cut), "x.txt.bz2").stream().readAllBytes())
        .isInstanceOf(InputException.class)
        .hasMessage("x.txt.bz2: cannot read bzip2 data: the compressed data ends early (truncated)");
  }

  @Test
  void plainTextIsNotCompressed() throws IOException {
    Compression.Opened opened = Compression.open(new ByteArrayInputStream("# 标题".getBytes(StandardCharsets.UTF_8)), "x.gz");

    assertThat(opened.compression()).isEqualTo(Compression.NONE);
    assertThat(new String(opened.stream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("# 标题");
  }

  @Test
  void compressionExtensionsAreStrippedForTheFormatByName() {
    assertThat(Compression.stripExtension("pages.jsonl.zst")).isEqualTo("pages.jsonl");
    assertThat(InputFormat.byName("pages.NDJSON.gz")).isEqualTo(InputFormat.JSONL);
    assertThat(InputFormat.byName("dump.txt.bz2")).isEqualTo(InputFormat.TEXT);
  }

  /**
   * The sniff of the first byte before commons-compress changes no answer: for every first byte,
   * followed by the rest of each signature read here or by text, {@code open} gives what
   * commons-compress's own detection decides (or fails reading data of that kind).
   */
  @Test
  void theFirstByteSniffAgreesWithCommonsCompress() throws IOException {
    byte[][] tails = {
      {(byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
      "Zh91AY&SY".getBytes(StandardCharsets.US_ASCII),
      {'7', 'z', 'X', 'Z', 0, 0, 4, (byte) 0xe6, (byte) 0xd6, (byte) 0xb4, 0x46, 0},
      {(byte) 0xb5, 0x2f, (byte) 0xfd, 0x20, 0, 0, 0, 0, 0, 0, 0, 0},
      {0x2a, 0x4d, 0x18, 4, 0, 0, 0, 0, 0, 0, 0, 0},
      "ay harbour reopens after the storm".getBytes(StandardCharsets.UTF_8),
      {},
    };
    for (int first = 0; first < 256; first++) {
      for (byte[] tail : tails) {
        byte[] bytes = new byte[tail.length + 1];
        bytes[0] = (byte) first;
        System.arraycopy(tail, 0, bytes, 1, tail.length);
        Compression expected = byCommonsCompress(bytes);
        Compression got;
        try {
          got = Compression.open(new ByteArrayInputStream(bytes), "x").compression();
        } catch (InputException e) {
          got = expected == Compression.NONE ? null : expected;
          assertThat(e.getMessage()).contains("cannot read " + expected.wireName() + " data");
        }
        assertThat(got).as("first byte %02x, %d more", first, tail.length).isEqualTo(expected);
      }
    }
  }

  private static Compression byCommonsCompress(byte[] bytes) {
    String detected;
    try {
      detected = CompressorStreamFactory.detect(new ByteArrayInputStream(bytes));
    } catch (CompressorException e) {
      return Compression.NONE;
    }
    return switch (detected) {
      case CompressorStreamFactory.GZIP -> Compression.GZIP;
      case CompressorStreamFactory.BZIP2 -> Compression.BZIP2;
      case CompressorStreamFactory.XZ -> Compression.XZ;
      case CompressorStreamFactory.ZSTANDARD -> Compression.ZSTD;
      default -> Compression.NONE;
    };
  }
}
