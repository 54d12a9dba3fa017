package dev.newstidy.stage.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RecentIdsTest {
  @Test
  void keepsTheLatestFirst() {
    RecentIds ids = new RecentIds();

    int block = ids.add(ids.start(3, 5), 8);

    assertThat(idsOf(ids, block)).containsExactly(8, 5, 3);
    assertThat(ids.latest(block)).isEqualTo(8);
  }

  @Test
  void dropsTheOldestPastTheMost() {
    RecentIds ids = new RecentIds();
    int block = ids.start(0, 1);
    for (int id = 2; id < 20; id++) {
      block = ids.add(block, id);
    }

    int[] expected = new int[RecentIds.MOST];
    for (int k = 0; k < expected.length; k++) {
      expected[k] = 19 - k;
    }
    assertThat(idsOf(ids, block)).containsExactly(expected);
  }

  @Test
  void manyKeysKeepTheirOwnIdsWhileBlocksMoveAndAreReused() {
    // Thousands of keys growing at random past a chunk's end: each keeps its own latest ids.
    Random random = new Random(20261130L);
    RecentIds ids = new RecentIds();
    int keys = 6000;
    int[] blocks = new int[keys];
    List<List<Integer>> expected = new ArrayList<>();
    for (int key = 0; key < keys; key++) {
      blocks[key] = ids.start(key * 2, key * 2 + 1);
      expected.add(new ArrayList<>(List.of(key * 2 + 1, key * 2)));
    }
    for (int step = 0; step < 60_000; step++) {
      int key = random.nextInt(keys);
      int id = 20_000 + step;
      blocks[key] = ids.add(blocks[key], id);
      List<Integer> kept = expected.get(key);
      kept.add(0, id);
      if (kept.size() > RecentIds.MOST) {
        kept.remove(kept.size() - 1);
      }
    }
    for (int key = 0; key < keys; key++) {
      assertThat(idsOf(ids, blocks[key])).as("key %s", key).isEqualTo(expected.get(key).stream().mapToInt(Integer::intValue).toArray());
    }
  }

  private static int[] idsOf(RecentIds ids, int block) {
    int[] into = new int[RecentIds.MOST];
    return Arrays.copyOf(into, ids.copy(block, into, 0));
  }
}
