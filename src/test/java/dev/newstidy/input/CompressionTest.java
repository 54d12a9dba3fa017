package dev.newstidy.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
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
