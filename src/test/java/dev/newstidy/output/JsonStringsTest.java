package dev.newstidy.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonStringsTest {
  /** The bytes of {@code values} as one JSON array, each string written by the given way. */
  private static byte[] written(List<String> values, boolean utf8) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JsonStreams.generator(out)) {
      JsonStrings strings = utf8 ? JsonStrings.utf8(g) : JsonStrings.JACKSON;
      g.writeStartObject();
      for (int i = 0; i < values.size(); i++) {
        strings.field(g, "v" + i, values.get(i));
      }
      g.writeArrayFieldStart("all");
      for (String value : values) {
        strings.write(g, value);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  private static void assertSameAsJackson(List<String> values) throws IOException {
    assertThat(new String(written(values, true), StandardCharsets.UTF_8))
        .isEqualTo(new String(written(values, false), StandardCharsets.UTF_8));
    assertThat(written(values, true)).isEqualTo(written(values, false));
  }

  @Test
  void writesWhatJacksonWrites() throws IOException {
    List<String> values = new ArrayList<>();
    values.add("海安市总工会组织慰问。");
    values.add("café au lait, £3");
    values.add("He said \"no\" \\ twice");
    values.add("a\ttab and a\nnewline");
    values.add("\u0000\u001f\u007f");
    values.add("\u007f alone");
    values.add("smile 😀 and 𠀀");
    values.add("lone \ud800 surrogate");
    values.add("lone \udc00 low");
    values.add("");
    values.add(null);
    values.add("全角，标点“引号”《书名》");
    values.add("\u2028\u2029\ufeff\uffff");
    assertSameAsJackson(values);
  }

  /** Which strings the UTF-8 writer encodes itself, and which it leaves to Jackson. */
  @Test
  void encodesPlainTextItselfAndLeavesTheRestToJackson() throws IOException {
    try (JsonGenerator g = JsonStreams.generator(new ByteArrayOutputStream())) {
      JsonStrings strings = JsonStrings.utf8(g);
      g.writeStartArray();
      for (String plain : List.of("海安市总工会", "café", "\u007f", "\u2028", "", "全角，标点“引号”")) {
        int before = strings.encodedHere();
        strings.write(g, plain);
        assertThat(strings.encodedHere()).as(plain).isEqualTo(before + 1);
      }
      List<String> toJackson = new ArrayList<>(List.of("\"q\"", "a\\b", "tab\there", "😀", "lone \ud800", "海".repeat(JsonStrings.MAX_CHARS + 1)));
      toJackson.add(null);
      for (String other : toJackson) {
        int before = strings.encodedHere();
        strings.write(g, other);
        assertThat(strings.encodedHere()).as(String.valueOf(other)).isEqualTo(before);
      }
      g.writeEndArray();
    }
  }

  @Test
  void aParagraphLongerThanTheBuffersGoesToJackson() throws IOException {
    String longer = "海".repeat(JsonStrings.MAX_CHARS + 1);
    String longest = "海".repeat(JsonStrings.MAX_CHARS);
    String grown = "安".repeat(5000);
    assertSameAsJackson(List.of("短", longer, longest, grown, "短"));
  }

  /** Random text over every code unit, with pairs, controls and quotes among CJK and Latin. */
  @Test
  void seededSweepWritesWhatJacksonWrites() throws IOException {
    Random random = new Random(20261130);
    List<String> values = new ArrayList<>();
    for (int s = 0; s < 3000; s++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(s % 100 == 0 ? 3000 : 60);
      boolean clean = random.nextBoolean();
      for (int i = 0; i < length; i++) {
        int pick = random.nextInt(10);
        if (pick < 4) {
          b.append((char) (0x4E00 + random.nextInt(0x5200)));
        } else if (pick < 6) {
          b.append((char) (0x20 + random.nextInt(0x60)));
        } else if (pick < 7) {
          b.append((char) (0x80 + random.nextInt(0x780)));
        } else if (pick < 8) {
          b.appendCodePoint(0x10000 + random.nextInt(0x20000));
        } else if (pick < 9) {
          b.append((char) (0x800 + random.nextInt(0xF800)));
        } else if (!clean) {
          b.append((char) random.nextInt(0x10000));
        } else {
          b.append('，');
        }
      }
      values.add(b.toString());
    }
    assertSameAsJackson(values);
  }

  @Test
  void onlyJacksonsUtf8GeneratorTakesBytes() throws IOException {
    try (JsonGenerator g = JsonStreams.generator(new StringWriter())) {
      assertThatThrownBy(() -> JsonStrings.utf8(g)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
