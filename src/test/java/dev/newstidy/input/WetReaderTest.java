package dev.newstidy.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WetReaderTest {
  private static final String WET = Fixtures.WET;

  @TempDir Path temp;
  private final List<String> warnings = new ArrayList<>();

  @Test
  void readsOnePagePerConversionRecordFromGzip() throws IOException {
    Path wet = temp.resolve("CC-MAIN-test.warc.wet.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(wet))) {
      out.write(WET.getBytes(StandardCharsets.UTF_8));
    }

    List<ReadBack.Doc> docs = ReadBack.read(wet, ReadBack.format(InputFormat.AUTO), warnings);

    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).record()).isEqualTo(1);
    assertThat(docs.get(0).lines())
        .containsExactly("1:柳河新桥通车", "2:柳河镇新桥今日通车，村民出行更方便。", "3:", "4:镇长李平说，新桥由县里出资修建。");
    assertThat(docs.get(0).fields())
        .containsExactly(Map.entry("url", "\"https://example.test/liuhe\""), Map.entry("date", "\"2024-03-02T08:00:00Z\""));
    assertThat(docs.get(1).record()).isEqualTo(2);
    assertThat(docs.get(1).fields()).containsEntry("url", "\"https://example.test/qc\"");
    assertThat(warnings).isEmpty();
  }

  @Test
  void isKnownByItsFirstLineWhateverItsName() throws IOException {
    assertThat(ReadBack.read(temp, "crawl.txt", WET, ReadBack.format(InputFormat.AUTO), warnings)).hasSize(2);
  }

  @Test
  void aLineInTheTextThatOnlyLooksLikeAHeaderStays() throws IOException {
    String wet = "WARC/1.0\nWARC-Type: conversion\n\nWARC/1.0 is a format.\nWARC-Type: notes\n";

    ReadBack.Doc doc = ReadBack.read(temp, "x.wet", wet, ReadBack.format(InputFormat.WET), warnings).get(0);

    assertThat(doc.text()).isEqualTo("WARC/1.0 is a format.\nWARC-Type: notes");
  }

  @Test
  void linesOutsideARecordAreWarnedAboutAndSkipped() throws IOException {
    String wet = "stray line\nmore\nWARC/1.0\nWARC-Type: conversion\n\n正文。\n";

    List<ReadBack.Doc> docs = ReadBack.read(temp, "x.wet", wet, ReadBack.format(InputFormat.WET), warnings);

    assertThat(docs).singleElement().extracting(ReadBack.Doc::text).isEqualTo("正文。");
    assertThat(warnings)
        .containsExactly("warning: " + temp.resolve("x.wet") + ":1: not a WARC record (no WARC/1.x line); record skipped");
  }
}
