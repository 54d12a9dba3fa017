package dev.newstidy.stage.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FingerprintTableTest {
  @Test
  void theFirstValueStaysAndLaterPutsGetIt() {
    FingerprintTable table = new FingerprintTable();

    assertThat(table.putIfAbsent(7, 70)).isEqualTo(FingerprintTable.NONE);
    assertThat(table.putIfAbsent(7, 71)).isEqualTo(70);
    assertThat(table.get(7)).isEqualTo(70);
    assertThat(table.get(8)).isEqualTo(FingerprintTable.NONE);
    assertThat(table.size()).isEqualTo(1);
  }

  @Test
  void keyZeroIsAKeyLikeAnyOther() {
    FingerprintTable table = new FingerprintTable();

    assertThat(table.get(0)).isEqualTo(FingerprintTable.NONE);
    assertThat(table.putIfAbsent(0, 5)).isEqualTo(FingerprintTable.NONE);
    assertThat(table.putIfAbsent(0, 6)).isEqualTo(5);
    table.put(0, 9);
    assertThat(table.get(0)).isEqualTo(9);
    assertThat(table.sortedKeys()).containsExactly(0L);
  }

  @Test
  void aValueOfZeroIsHeldAsAnyOther() {
    // An empty slot is marked by its key, not its value.
    FingerprintTable table = new FingerprintTable();

    assertThat(table.putIfAbsent(3, 0)).isEqualTo(FingerprintTable.NONE);
    assertThat(table.putIfAbsent(3, 1)).isZero();
    assertThat(table.get(3)).isZero();
  }

  @Test
  void keysChoosingTheSameSlotAllStayAlsoAcrossTheEnd() {
    // One shard (top bits 0), the same low 32 bits: all start at one slot and probe on; low bits
    // of all ones scale to the last slot, so the probes go on from slot 0.
    FingerprintTable table = new FingerprintTable();
    for (long i = 1; i <= 40; i++) {
      table.putIfAbsent(i << 32 | 0xFFFF_FFFFL, i);
      table.putIfAbsent(i << 32, 100 + i);
    }
    for (long i = 1; i <= 40; i++) {
      assertThat(table.get(i << 32 | 0xFFFF_FFFFL)).isEqualTo(i);
      assertThat(table.get(i << 32)).isEqualTo(100 + i);
    }
    assertThat(table.get(41L << 32 | 0xFFFF_FFFFL)).isEqualTo(FingerprintTable.NONE);
  }

  @Test
  void answersAsAHashMapWhileItGrowsAndStaysBetweenItsLoads() {
    Random random = new Random(1122026L);
    FingerprintTable table = new FingerprintTable();
    Map<Long, Long> expected = new HashMap<>();
    long[] seen = new long[300_000];
    for (int i = 0; i < seen.length; i++) {
      // A quarter are repeats, as fingerprints of repeated paragraphs are; top bits of all kinds.
      long key = random.nextInt(4) == 0 && i > 0 ? seen[random.nextInt(i)] : random.nextLong();
      seen[i] = key;
      Long before = expected.putIfAbsent(key, (long) i);
      assertThat(table.putIfAbsent(key, i)).isEqualTo(before == null ? FingerprintTable.NONE : before);
    }
    for (Map.Entry<Long, Long> entry : expected.entrySet()) {
      assertThat(table.get(entry.getKey())).isEqualTo(entry.getValue());
    }
    assertThat(table.size()).isEqualTo(expected.size());
    assertThat(table.sortedKeys()).isSorted().hasSize(expected.size()).doesNotHaveDuplicates();
    double load = (double) expected.size() / table.capacity();
    assertThat(load).isBetween(FingerprintTable.MIN_LOAD - 0.02, FingerprintTable.MAX_LOAD);
  }

  @Test
  void putReplacesAndAddsForLoading() {
    FingerprintTable table = new FingerprintTable();
    for (long key = 1; key <= 5000; key++) {
      table.put(key * 0x9E37_79B9_7F4A_7C15L, key);
    }
    table.put(0x9E37_79B9_7F4A_7C15L, 99);

    assertThat(table.size()).isEqualTo(5000);
    assertThat(table.get(0x9E37_79B9_7F4A_7C15L)).isEqualTo(99);
    assertThat(table.get(5000 * 0x9E37_79B9_7F4A_7C15L)).isEqualTo(5000);
  }
}
