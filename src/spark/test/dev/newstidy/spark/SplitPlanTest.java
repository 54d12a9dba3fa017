package dev.newstidy.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newstidy.input.InputFormat;
import dev.newstidy.input.ReadSettings;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Which openings of a file let the job read it in parts (the cutting itself: {@code SparkSplitTest}). */
class SplitPlanTest {
  private static final ReadSettings AUTO = new ReadSettings(InputFormat.AUTO, null, null, false);

  @Test
  void plainUtf8TextIsReadInParts() {
    assertThat(SplitPlan.isPlainUtf8Text(bytes("# 青石镇通讯\n\n正文。\n"), AUTO)).isTrue();
  }

  @Test
  void whatTheReaderDecidesFromTheOpeningIsReadWhole() {
    // Front matter gives every article of the file its fields; a mark, markup or another
    // encoding is decided once for the whole file.
    assertThat(SplitPlan.isPlainUtf8Text(bytes("---\ntitle: 柳溪村\n---\n正文。\n"), AUTO)).isFalse();
    assertThat(SplitPlan.isPlainUtf8Text(bytes("\uFEFF# 标题\n"), AUTO)).isFalse();
    assertThat(SplitPlan.isPlainUtf8Text(bytes("<doc>\n<content>正文</content>\n"), AUTO)).isFalse();
    assertThat(SplitPlan.isPlainUtf8Text("# 标题\n\n正文。\n".getBytes(Charset.forName("GB18030")), AUTO)).isFalse();
    assertThat(SplitPlan.isPlainUtf8Text(new byte[] {'a', 0, 'b'}, AUTO)).isFalse();
  }

  @Test
  void aRuleLineFurtherDownIsNoFrontMatter() {
    assertThat(SplitPlan.isPlainUtf8Text(bytes("# 标题\n\n---\n正文。\n"), AUTO)).isTrue();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
