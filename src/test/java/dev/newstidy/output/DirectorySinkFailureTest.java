package dev.newstidy.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newstidy.model.Article;
import dev.newstidy.model.Origin;
import dev.newstidy.model.Part;
import dev.newstidy.model.SourceSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run that fails on its own error keeps every article it handed over, however far the writer
 * thread had got: the same failing command always leaves the same folder.
 */
class DirectorySinkFailureTest {
  @TempDir Path temp;

  @ParameterizedTest(name = "in batches: {0}")
  @ValueSource(booleans = {false, true})
  void aFailedRunWritesAndListsEveryArticleHandedOverBeforeTheFailure(boolean inBatches) throws IOException {
    Path out = temp.resolve("o");
    DirectorySink sink = open(out);
    if (inBatches) {
      sink.writeInBatches();
    }
    // In batches: three full batches and a part of one that no flush has handed over yet.
    int count = inBatches ? 3 * DirectorySink.BATCH + 5 : 300;
    writeNotices(sink, count);

    sink.fail();

    assertThat(articleFiles(out)).hasSize(count);
    assertThat(Files.readAllLines(out.resolve(DirectorySink.MANIFEST))).hasSize(count);
  }

  @Test
  void aRunStoppedBySignalMayDropWhatWasNotBegunButListsExactlyTheFilesPresent() throws IOException {
    Path out = temp.resolve("o");
    DirectorySink sink = open(out);
    writeNotices(sink, 300);

    sink.abort();

    long files = articleFiles(out).size();
    long listed = Files.exists(out.resolve(DirectorySink.MANIFEST)) ? Files.readAllLines(out.resolve(DirectorySink.MANIFEST)).size() : 0;
    assertThat(listed).isEqualTo(files);
  }

  @Test
  void inBatchesASignalsAbortDropsTheFilesWaitingForTheirBatchAndListsExactlyThoseWritten() throws IOException {
    Path out = temp.resolve("o");
    DirectorySink sink = open(out);
    sink.writeInBatches();
    int handedOver = 3 * DirectorySink.BATCH;
    writeNotices(sink, handedOver + 5);

    sink.abort();

    List<Path> files = articleFiles(out);
    long listed = Files.exists(out.resolve(DirectorySink.MANIFEST)) ? Files.readAllLines(out.resolve(DirectorySink.MANIFEST)).size() : 0;
    assertThat(listed).isEqualTo(files.size());
    assertThat(files.size()).isLessThanOrEqualTo(handedOver);
  }

  @Test
  void inBatchesAHandOverThatWasInterruptedLeavesItsFilesForTheFailedRunToWrite() throws IOException {
    Path out = temp.resolve("o");
    DirectorySink sink = open(out);
    sink.writeInBatches();
    writeNotices(sink, 5);

    Thread.currentThread().interrupt();
    assertThatThrownBy(sink::flush).isInstanceOf(OutputException.class).hasMessageEndingWith("interrupted while writing");
    assertThat(Thread.interrupted()).isTrue();
    sink.fail();

    assertThat(articleFiles(out)).hasSize(5);
    assertThat(Files.readAllLines(out.resolve(DirectorySink.MANIFEST))).hasSize(5);
  }

  @Test
  void inBatchesTheFilesAndManifestAreThoseWrittenOneAtATime() throws IOException {
    Path one = temp.resolve("one");
    Path batched = temp.resolve("batched");
    DirectorySink single = open(one);
    DirectorySink inBatches = open(batched);
    inBatches.writeInBatches();
    for (int id = 1; id <= 150; id++) {
      single.write(id, article("第" + id + "号通知", id), Origin.UTF8);
      inBatches.write(id, article("第" + id + "号通知", id), Origin.UTF8);
      if (id % 10 == 0) {
        inBatches.flush();
      }
    }
    single.close();
    inBatches.close();

    assertThat(Files.readString(batched.resolve(DirectorySink.MANIFEST)))
        .isEqualTo(Files.readString(one.resolve(DirectorySink.MANIFEST)));
    assertThat(articleFiles(batched)).hasSize(150);
    for (Path file : articleFiles(one)) {
      assertThat(batched.resolve(one.relativize(file))).hasSameTextualContentAs(file);
    }
  }

  @Test
  void inBatchesANameLookedUpSeesTheFilesStillWaitingForTheirBatch() throws IOException {
    Path out = temp.resolve("o");
    // A template without the id: names may clash, so each is looked up in the folder.
    DirectorySink sink = DirectorySink.open(out, OutputFormat.MD, new FileNamer("${slug}", 0), false);
    sink.writeInBatches();
    for (int id = 1; id <= 3; id++) {
      sink.write(id, article("通知", id), Origin.UTF8);
    }
    sink.close();

    assertThat(out.resolve("通知.md")).exists();
    assertThat(out.resolve("通知-2.md")).exists();
    assertThat(out.resolve("通知-3.md")).exists();
    assertThat(Files.readAllLines(out.resolve(DirectorySink.MANIFEST))).hasSize(3);
  }

  private static DirectorySink open(Path out) throws IOException {
    return DirectorySink.open(out, OutputFormat.MD, new FileNamer(FileNamer.DEFAULT_TEMPLATE, 0), false);
  }

  private static void writeNotices(DirectorySink sink, int count) throws IOException {
    for (int id = 1; id <= count; id++) {
      sink.write(id, article("第" + id + "号通知", id), Origin.UTF8);
    }
  }

  private static Article article(String title, int id) {
    SourceSpan span = SourceSpan.of("d.txt", id * 3, id * 3 + 2);
    return Article.of(title, span, List.of(Part.paragraph("镇上今天发布了第" + id + "号通知，请居民留意。", span)));
  }

  private static List<Path> articleFiles(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".md")).toList();
    }
  }
}
