package dev.newstidy.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newstidy.stage.dedup.NearDuplicateIndex;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AskedVerdictsTest {
  // Invented paragraphs, long enough for the near-copy index, with nothing in common.
  private static final String FERRY =
      "青石渡口的老渡船今年春天换了新发动机,船工说过江的时间从二十分钟缩短到了十二分钟,两岸赶集的村民都说方便多了。";
  private static final String ORCHARD =
      "北坡果园去年冬天遭了一场冻害,技术员带着农户剪枝施肥,今年梨树照样开花,合作社预计产量能恢复到往年八成左右。";

  @Test
  void keepsOnlyTheExactVerdictsOfFingerprintsAsked() {
    Map<Long, Span> given = Map.of(7L, new Span("a.txt", 0, 3, 3), 8L, new Span("a.txt", 0, 9, 9));

    assertThat(AskedVerdicts.narrowExact(given, Set.of(8L, 11L))).containsOnly(Map.entry(8L, new Span("a.txt", 0, 9, 9)));
    assertThat(AskedVerdicts.narrowExact(given, Set.of())).isEmpty();
  }

  @Test
  void keepsOnlyTheSeedsSharingABandKeyWithWhatWasLookedUp() {
    NearItem ferry = new NearItem(0, 0, 3, true, new Span("a.txt", 0, 3, 3), FERRY);
    NearItem orchard = new NearItem(0, 1, 5, true, new Span("a.txt", 0, 5, 5), ORCHARD);
    // The task looked up a copy of the ferry paragraph with one character changed: at least one
    // of its band keys is the ferry's, none is the orchard's.
    Set<Long> asked = keys(FERRY.replace("新发动机", "新马达机"));

    assertThat(AskedVerdicts.narrowNear(List.of(ferry, orchard), asked)).containsExactly(ferry);
    assertThat(AskedVerdicts.narrowNear(List.of(ferry, orchard), keys(ORCHARD))).containsExactly(orchard);
    assertThat(AskedVerdicts.narrowNear(List.of(ferry, orchard), Set.of())).isEmpty();
  }

  private static Set<Long> keys(String text) {
    Set<Long> keys = new HashSet<>();
    for (long key : NearDuplicateIndex.bandKeysOf(text)) {
      keys.add(key);
    }
    return keys;
  }
}
