package dev.newstidy.stage.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NearSketchTest {
  private static final String HARBOUR = "东港市新修的渔港码头本月投入使用，可同时停靠大小渔船二百多艘，港区还新建了冷库和交易大厅，渔民卸货后当天就能把鱼卖出去。";

  @Test
  void aChineseParagraphHasItsCharacterGramsAndEightKeys() {
    NearSketch sketch = NearSketch.of(HARBOUR);

    assertThat(sketch.takesPart()).isTrue();
    assertThat(sketch.shingles()).isEqualTo(Shingles.highHalves(Shingles.of(HARBOUR)));
    assertThat(sketch.keys()).hasSize(MinHash.BANDS).isEqualTo(MinHash.bandKeys(Shingles.of(HARBOUR)));
    assertThat(sketch.shortLatin()).isFalse();
    assertThat(sketch.normal()).isEqualTo(ParagraphFingerprint.normalise(HARBOUR));
  }

  @Test
  void shortOrLetterlessParagraphsTakeNoPart() {
    assertThat(NearSketch.of("渔港码头投入使用。").takesPart()).isFalse();
    assertThat(NearSketch.of("—".repeat(NearDuplicateIndex.MIN_CHARS)).takesPart()).isFalse();
  }

  @Test
  void shortEnglishTextIsMarkedForTheCheckByEdits() {
    String text = "The new harbour quay at Eastport opened this month and takes two hundred boats.";
    assertThat(NearSketch.of(text).shortLatin()).isTrue();
  }
}
