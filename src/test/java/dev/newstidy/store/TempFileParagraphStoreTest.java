package dev.newstidy.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TempFileParagraphStoreTest {
  @Test
  void givesBackTheShinglesAndTextOfARecordStillInTheBatch() throws IOException {
    try (TempFileParagraphStore store = TempFileParagraphStore.create()) {
      int id = store.append("桥头镇的渡船今天停航。", new long[] {-7L, 3L, Long.MAX_VALUE}, 0x1234_5678_9ABCL);

      assertThat(id).isZero();
      assertThat(store.location(id)).isEqualTo(0x1234_5678_9ABCL);
      assertThat(store.shingles(id)).containsExactly(-7L, 3L, Long.MAX_VALUE);
      assertThat(store.text(id)).isEqualTo("桥头镇的渡船今天停航。");
    }
  }

  @Test
  void givesBackRecordsWrittenOutAcrossManyBatchesAndOneLargerThanABatch() throws IOException {
    Random random = new Random(11);
    List<long[]> hashes = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    try (TempFileParagraphStore store = TempFileParagraphStore.create()) {
      for (int i = 0; i < 3000; i++) {
        // Record 1500 alone is larger than a batch (1 MiB): it is written straight through.
        long[] h = random.longs(i == 1500 ? 200_000 : random.nextInt(400)).sorted().toArray();
        String text = "第" + i + "段：河西村的新码头" + "，".repeat(i % 7);
        hashes.add(h);
        texts.add(text);
        assertThat(store.append(text, h, Long.MIN_VALUE + 31L * i)).isEqualTo(i);
      }

      for (int i : new int[] {0, 1, 777, 1499, 1500, 1501, 2999}) {
        assertThat(store.shingles(i)).as("record %s", i).containsExactly(hashes.get(i));
        assertThat(store.text(i)).as("record %s", i).isEqualTo(texts.get(i));
        assertThat(store.location(i)).as("record %s", i).isEqualTo(Long.MIN_VALUE + 31L * i);
        assertThat(store.shingleCount(i)).as("record %s", i).isEqualTo(hashes.get(i).length);
      }
      // Into a buffer: the hashes at its start when they fit (what lies past them is left as it
      // was), a new array of their own when they do not.
      long[] buffer = new long[500];
      java.util.Arrays.fill(buffer, 99L);
      for (int i : new int[] {0, 1, 777, 1499, 1501, 2999}) {
        int count = hashes.get(i).length;
        long[] read = store.shingles(i, buffer);
        assertThat(read).as("record %s", i).isSameAs(buffer);
        assertThat(java.util.Arrays.copyOf(read, count)).as("record %s", i).containsExactly(hashes.get(i));
        assertThat(java.util.Arrays.copyOfRange(read, count, buffer.length)).as("record %s", i).containsOnly(99L);
        java.util.Arrays.fill(buffer, 99L);
      }
      long[] large = store.shingles(1500, buffer);
      assertThat(large).isNotSameAs(buffer).containsExactly(hashes.get(1500));
    }
  }

  @Test
  void keepsAParagraphWithNoShinglesAndAnEmptyText() throws IOException {
    try (TempFileParagraphStore store = TempFileParagraphStore.create()) {
      store.append("", new long[0], 0L);
      store.append("second", new long[] {42L}, 0L);

      assertThat(store.shingles(0)).isEmpty();
      assertThat(store.text(0)).isEmpty();
      assertThat(store.shingles(1)).containsExactly(42L);
      assertThat(store.text(1)).isEqualTo("second");
    }
  }

  @Test
  void givesBackAnyTextAsItWasLatinOrWithALoneSurrogate() throws IOException {
    // UTF-16 code units as they are: a lone surrogate, which UTF-8 cannot carry, comes back too.
    String text = "Ferry to Wexmoor \uD83D resumes, 渡船复航 \uD83D\uDE22";
    try (TempFileParagraphStore store = TempFileParagraphStore.create()) {
      store.append(text, new long[] {1L}, 0L);

      assertThat(store.text(0)).isEqualTo(text);
    }
  }

  @Test
  void deletesItsFileWhenClosed() throws IOException {
    TempFileParagraphStore store = TempFileParagraphStore.create();
    Path file = store.file();
    assertThat(file).exists();

    store.close();

    assertThat(Files.exists(file)).isFalse();
  }
}
