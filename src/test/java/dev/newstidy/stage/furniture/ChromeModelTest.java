package dev.newstidy.stage.furniture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import dev.newstidy.stage.furniture.ChromeModel.Threshold;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ChromeModelTest {
  @Test
  void shippedModelSetsEveryThresholdWithinItsFittedRange() {
    ChromeModel model = ChromeModel.shipped();
    for (Threshold t : Threshold.values()) {
      assertThat(model.get(t)).as(t.name()).isBetween(t.min(), t.max());
    }
    assertThat(LineEvidence.load().model()).isEqualTo(model);
  }

  @Test
  void sentenceLengthThresholdDecidesWhetherAShortSentenceIsProse() {
    String sentence = "青石镇新桥昨日通车,村民出行方便了。";
    LineEvidence loose = LineEvidence.load(ChromeModel.starting().with(Threshold.CJK_SENTENCE_CHARS, 12));
    LineEvidence strict = LineEvidence.load(ChromeModel.starting().with(Threshold.CJK_SENTENCE_CHARS, 20));

    assertThat(loose.isProse(sentence)).isTrue();
    assertThat(strict.isProse(sentence)).isFalse();
    assertThat(strict.isTextLike(sentence)).isTrue();
  }

  @Test
  void englishSentenceLengthThresholdCountsWords() {
    String sentence = "The mayor opened the new bridge today.";
    LineEvidence seven = LineEvidence.load(ChromeModel.starting().with(Threshold.LATIN_SENTENCE_WORDS, 7));
    LineEvidence ten = LineEvidence.load(ChromeModel.starting().with(Threshold.LATIN_SENTENCE_WORDS, 10));

    assertThat(seven.isProse(sentence)).isTrue();
    assertThat(ten.isProse(sentence)).isFalse();
  }

  @Test
  void missingKeyKeepsItsStartingValue() {
    Properties p = new Properties();
    p.setProperty("GAP", " 5 ");

    ChromeModel model = ChromeModel.fromProperties(p);

    assertThat(model.get(Threshold.GAP)).isEqualTo(5);
    assertThat(model.get(Threshold.SKIPS)).isEqualTo(Threshold.SKIPS.start());
  }

  @Test
  void writesWhatItReads() throws Exception {
    ChromeModel model = ChromeModel.starting().with(Threshold.LINK_RUN, 4);
    Properties p = new Properties();
    p.load(new java.io.StringReader(model.toProperties()));

    assertThat(ChromeModel.fromProperties(p)).isEqualTo(model);
  }

  @Test
  void refusesNegativeOrMissingThresholds() {
    assertThatThrownBy(() -> ChromeModel.starting().with(Threshold.GAP, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GAP");
    assertThatThrownBy(() -> new ChromeModel(ImmutableMap.of(Threshold.GAP, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("missing");
  }
}
