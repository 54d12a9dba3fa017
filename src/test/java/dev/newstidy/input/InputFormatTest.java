package dev.newstidy.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputFormatTest {
  @ParameterizedTest
  @CsvSource({
    "pages.jsonl.gz, JSONL",
    "pages.ndjson, JSONL",
    "articles.json, JSON",
    "news_tensite.xml.bz2, XML",
    "reut2-000.sgm, SGML",
    "reut2-001.SGML, SGML",
    "CC-MAIN-1.warc.wet.gz, WET",
    "notes.md, TEXT",
    "dump.txt, TEXT"
  })
  void knowsTheFormatByName(String name, InputFormat format) {
    assertThat(InputFormat.byName(name)).isEqualTo(format);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"text\":\"a\"}| JSONL",
        "[ {\"body_text\":\"a\"}]| JSON",
        "[]| JSON",
        "WARC/1.0| WET",
        "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">| SGML",
        "<REUTERS NEWID=\"1\">| SGML",
        "<?xml version=\"1.0\"?>| XML",
        "<doc>| XML",
        "<doc id=\"1\">| XML",
      })
  void sniffsTheFormatOfStdin(String start, InputFormat format) {
    assertThat(InputFormat.bySniffing(start, "doc")).isEqualTo(format);
  }

  @Test
  void textThatOnlyLooksLikeMarkupOrAnArrayStaysText() {
    assertThat(InputFormat.bySniffing("[图片] 柳河新桥", "doc")).isEqualTo(InputFormat.TEXT);
    assertThat(InputFormat.bySniffing("<p>柳河新桥通车</p>", "doc")).isEqualTo(InputFormat.TEXT);
    assertThat(InputFormat.bySniffing("<document>", "doc")).isEqualTo(InputFormat.TEXT);
    assertThat(InputFormat.bySniffing("WARC-like notes", "doc")).isEqualTo(InputFormat.TEXT);
  }
}
