package dev.newstidy.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
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
}
