package dev.newstidy.stage.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link NearSnapshot#asSaved}: a text as a saved index gives it back, each lone surrogate
 * {@code '?'} wherever it stands, pairs kept.
 */
class NearSnapshotTest {
  private static final String PAIR = "\uD83D\uDE00";
  private static final String HIGH = "\uD83D";
  private static final String LOW = "\uDE00";

  @Test
  void aLoneSurrogateBecomesAQuestionMarkAtEitherEndAndAfterAPair() {
    assertThat(NearSnapshot.asSaved("渡" + HIGH + "口")).isEqualTo("渡?口");
    // A high surrogate last, a low surrogate first, both alone.
    assertThat(NearSnapshot.asSaved("渡口" + HIGH)).isEqualTo("渡口?");
    assertThat(NearSnapshot.asSaved(LOW + "渡口")).isEqualTo("?渡口");
    assertThat(NearSnapshot.asSaved(HIGH)).isEqualTo("?");
    assertThat(NearSnapshot.asSaved(LOW)).isEqualTo("?");
    // A pair followed by a lone one: the pair stays, the lone one goes, of either kind.
    assertThat(NearSnapshot.asSaved(PAIR + LOW)).isEqualTo(PAIR + "?");
    assertThat(NearSnapshot.asSaved(PAIR + HIGH)).isEqualTo(PAIR + "?");
    assertThat(NearSnapshot.asSaved("渡" + PAIR + LOW + "口")).isEqualTo("渡" + PAIR + "?口");
    // A lone high before a pair, and a pair written backwards (two lone ones).
    assertThat(NearSnapshot.asSaved(HIGH + PAIR)).isEqualTo("?" + PAIR);
    assertThat(NearSnapshot.asSaved(LOW + HIGH)).isEqualTo("??");
  }

  /** Look-alikes: texts with no lone surrogate, pairs included, come back as they are. */
  @Test
  void aTextWithoutALoneSurrogateIsReturnedAsItIs() {
    String[] texts = {"", "渡口新桥", PAIR, PAIR + PAIR, "渡" + PAIR + "口", "\uD840\uDC00", "?"};
    for (String text : texts) {
      assertThat(NearSnapshot.asSaved(text)).isSameAs(text);
    }
  }

  /** What the index stores while it runs is what UTF-8 writes and reads back, on random texts. */
  @Test
  void agreesWithAUtf8RoundTripOnRandomTexts() {
    String parts = "渡口a?" + PAIR + HIGH + LOW + "\uDBFF\uDFFF\uFFFF";
    Random random = new Random(20261130);
    for (int round = 0; round < 5_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(parts.charAt(random.nextInt(parts.length())));
      }
      String input = text.toString();
      String roundTrip = new String(input.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
      assertThat(NearSnapshot.asSaved(input)).as("%s", input.chars().mapToObj(Integer::toHexString).toList())
          .isEqualTo(roundTrip);
    }
  }
}
