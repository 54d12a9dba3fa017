package dev.newstidy.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newstidy.output.OutputException;
import dev.newstidy.stage.dedup.ParagraphStore;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TempFileParagraphStoreTest {
  @Test
  void givesBackTheShinglesAndTextOfARecordStillInTheBatch() throws IOException {
    try (TempFileParagraphStore store = TempFileParagraphStore.create()) {
      long[] keys = {1L, -2L, 3L, Long.MIN_VALUE, 5L, 6L, 7L, Long.MAX_VALUE};
      int id = store.append("桥头镇的渡船今天停航。", new int[] {-7, 3, Integer.MAX_VALUE}, keys, 0x1234_5678_9ABCL);

      assertThat(id).isZero();
      assertThat(store.location(id)).isEqualTo(0x1234_5678_9ABCL);
      assertThat(store.keys(id)).containsExactly(keys);
      assertThat(store.shingles(id)).containsExactly(-7, 3, Integer.MAX_VALUE);
      assertThat(store.text(id)).isEqualTo("桥头镇的渡船今天停航。");
    }
  }

  @Test
  void givesBackRecordsWrittenOutAcrossManyBatchesAndOneLargerThanABatch() throws IOException {
    Random random = new Random(11);
    List<int[]> hashes = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    try (TempFileParagraphStore store = TempFileParagraphStore.create()) {
      for (int i = 0; i < 3000; i++) {
        // Record 1500 alone is larger than a batch (1 MiB): it is written straight through.
        int[] h = random.ints(i == 1500 ? 300_000 : random.nextInt(400)).sorted().toArray();
        String text = "第" + i + "段：河西村的新码头" + "，".repeat(i % 7);
        hashes.add(h);
        texts.add(text);
        assertThat(store.append(text, h, keysOf(i), Long.MIN_VALUE + 31L * i)).isEqualTo(i);
      }

      for (int i : new int[] {0, 1, 777, 1499, 1500, 1501, 2999}) {
        assertThat(store.shingles(i)).as("record %s", i).containsExactly(hashes.get(i));
        assertThat(store.text(i)).as("record %s", i).isEqualTo(texts.get(i));
        assertThat(store.location(i)).as("record %s", i).isEqualTo(Long.MIN_VALUE + 31L * i);
        assertThat(store.keys(i)).as("record %s", i).containsExactly(keysOf(i));
        assertThat(store.shingleCount(i)).as("record %s", i).isEqualTo(hashes.get(i).length);
      }
      // Into a buffer: the hashes at its start when they fit (what lies past them is left as it
      // was), a new array of their own when they do not.
      int[] buffer = new int[500];
      java.util.Arrays.fill(buffer, 99);
      for (int i : new int[] {0, 1, 777, 1499, 1501, 2999}) {
        int count = hashes.get(i).length;
        int[] read = store.shingles(i, buffer);
        assertThat(read).as("record %s", i).isSameAs(buffer);
        assertThat(java.util.Arrays.copyOf(read, count)).as("record %s", i).containsExactly(hashes.get(i));
        assertThat(java.util.Arrays.copyOfRange(read, count, buffer.length)).as("record %s", i).containsOnly(99);
        java.util.Arrays.fill(buffer, 99);
      }
      int[] large = store.shingles(1500, buffer);
      assertThat(large).isNotSameAs(buffer).containsExactly(hashes.get(1500));
    }
  }

  @Test
  void keepsAParagraphWithNoShinglesAndAnEmptyText() throws IOException {
    try (TempFileParagraphStore store = TempFileParagraphStore.create()) {
      store.append("", new int[0], keysOf(0), 0L);
      store.append("second", new int[] {42}, keysOf(1), 0L);

      assertThat(store.shingles(0)).isEmpty();
      assertThat(store.text(0)).isEmpty();
      assertThat(store.shingles(1)).containsExactly(42);
      assertThat(store.text(1)).isEqualTo("second");
    }
  }

  @Test
  void givesBackAnyTextAsItWasLatinOrWithALoneSurrogate() throws IOException {
    // UTF-16 code units as they are: a lone surrogate, which UTF-8 cannot carry, comes back too.
    String text = "Ferry to Wexmoor \uD83D resumes, 渡船复航 \uD83D\uDE22";
    try (TempFileParagraphStore store = TempFileParagraphStore.create()) {
      store.append(text, new int[] {1}, keysOf(0), 0L);

      assertThat(store.text(0)).isEqualTo(text);
    }
  }

  @Test
  void refusesARecordWithoutItsEightKeys() throws IOException {
    try (TempFileParagraphStore store = TempFileParagraphStore.create()) {
      assertThatThrownBy(() -> store.append("短", new int[] {1}, new long[3], 0L))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  /** Eight band keys of record {@code i}, each its own. */
  private static long[] keysOf(int i) {
    return java.util.stream.LongStream.range(0, ParagraphStore.KEYS).map(k -> i * 1_000_003L + k).toArray();
  }

  @Test
  void aFolderItCannotCreateItsFileInIsNamedWithWhereTheFolderComesFrom(@TempDir Path dir) {
    Path missing = dir.resolve("gone");

    assertThatThrownBy(() -> TempFileParagraphStore.create(missing))
        .isInstanceOf(OutputException.class)
        .hasMessage(
            missing
                + ": cannot create the near-copy store: no such file or directory (--near keeps it in the"
                + " temporary folder; choose another with TMPDIR=DIR, or -Djava.io.tmpdir=DIR for java -jar)");
  }

  @Test
  void aFileCutShortUnderItIsNamedWhenARecordIsReadBack(@TempDir Path dir) throws IOException {
    Path file = Files.createFile(dir.resolve("store.bin"));
    try (TempFileParagraphStore store = TempFileParagraphStore.over(file, readWrite(file))) {
      for (int i = 0; i < 3; i++) {
        store.append("第" + i + "段", new int[100], keysOf(i), i);
      }
      // Larger than a batch: the three records before it are written out to the file.
      store.append("长段", new int[300_000], keysOf(3), 3);
      try (FileChannel cut = readWrite(file)) {
        cut.truncate(100);
      }

      assertThatThrownBy(() -> store.shingles(2))
          .isInstanceOf(OutputException.class)
          .hasMessage(file + ": cannot read the near-copy store back: it ended early" + TempFileParagraphStore.FOLDER_HINT);
    }
  }

  @Test
  void aWriteThatFailsIsNamed(@TempDir Path dir) throws IOException {
    Path file = Files.createFile(dir.resolve("store.bin"));
    FileChannel channel = readWrite(file);
    try (TempFileParagraphStore store = TempFileParagraphStore.over(file, channel)) {
      store.append("第一段", new int[100], keysOf(0), 0);
      channel.close();

      // Larger than a batch: written straight through, which the closed channel refuses.
      assertThatThrownBy(() -> store.append("长段", new int[300_000], keysOf(1), 1))
          .isInstanceOf(OutputException.class)
          .hasMessage(file + ": cannot write the near-copy store: ClosedChannelException" + TempFileParagraphStore.FOLDER_HINT);
    }
  }

  private static FileChannel readWrite(Path file) throws IOException {
    return FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
  }

  @Test
  void leavesNoFileInItsFolderEvenWhileOpen(@TempDir Path dir) throws IOException {
    // On Linux: a run killed with kill -9 leaves nothing of the size of its input behind.
    try (TempFileParagraphStore store = TempFileParagraphStore.create(dir)) {
      assertThat(dir).isEmptyDirectory();
      store.append("第一段", new int[] {5, 9}, keysOf(0), 0);
      store.append("长段", new int[300_000], keysOf(1), 1);

      assertThat(dir).isEmptyDirectory();
      assertThat(store.shingles(0)).containsExactly(5, 9);
    }
    assertThat(dir).isEmptyDirectory();
  }
}
