package dev.newstidy.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecodingTest {
  private static final String NEWS =
      "临江市今年新建城乡公交线路十二条,覆盖全市所有行政村。市交通运输局负责人介绍,下一步将继续优化线路和班次,方便群众出行。";

  @Test
  void utf8ByteOrderMarkGivesUtf8AndIsSkipped() {
    byte[] bytes = bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "正文".getBytes(StandardCharsets.UTF_8));

    Decoding.Decision d = decide(bytes);

    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.bomLength()).isEqualTo(3);
  }

  @Test
  void utf16ByteOrderMarkComesBeforeTheBinaryCheck() {
    byte[] bytes = bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, "正文 a".getBytes(StandardCharsets.UTF_16LE));

    Decoding.Decision d = decide(bytes);

    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(d.binary()).isFalse();
    assertThat(d.cutsOnBytes()).isFalse();
  }

  @Test
  void nulByteWithoutAMarkMeansBinary() {
    assertThat(decide(new byte[] {'P', 'K', 0, 3}).binary()).isTrue();
  }

  @Test
  void asciiAndUtf8TextStayUtf8() {
    assertThat(decide("plain text".getBytes(StandardCharsets.US_ASCII)).charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(decide(NEWS.getBytes(StandardCharsets.UTF_8)).detected()).isFalse();
  }

  @Test
  void utf8WithAFewStrayBytesStaysUtf8() {
    byte[] text = (NEWS + NEWS).getBytes(StandardCharsets.UTF_8);
    text[10] = (byte) 0xFF;

    Decoding.Decision d = decide(text);

    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.detected()).isFalse();
  }

  @Test
  void gb18030NewsIsDetected() {
    Charset gb = Charset.forName("GB18030");

    Decoding.Decision d = decide((NEWS + NEWS + NEWS).getBytes(gb));

    assertThat(d.charset()).isEqualTo(gb);
    assertThat(d.detected()).isTrue();
  }

  @Test
  void namedEncodingWins() {
    Charset big5 = Charset.forName("Big5");

    Decoding.Decision d = Decoding.decide("abc".getBytes(StandardCharsets.US_ASCII), 3, big5);

    assertThat(d.charset()).isEqualTo(big5);
    assertThat(d.detected()).isFalse();
  }

  private static Decoding.Decision decide(byte[] bytes) {
    return Decoding.decide(bytes, bytes.length, null);
  }

  private static byte[] bytes(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
