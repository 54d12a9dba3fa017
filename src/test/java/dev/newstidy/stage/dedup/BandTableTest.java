package dev.newstidy.stage.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BandTableTest {
  private static final long[] FIRST = {1, 2, 3, 4, 5, 6, 7, 8};
  private static final long[] SECOND = {1, 2, 3, 14, 15, 16, 17, 18};

  @Test
  void aBlockPastWhatAValueCanPointToIsRefusedWithAMessage() {
    assertThat(BandTable.sharedValue(5)).isEqualTo(1 << 30 | 5);
    assertThat(BandTable.sharedValue((1 << 30) - 1)).isEqualTo(-1 >>> 1);
    assertThatThrownBy(() -> BandTable.sharedValue(1 << 30))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("recent-id block at 1073741824");
    assertThatThrownBy(() -> BandTable.sharedValue(-1)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void candidatesSharingMoreBandsComeFirst() {
    BandTable table = new BandTable();
    table.file(FIRST, 0);
    table.file(SECOND, 1);

    long[] candidates = table.candidates(SECOND);

    assertThat(candidates).hasSize(2);
    assertThat((int) candidates[0]).isEqualTo(1);
    assertThat(candidates[0] >>> 32).isZero();
    assertThat((int) candidates[1]).isEqualTo(0);
    assertThat(candidates[1] >>> 32).isEqualTo(MinHash.BANDS - 3);
  }

  @Test
  void aKeyNothingWasFiledUnderGivesNothing() {
    BandTable table = new BandTable();
    table.file(FIRST, 0);

    assertThat(table.candidates(new long[] {21, 22, 23, 24, 25, 26, 27, 28})).isEmpty();
  }

  @Test
  void eachBandGivesItsMostRecentParagraphsOnly() {
    BandTable table = new BandTable();
    int filed = BandTable.PER_BAND + 4;
    for (int id = 0; id < filed; id++) {
      long[] keys = {99, 100 + id, 200 + id, 300 + id, 400 + id, 500 + id, 600 + id, 700 + id};
      table.file(keys, id);
    }

    long[] candidates = table.candidates(new long[] {99, 1, 1, 1, 1, 1, 1, 1});

    assertThat(candidates).hasSize(BandTable.PER_BAND);
    assertThat((int) candidates[0]).isEqualTo(filed - BandTable.PER_BAND);
  }

  @Test
  void findsKeysWhateverTheirTopBits() {
    BandTable table = new BandTable();
    long[] spread = new long[MinHash.BANDS];
    for (int band = 0; band < MinHash.BANDS; band++) {
      spread[band] = (long) band << 61 | 0x5EEDL + band;
    }
    table.file(FIRST, 0);
    table.file(spread, 1);

    long[] candidates = table.candidates(spread);

    assertThat(candidates).containsExactly(1L);
    assertThat(table.candidates(new long[] {Long.MIN_VALUE, -1, 0, 1 << 30, 9, 9, 9, 9})).isEmpty();
  }

  @Test
  void theMapHoldsEachKeysHalvesXoredAndKeysSharingThemShareTheirParagraphs() {
    assertThat(BandTable.tag(0x0000_0001_0000_0003L)).isEqualTo(2);
    assertThat(BandTable.tag(0x1234_5678_0000_0000L)).isEqualTo(0x1234_5678);
    // Same top bits (one shard) and the same tag: the one entry the documented trade allows.
    long key = 0x0000_0005_0000_0009L;
    long twin = 0x0000_0000_0000_000CL;
    assertThat(BandTable.tag(twin)).isEqualTo(BandTable.tag(key));
    long[] keys = {key, 2, 3, 4, 5, 6, 7, 8};
    long[] twins = {twin, 22, 23, 24, 25, 26, 27, 28};
    BandTable table = new BandTable();
    table.file(keys, 0);

    assertThat(table.candidates(twins)).containsExactly((long) (MinHash.BANDS - 1) << 32);
    // Keys in another shard never meet, whatever their tag.
    long elsewhere = 0x8000_0005_8000_0009L;
    assertThat(BandTable.tag(elsewhere)).isEqualTo(BandTable.tag(key));
    assertThat(table.candidates(new long[] {elsewhere, 22, 23, 24, 25, 26, 27, 28})).isEmpty();
  }

  @Test
  void writesTheKeysAscendingWithTheirLatestParagraphThenEachParagraphsLinks() throws Exception {
    BandTable table = new BandTable();
    table.file(FIRST, 0);
    table.file(SECOND, 1);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

    table.write(new java.io.DataOutputStream(bytes), id -> id == 0 ? FIRST : SECOND);

    java.io.DataInputStream in = new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()));
    // Keys 1 to 8 and 14 to 18: 1, 2 and 3 last filed by paragraph 1, 4 to 8 by 0, 14 to 18 by 1.
    assertThat(in.readInt()).isEqualTo(13);
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 13; i++) {
      keys.add(in.readLong() + ":" + in.readInt());
    }
    assertThat(keys)
        .containsExactly("1:1", "2:1", "3:1", "4:0", "5:0", "6:0", "7:0", "8:0", "14:1", "15:1", "16:1", "17:1", "18:1");
    assertThat(in.readInt()).isEqualTo(2);
    int[] links = new int[2 * MinHash.BANDS];
    for (int i = 0; i < links.length; i++) {
      links[i] = in.readInt();
    }
    // Paragraph 0 is the oldest under every key; paragraph 1 links back to 0 under the 3 it shares.
    assertThat(links).containsExactly(-1, -1, -1, -1, -1, -1, -1, -1, 0, 0, 0, -1, -1, -1, -1, -1);
    assertThat(in.available()).isZero();
    assertThat(BandTable.skip(new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())))).isEqualTo(2);
  }

  @Test
  void chainsMergeToTheOrderOfASortByBandsSharedThenId() {
    Random random = new Random(1130L);
    BandTable table = new BandTable();
    List<long[]> filed = new ArrayList<>();
    for (int id = 0; id < 400; id++) {
      long[] keys = fewKeys(random);
      assertThat(table.candidates(keys)).isEqualTo(sortedCandidates(filed, keys));
      table.file(keys, id);
      filed.add(keys);
    }
  }

  /** Keys from a pool of 5 a band, so that chains are long and many ids share several bands. */
  private static long[] fewKeys(Random random) {
    long[] keys = new long[MinHash.BANDS];
    for (int band = 0; band < MinHash.BANDS; band++) {
      keys[band] = band * 10L + random.nextInt(5);
    }
    return keys;
  }

  /** The definition: each band's latest {@code PER_BAND} with its key, counted, then sorted. */
  private static long[] sortedCandidates(List<long[]> filed, long[] keys) {
    int[] shared = new int[filed.size()];
    for (int band = 0; band < MinHash.BANDS; band++) {
      int taken = 0;
      for (int id = filed.size() - 1; id >= 0 && taken < BandTable.PER_BAND; id--) {
        if (filed.get(id)[band] == keys[band]) {
          shared[id]++;
          taken++;
        }
      }
    }
    List<Long> order = new ArrayList<>();
    for (int id = 0; id < shared.length; id++) {
      if (shared[id] > 0) {
        order.add((long) (MinHash.BANDS - shared[id]) << 32 | id);
      }
    }
    long[] sorted = order.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    return sorted;
  }
}
