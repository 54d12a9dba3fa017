package dev.newstidy.stage.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NearSketcherTest {
  private static final String WORDS =
      "the ferry board met on tuesday to weigh a new timetable for winter crossings while pilots asked"
          + " about fuel costs and the harbour master said repairs to the north slip would wait until spring";

  @Test
  void oneSketcherGivesEachParagraphTheSketchOfItsOwn() {
    NearSketcher sketcher = new NearSketcher();
    Random random = new Random(20261201L);
    List<NearSketch> made = new ArrayList<>();
    List<int[]> shinglesAsMade = new ArrayList<>();
    for (String text : paragraphs(random)) {
      NearSketch kept = sketcher.sketch(text);
      NearSketch fresh = NearSketch.of(text);

      assertThat(kept.shingles()).as("shingles of %s", head(text)).isEqualTo(fresh.shingles());
      assertThat(kept.keys()).as("keys of %s", head(text)).isEqualTo(fresh.keys());
      assertThat(kept.kind()).isEqualTo(fresh.kind());
      assertThat(kept.normal()).isEqualTo(fresh.normal());
      made.add(kept);
      shinglesAsMade.add(kept.shingles().clone());
    }
    for (int i = 0; i < made.size(); i++) {
      assertThat(made.get(i).shingles()).as("sketch %s after the rest", i).isEqualTo(shinglesAsMade.get(i));
    }
  }

  @Test
  void aSketchKeepsItsShinglesWhenTheNextIsMade() {
    NearSketcher sketcher = new NearSketcher();
    // All 5-grams distinct, so that the first sort's output, made to fit, holds exactly the result.
    String first = han(new Random(11L), 120, 20_000);
    String second = han(new Random(12L), 90, 20_000);

    NearSketch made = sketcher.sketch(first);
    int[] asMade = made.shingles().clone();
    sketcher.sketch(second);

    assertThat(made.shingles()).isEqualTo(asMade).isEqualTo(NearSketch.of(first).shingles());
  }

  @Test
  void aSketchOfFewShinglesKeepsThemWhenTheNextIsMade() {
    NearSketcher sketcher = new NearSketcher();
    // 30 words: 28 word 3-grams, under the 32 that the counting sort starts at; sorted in place.
    String few = latin(new Random(13L), 30);
    String next = latin(new Random(14L), 30);

    NearSketch made = sketcher.sketch(few);
    int[] asMade = made.shingles().clone();
    long[] keys = made.keys().clone();
    sketcher.sketch(next);

    assertThat(made.shingles()).hasSizeLessThan(32).isEqualTo(asMade).isEqualTo(NearSketch.of(few).shingles());
    assertThat(made.keys()).isEqualTo(keys);
  }

  @Test
  void anOverlongParagraphBetweenShortOnesLeavesThemTheirSketches() {
    NearSketcher sketcher = new NearSketcher();
    String short1 = "镇上的渡口今年冬天换了新的时刻表，早班船提前到六点半开出，晚班船推迟到九点，周末另加一班午后的船。";
    String overlong = han(new Random(7L), Shingles.Scratch.KEPT + 5_000, 400);
    String short2 = "码头的北坡道要等到明年春天才修，船长们说燃油的价钱又涨了两成，渡轮的票价暂时不变，学生月票照旧打五折。";
    assertThat(List.of(short1, short2)).allMatch(t -> NearSketch.of(t).takesPart());

    for (String text : List.of(short1, overlong, short2, short1)) {
      assertThat(sketcher.sketch(text).shingles()).isEqualTo(NearSketch.of(text).shingles());
    }
  }

  private static List<String> paragraphs(Random random) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      switch (random.nextInt(5)) {
        case 0 -> texts.add(han(random, 40 + random.nextInt(400), 3000));
        // A small pool: the same 5-gram comes again, and the distinct shingles are fewer than the grams.
        case 1 -> texts.add(han(random, 60 + random.nextInt(200), 6));
        case 2 -> texts.add(latin(random, 30 + random.nextInt(120)));
        case 3 -> texts.add(latin(random, 8 + random.nextInt(20)));
        default -> texts.add(random.nextBoolean() ? "，。、——" : "短句。");
      }
    }
    return texts;
  }

  /** {@code length} Han characters from the first {@code pool} of the block, with a comma now and then. */
  private static String han(Random random, int length, int pool) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(random.nextInt(17) == 0 ? '，' : (char) (0x4E00 + random.nextInt(pool)));
    }
    return text.toString();
  }

  private static String latin(Random random, int words) {
    String[] pool = WORDS.split(" ");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      text.append(i == 0 ? "" : " ").append(pool[random.nextInt(pool.length)]);
    }
    return text.append('.').toString();
  }

  private static String head(String text) {
    return text.length() <= 20 ? text : text.substring(0, 20) + "…";
  }
}
