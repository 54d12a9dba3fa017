package dev.newstidy.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newstidy.input.InputException;
import dev.newstidy.model.SourceSpan;
import dev.newstidy.output.OutputException;
import dev.newstidy.stage.dedup.InMemoryParagraphIndex;
import dev.newstidy.stage.dedup.ListParagraphStore;
import dev.newstidy.stage.dedup.NearDuplicateIndex;
import dev.newstidy.stage.dedup.ParagraphStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexFileTest {
  @TempDir Path temp;

  @Test
  void savedIndexComesBackWithItsPathsAndLocations() throws IOException {
    Path file = temp.resolve("seen.idx");
    InMemoryParagraphIndex index = new InMemoryParagraphIndex();
    index.putIfAbsent(11L, SourceSpan.of("day1.txt", 7, 7));
    index.putIfAbsent(22L, new SourceSpan("day1.jsonl", 3, 5, 5));
    try (IndexFile f = IndexFile.lock(file)) {
      f.save(index);
    }

    InMemoryParagraphIndex loaded;
    try (IndexFile f = IndexFile.lock(file)) {
      loaded = f.load();
    }

    assertThat(loaded.size()).isEqualTo(2);
    assertThat(loaded.putIfAbsent(11L, SourceSpan.of("day2.txt", 1, 1))).isEqualTo(SourceSpan.of("day1.txt", 7, 7));
    assertThat(loaded.putIfAbsent(22L, SourceSpan.of("day2.txt", 1, 1))).isEqualTo(new SourceSpan("day1.jsonl", 3, 5, 5));
  }

  @Test
  void aStoreThatCannotTakeTheSavedParagraphsIsNotTakenForACorruptIndex() throws IOException {
    Path file = temp.resolve("near.idx");
    NearDuplicateIndex near = new NearDuplicateIndex(0.8, new ListParagraphStore());
    near.findAndAdd("溪口镇今年新修的两条村道已经全部通车，沿线六个村的村民出门赶集再也不用绕远路了，镇上的班车也加开了早晚两趟。", SourceSpan.of("a.txt", 1, 1));
    try (IndexFile f = IndexFile.lock(file)) {
      f.save(new InMemoryParagraphIndex(), near);
    }
    ParagraphStore full =
        new ParagraphStore() {
          @Override
          public int append(String text, int[] shingles, long[] keys, long location) throws IOException {
            throw new OutputException("/tmp/newstidy-near-1.bin", "cannot write the near-copy store: No space left on device");
          }

          @Override
          public long location(int id) {
            throw new AssertionError();
          }

          @Override
          public long[] keys(int id) {
            throw new AssertionError();
          }

          @Override
          public String text(int id) {
            throw new AssertionError();
          }

          @Override
          public int shingleCount(int id) {
            throw new AssertionError();
          }

          @Override
          public int[] shingles(int id) {
            throw new AssertionError();
          }

          @Override
          public void close() {}
        };

    try (IndexFile f = IndexFile.lock(file)) {
      assertThatThrownBy(() -> f.load(new NearDuplicateIndex(0.8, full)))
          .isInstanceOf(OutputException.class)
          .hasMessage("/tmp/newstidy-near-1.bin: cannot write the near-copy store: No space left on device");
    }
  }

  @Test
  void sameIndexGivesTheSameBytes() throws IOException {
    InMemoryParagraphIndex index = new InMemoryParagraphIndex();
    for (long k = 0; k < 1000; k++) {
      index.putIfAbsent(k * 7919, SourceSpan.of("a.txt", (int) k + 1, (int) k + 1));
    }
    Path one = temp.resolve("one.idx");
    Path two = temp.resolve("two.idx");
    try (IndexFile f = IndexFile.lock(one)) {
      f.save(index);
    }
    try (IndexFile f = IndexFile.lock(two)) {
      f.save(index);
    }

    assertThat(Files.readAllBytes(one)).isEqualTo(Files.readAllBytes(two));
  }

  @Test
  void missingFileStartsAnEmptyIndex() throws IOException {
    try (IndexFile f = IndexFile.lock(temp.resolve("new.idx"))) {
      assertThat(f.load().size()).isZero();
    }
  }

  @Test
  void corruptTruncatedOrForeignFilesAreRefused() throws IOException {
    Path good = temp.resolve("good.idx");
    InMemoryParagraphIndex index = new InMemoryParagraphIndex();
    index.putIfAbsent(5L, SourceSpan.of("a.txt", 1, 1));
    try (IndexFile f = IndexFile.lock(good)) {
      f.save(index);
    }
    byte[] bytes = Files.readAllBytes(good);
    Path flipped = temp.resolve("flipped.idx");
    byte[] damaged = bytes.clone();
    damaged[damaged.length - 12] ^= 1;
    Files.write(flipped, damaged);
    Path truncated = Files.write(temp.resolve("truncated.idx"), java.util.Arrays.copyOf(bytes, bytes.length - 5));
    Path foreign = Files.writeString(temp.resolve("foreign.idx"), "not an index at all");

    assertRefused(flipped, "checksum");
    assertRefused(truncated, "truncated");
    assertRefused(foreign, "not a newstidy index");
  }

  @Test
  void secondRunOnTheSameIndexIsRefusedWhileTheFirstHoldsIt() throws IOException {
    Path file = temp.resolve("busy.idx");
    try (IndexFile first = IndexFile.lock(file)) {
      assertThatThrownBy(() -> IndexFile.lock(file)).isInstanceOf(InputException.class).hasMessageContaining("in use by another newstidy run");
    }
  }

  @Test
  void symlinkedIndexSharesTheLockOfItsTargetAndStaysALink() throws IOException {
    Path store = Files.createDirectories(temp.resolve("store"));
    Path real = store.resolve("seen.idx");
    Path link = Files.createSymbolicLink(temp.resolve("seen.idx"), Path.of("store", "seen.idx"));
    InMemoryParagraphIndex index = new InMemoryParagraphIndex();
    index.putIfAbsent(11L, SourceSpan.of("day1.txt", 7, 7));

    try (IndexFile viaLink = IndexFile.lock(link)) {
      assertThatThrownBy(() -> IndexFile.lock(real))
          .isInstanceOf(InputException.class)
          .hasMessageContaining("in use");
      viaLink.save(index);
    }

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.isRegularFile(real)).isTrue();
    try (IndexFile f = IndexFile.lock(real)) {
      assertThat(f.load().size()).isEqualTo(1);
    }
  }

  @Test
  void danglingSymlinkCreatesItsTarget() throws IOException {
    Path link = Files.createSymbolicLink(temp.resolve("seen.idx"), Path.of("later.idx"));

    try (IndexFile f = IndexFile.lock(link)) {
      f.save(new InMemoryParagraphIndex());
    }

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.isRegularFile(temp.resolve("later.idx"))).isTrue();
  }

  @Test
  void fifoIsRefusedWithoutOpeningIt() throws Exception {
    Path fifo = temp.resolve("seen.idx");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor()).isZero();

    assertThatThrownBy(() -> IndexFile.lock(fifo))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("not a regular file");
  }

  @Test
  void noLockFileIsLeftBehind() throws IOException {
    Path file = temp.resolve("seen.idx");
    InMemoryParagraphIndex index = new InMemoryParagraphIndex();
    index.putIfAbsent(11L, SourceSpan.of("day1.txt", 7, 7));

    try (IndexFile f = IndexFile.lock(file)) {
      assertThat(temp.resolve("seen.idx.lock")).exists();
      f.save(index);
    }
    try (IndexFile f = IndexFile.lock(file)) {
      f.load();
    }

    assertThat(names()).containsExactly("seen.idx");
  }

  @Test
  void aLockFileLeftByAKilledRunIsTakenOverAndRemoved() throws IOException {
    Path file = temp.resolve("seen.idx");
    Files.writeString(temp.resolve("seen.idx.lock"), "4242:17\n");

    try (IndexFile f = IndexFile.lock(file)) {
      assertThat(f.load().size()).isZero();
    }

    assertThat(names()).isEmpty();
  }

  @Test
  void aSecondRunIsRefusedInUserWordsAndLeavesTheFirstRunsLock() throws IOException {
    Path file = temp.resolve("seen.idx");
    try (IndexFile first = IndexFile.lock(file)) {
      assertThatThrownBy(() -> IndexFile.lock(file))
          .isInstanceOf(InputException.class)
          .hasMessage(file + ": the index is in use by another newstidy run; wait for it to end, or name another --index file");
      assertThat(temp.resolve("seen.idx.lock")).exists();
    }
    assertThat(names()).isEmpty();
  }

  @Test
  void aMissingFolderIsNamedInUserWords() {
    Path file = temp.resolve("store").resolve("seen.idx");

    assertThatThrownBy(() -> IndexFile.lock(file))
        .isInstanceOf(OutputException.class)
        .hasMessage(file + ": cannot lock the index: no such folder " + temp.resolve("store").toAbsolutePath())
        .hasMessageNotContaining(".lock");
  }

  private java.util.List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(temp)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static void assertRefused(Path file, String why) {
    assertThatThrownBy(
            () -> {
              try (IndexFile f = IndexFile.lock(file)) {
                f.load();
              }
            })
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining(why);
  }
}
