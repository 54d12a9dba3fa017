package dev.newstidy.stage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newstidy.stage.byline.ChineseNames;
import dev.newstidy.stage.furniture.BoilerplateDetector;
import org.junit.jupiter.api.Test;

/** The dictionaries shipped in the jar are read on first use, once, and shared by every chain. */
class ShippedListsTest {
  @Test
  void eachListIsReadOnceAndShared() {
    assertThat(ChineseNames.load()).isSameAs(ChineseNames.load());
    assertThat(BoilerplateDetector.load()).isSameAs(BoilerplateDetector.load());
  }

  @Test
  void theSharedListsStillDecide() {
    // An invented byline name and an invented footer: the lists are the shipped ones.
    assertThat(ChineseNames.load().isPersonName("韦嘉言")).isTrue();
    assertThat(ChineseNames.load().isPersonName("青川县")).isFalse();
    assertThat(BoilerplateDetector.load().classify("版权所有 © 2024 临溪日报社")).isNotNull();
    assertThat(BoilerplateDetector.load().classify("临溪县今年新建村级图书室十二个。")).isNull();
  }
}
