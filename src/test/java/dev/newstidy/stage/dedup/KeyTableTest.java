package dev.newstidy.stage.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyTableTest {
  @Test
  void aSecondPutReplacesAndReturnsTheFirst() {
    KeyTable table = new KeyTable();

    assertThat(table.put(7, 1)).isEqualTo(-1);
    assertThat(table.put(7, 2)).isEqualTo(1);
    assertThat(table.get(7)).isEqualTo(2);
    assertThat(table.get(8)).isEqualTo(-1);
  }

  @Test
  void keyZeroIsAKeyLikeAnyOther() {
    KeyTable table = new KeyTable();

    assertThat(table.get(0)).isEqualTo(-1);
    assertThat(table.put(0, 5)).isEqualTo(-1);
    assertThat(table.put(0, 6)).isEqualTo(5);
    assertThat(table.get(0)).isEqualTo(6);
    assertThat(table.keys()).containsExactly(0L);
  }

  @Test
  void keysWithTheSameLowBitsAllStay() {
    // The same low 32 bits choose the same slot: the later ones probe past it, also across the end.
    KeyTable table = new KeyTable();
    for (int i = 1; i <= 40; i++) {
      table.put((long) i << 32 | 0xFFFF_FFFFL, i);
    }
    for (int i = 1; i <= 40; i++) {
      assertThat(table.get((long) i << 32 | 0xFFFF_FFFFL)).isEqualTo(i);
    }
    assertThat(table.get(41L << 32 | 0xFFFF_FFFFL)).isEqualTo(-1);
  }

  @Test
  void answersAsAHashMapWhileItGrowsAndStaysBetweenItsLoads() {
    Random random = new Random(30112026L);
    KeyTable table = new KeyTable();
    Map<Long, Integer> expected = new HashMap<>();
    for (int i = 0; i < 200_000; i++) {
      // Some keys come again, as band keys of near copies do.
      long key = random.nextInt(4) == 0 && i > 0 ? Shingles.mix(random.nextInt(i)) : random.nextLong();
      Integer before = expected.put(key, i);
      assertThat(table.put(key, i)).isEqualTo(before == null ? -1 : before);
    }
    for (Map.Entry<Long, Integer> entry : expected.entrySet()) {
      assertThat(table.get(entry.getKey())).isEqualTo(entry.getValue());
    }
    assertThat(table.keys()).hasSize(expected.size());
    double load = (double) expected.size() / table.capacity();
    assertThat(load).isBetween(KeyTable.MIN_LOAD - 0.01, KeyTable.MAX_LOAD);
  }
}
