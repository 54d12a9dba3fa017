package dev.newstidy.stage.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    assertThat(table.get(1)).isEqualTo(-1);
  }

  @Test
  void keysChoosingTheSameSlotAllStay() {
    // Small keys all scale to slot 0 and probe on from it; keys just under 2^32 (negative ints)
    // scale to the last slot and probe on across the end.
    KeyTable table = new KeyTable();
    for (int i = 1; i <= 40; i++) {
      table.put(i, i);
      table.put(-i, 100 + i);
    }
    for (int i = 1; i <= 40; i++) {
      assertThat(table.get(i)).isEqualTo(i);
      assertThat(table.get(-i)).isEqualTo(100 + i);
    }
    assertThat(table.get(41)).isEqualTo(-1);
    assertThat(table.get(-41)).isEqualTo(-1);
  }

  @Test
  void aValueOfZeroIsHeldUnderAnyKey() {
    // A slot is key << 32 | value: value 0 under a key other than 0 is not an empty slot.
    KeyTable table = new KeyTable();

    assertThat(table.put(9, 0)).isEqualTo(-1);
    assertThat(table.get(9)).isZero();
    assertThat(table.put(9, Integer.MAX_VALUE)).isZero();
    assertThat(table.get(9)).isEqualTo(Integer.MAX_VALUE);
    assertThatThrownBy(() -> table.put(9, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(table.get(9)).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void answersAsAHashMapWhileItGrowsAndStaysBetweenItsLoads() {
    Random random = new Random(30112026L);
    KeyTable table = new KeyTable();
    Map<Integer, Integer> expected = new HashMap<>();
    for (int i = 0; i < 200_000; i++) {
      // Some keys come again, as band keys of near copies do.
      int key = random.nextInt(4) == 0 && i > 0 ? (int) Shingles.mix(random.nextInt(i)) : random.nextInt();
      Integer before = expected.put(key, i);
      assertThat(table.put(key, i)).isEqualTo(before == null ? -1 : before);
    }
    for (Map.Entry<Integer, Integer> entry : expected.entrySet()) {
      assertThat(table.get(entry.getKey())).isEqualTo(entry.getValue());
    }
    double load = (double) expected.size() / table.capacity();
    assertThat(load).isBetween(KeyTable.MIN_LOAD - 0.01, KeyTable.MAX_LOAD);
  }
}
