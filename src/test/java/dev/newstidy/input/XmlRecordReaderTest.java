package dev.newstidy.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlRecordReaderTest {
  /** Two records in the SogouCS shape: no root element, a stray {@code &}, U+E40C between paragraphs. */
  static final String SOGOU =
      "<doc>\n"
          + "<url>http://news.example.test/liuhe?id=1&from=home</url>\n"
          + "<docno>0a1b2c</docno>\n"
          + "<contenttitle>柳河新桥通车</contenttitle>\n"
          + "<content>　　柳河镇新桥今日通车，村民出行更方便。\uE40C　　镇长李平说，新桥由县里出资修建。</content>\n"
          + "</doc>\n"
          + "<doc>\n"
          + "<url>http://news.example.test/qc</url>\n"
          + "<docno>3d4e5f</docno>\n"
          + "<contenttitle>青川新区开园</contenttitle>\n"
          + "<content>青川新区今日开园&nbsp;首批企业入驻。</content>\n"
          + "</doc>\n";

  @TempDir Path temp;
  private final List<String> warnings = new ArrayList<>();

  @Test
  void readsSogouShapedRecordsWithoutARootElement() throws IOException {
    List<ReadBack.Doc> docs = ReadBack.read(temp, "news.xml", SOGOU, ReadBack.format(InputFormat.AUTO), warnings);

    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).lines())
        .containsExactly("1:# 柳河新桥通车", "1:柳河镇新桥今日通车，村民出行更方便。", "2:镇长李平说，新桥由县里出资修建。");
    assertThat(docs.get(0).fields())
        .containsExactly(
            Map.entry("url", "\"http://news.example.test/liuhe?id=1&from=home\""), Map.entry("docno", "\"0a1b2c\""));
    assertThat(docs.get(1).record()).isEqualTo(2);
    assertThat(docs.get(1).text()).isEqualTo("# 青川新区开园\n青川新区今日开园 首批企业入驻。");
    assertThat(warnings).isEmpty();
  }

  @Test
  void readsAGbkCollectionDetectedOrNamed() throws IOException {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      many.append(SOGOU);
    }
    Path gbk = temp.resolve("news_tensite_xml.dat");
    Files.write(gbk, many.toString().getBytes(Charset.forName("GBK")));

    List<ReadBack.Doc> detected = ReadBack.read(gbk, ReadBack.format(InputFormat.XML), warnings);
    List<ReadBack.Doc> named =
        ReadBack.read(gbk, new ReadSettings(InputFormat.XML, Charset.forName("GBK"), null, null, null, false), warnings);

    assertThat(detected).hasSize(60);
    assertThat(detected.get(0).text()).isEqualTo("# 柳河新桥通车\n柳河镇新桥今日通车，村民出行更方便。\n镇长李平说，新桥由县里出资修建。");
    assertThat(detected.get(0).encoding()).isEqualTo("GB18030");
    assertThat(named.get(59).text()).isEqualTo(detected.get(59).text());
  }

  @Test
  void aCollectionNamedAsTextIsKnownByItsMarkup() throws IOException {
    List<ReadBack.Doc> sohu = ReadBack.read(temp, "news.sohunews.010806.txt", SOGOU, ReadBack.format(InputFormat.AUTO), warnings);
    List<ReadBack.Doc> page =
        ReadBack.read(temp, "page.txt", "<p>柳河新桥通车</p>\n<doc>不是记录</doc>", ReadBack.format(InputFormat.AUTO), warnings);

    assertThat(sohu).hasSize(2);
    assertThat(page).singleElement().extracting(ReadBack.Doc::record).isEqualTo(0L);
  }

  @Test
  void recordElementAndFieldsCanBeNamed() throws IOException {
    String xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed>\n<item lang=\"zh\"><head>柳河新桥通车</head>"
            + "<story><p>新桥今日通车。</p><p>村民出行更方便。</p></story><doc>不是记录</doc></item>\n</feed>";
    ReadSettings named = new ReadSettings(InputFormat.XML, null, "story", "head", "item", false);

    ReadBack.Doc doc = ReadBack.read(temp, "feed.xml", xml, named, warnings).get(0);

    assertThat(doc.text()).isEqualTo("# 柳河新桥通车\n新桥今日通车。\n村民出行更方便。");
    assertThat(doc.fields()).containsExactly(Map.entry("lang", "\"zh\""), Map.entry("doc", "\"不是记录\""));
  }

  @Test
  void aBrokenRecordIsSkippedWithItsLineAndTheNextIsRead() throws IOException {
    String xml =
        "<doc>\n<contenttitle>坏</contenttitle>\n<content>未闭合 <b>粗体</content>\n</doc>\n"
            + "<doc>\n<contenttitle>无正文</contenttitle>\n</doc>\n"
            + "<doc>\n<content>第三条正文。</content>\n</doc>\n"
            + "<doc>\n<content>被截断";

    List<ReadBack.Doc> docs = ReadBack.read(temp, "news.xml", xml, ReadBack.format(InputFormat.XML), warnings);

    assertThat(docs).extracting(ReadBack.Doc::record).containsExactly(3L);
    assertThat(docs.get(0).text()).isEqualTo("第三条正文。");
    String at = "warning: " + temp.resolve("news.xml");
    assertThat(warnings).hasSize(3);
    assertThat(warnings.get(0)).startsWith(at + ":3: malformed XML: ").endsWith("; record skipped");
    assertThat(warnings.get(1)).isEqualTo(at + ":5: no <text>, <content>, <body> in the record; record skipped");
    assertThat(warnings.get(2)).isEqualTo(at + ":11: <doc> not closed; record skipped");
  }

  @Test
  void invalidUtf8InARecordIsWarnedAboutAtItsLineOrStopsAStrictRun() throws IOException {
    byte[] good = SOGOU.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] bad = "<doc><content>坏字节\u0000</content></doc>\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    bad[bad.length - 18] = (byte) 0xFF;
    Path xml = temp.resolve("news.xml");
    Files.write(xml, com.google.common.primitives.Bytes.concat(good, bad));

    List<ReadBack.Doc> docs = ReadBack.read(xml, ReadBack.format(InputFormat.XML), warnings);

    assertThat(docs).hasSize(3);
    assertThat(docs.get(2).text()).isEqualTo("坏字节\uFFFD");
    assertThat(warnings).containsExactly("warning: " + xml + ":13: 1 invalid UTF-8 sequence(s) replaced with U+FFFD");
    ReadSettings strict = new ReadSettings(InputFormat.XML, null, null, null, null, true);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReadBack.read(xml, strict, new ArrayList<>()))
        .hasMessage(xml + ":13: invalid UTF-8 (--strict)");
  }

  @Test
  void anEmptyContentGivesAHeadlineAlone() throws IOException {
    ReadBack.Doc doc =
        ReadBack.read(temp, "news.xml", "<doc><contenttitle>只有标题</contenttitle><content></content></doc>", ReadBack.format(InputFormat.XML), warnings)
            .get(0);

    assertThat(doc.lines()).containsExactly("1:# 只有标题");
  }
}
