package dev.newstidy.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LanguageCensusTest {
  @Test
  void traditionalTitleOverAnEnglishPhrase() {
    assertThat(new LanguageCensus().add("青石鎮新橋通車").add("Mill bridge").languageTag()).isEqualTo("zh-Hant");
  }

  @Test
  void simplifiedTextReadsAsSimplified() {
    assertThat(new LanguageCensus().add("青石镇新桥通车了").languageTag()).isEqualTo("zh-Hans");
  }

  @Test
  void latinTextAndEmptyText() {
    assertThat(new LanguageCensus().add("The Old Mill bridge reopens").languageTag()).isEqualTo("en");
    assertThat(new LanguageCensus().add("2024 — 17:30").languageTag()).isEqualTo("und");
  }

  @Test
  void aCharacterOfOnlyOneFormIsAlwaysCjk() {
    // The census of a text counts its simplified and traditional characters only when it holds a
    // CJK letter; a character of only one form is itself one, so nothing is left out.
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (HanVariants.isSimplifiedOnly((char) c) || HanVariants.isTraditionalOnly((char) c)) {
        assertThat(Scripts.isCjk(c)).as("U+%04X", c).isTrue();
      }
    }
  }

  @Test
  void everyCodeUnitCountsAsTheSeparateDefinitionsSay() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      int expected = Scripts.isCjk(c) ? 1 : Scripts.isLatinLetter(c) ? 2 : 0;
      expected |= HanVariants.isSimplifiedOnly((char) c) ? 4 : 0;
      expected |= HanVariants.isTraditionalOnly((char) c) ? 8 : 0;
      assertThat(LanguageCensus.kind((char) c)).as("U+%04X", c).isEqualTo(expected);
    }
    // Look-alikes that must not count as the kind they resemble
    assertThat(LanguageCensus.kind('中')).isEqualTo(1); // shared by both forms
    assertThat(LanguageCensus.kind('ａ')).isEqualTo(0); // full-width, not a Latin letter here
    assertThat(LanguageCensus.kind('Ω')).isEqualTo(0);
    assertThat(LanguageCensus.kind('這')).isEqualTo(1 | 8);
    assertThat(LanguageCensus.kind('这')).isEqualTo(1 | 4);
  }

  @Test
  void countsATextLongerThanTheBufferItKeepsAndTheShortOnesAfterIt() {
    LanguageCensus census = new LanguageCensus();
    census.add("這".repeat(70_000));
    census.add("Mill bridge");
    census.add("这".repeat(300));
    // 70,300 CJK characters against 10 Latin letters; 70,000 traditional-only against 300.
    assertThat(census.languageTag()).isEqualTo("zh-Hant");
    census.add("这".repeat(70_000));
    assertThat(census.languageTag()).isEqualTo("zh-Hans");
  }

  @Test
  void agreesWithTheSeparateCounts() {
    // Given random texts of simplified, traditional, shared, Latin, supplementary and broken
    // surrogate characters, look-alikes (full-width letters, kana, hangul) included
    String[] pieces = {
      "这", "這", "桥", "橋", "中", "石", "Mill", "É", "ß", "ａ", "か", "한", "\uD840\uDC00", "\uD835\uDC00",
      "\uD800", "\uDC00", " ", "，", "7", "Ω", "後"
    };
    Random random = new Random(3);
    for (int i = 0; i < 5_000; i++) {
      String[] texts = new String[1 + random.nextInt(4)];
      LanguageCensus census = new LanguageCensus();
      int cjk = 0;
      int latin = 0;
      HanVariants.Census variants = new HanVariants.Census(0, 0);
      for (int t = 0; t < texts.length; t++) {
        StringBuilder text = new StringBuilder();
        // Now and then a text longer than the census's first buffer, and shorter ones after it.
        for (int n = random.nextInt(i % 50 == 0 ? 400 : 12); n > 0; n--) {
          text.append(pieces[random.nextInt(pieces.length)]);
        }
        texts[t] = text.toString();
        census.add(texts[t]);
        Scripts.LetterCounts counts = Scripts.count(texts[t]);
        cjk += counts.cjk();
        latin += counts.latin();
        if (counts.cjk() > 0) {
          variants = variants.plus(HanVariants.count(texts[t]));
        }
      }
      // Then the fused pass decides the same tag as the separate counts
      String tag = new Scripts.LetterCounts(cjk, latin).languageTag();
      String expected = tag.equals("zh") ? variants.chineseTag() : tag;
      assertThat(census.languageTag()).as(String.join("|", texts)).isEqualTo(expected);
    }
  }
}
