package dev.newstidy.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderedFileWriterTest {
  @TempDir Path temp;

  @Test
  void writesEveryFileInPlaceAndItsManifestLinesInTheOrderHandedOver() throws IOException {
    StringWriter manifest = new StringWriter();
    RunJournal journal = RunJournal.start(temp);
    OrderedFileWriter writer = new OrderedFileWriter(temp, journal, manifest, false);
    List<String> expected = new ArrayList<>();
    // More files than the queue holds, so that the caller waits on a full queue at times.
    for (int i = 1; i <= 300; i++) {
      String sub = String.format("%03d", (i - 1) / 100);
      String name = sub + "/" + i + "-石门镇.md";
      writer.submit(new OrderedFileWriter.Job(name, sub, "第" + i + "篇\n", name + "\n"));
      expected.add(name);
    }

    writer.finish();

    assertThat(manifest.toString().lines().toList()).containsExactlyElementsOf(expected);
    assertThat(writer.written()).isEqualTo(expected.size());
    assertThat(temp.resolve("002/300-石门镇.md")).hasContent("第300篇");
    try (Stream<Path> files = Files.walk(temp)) {
      assertThat(files.filter(p -> p.getFileName().toString().endsWith(".part"))).isEmpty();
    }
  }

  @Test
  void aFailureStopsTheWritingAndReachesTheCallerWithTheFileNamed() throws IOException {
    StringWriter manifest = new StringWriter();
    OrderedFileWriter writer = writerInto(manifest);
    // The second file's folder cannot be made: a plain file stands where it should be.
    Files.writeString(temp.resolve("blocked"), "not a folder");
    writer.submit(new OrderedFileWriter.Job("1.md", "", "一", "1.md\n"));
    writer.submit(new OrderedFileWriter.Job("blocked/2.md", "", "二", "2.md\n"));

    // The failure reaches the caller at the next hand-over or at the end, whichever comes first:
    // the writing thread may meet it before the third file is handed over.
    assertThatThrownBy(() -> {
          writer.submit(new OrderedFileWriter.Job("3.md", "", "三", "3.md\n"));
          writer.finish();
        })
        .isInstanceOf(OutputException.class)
        .hasMessageContaining("2.md: cannot write");
    assertOnlyTheFirstFileWrittenAndListed(manifest, writer);
  }

  @Test
  void aBatchIsNamedInTheJournalBeforeItsFirstFileAndAFailureDropsTheRestOfIt() throws IOException {
    StringWriter manifest = new StringWriter();
    OrderedFileWriter writer = writerInto(manifest);
    Files.writeString(temp.resolve("blocked"), "not a folder");
    writer.submitAll(
        List.of(
            new OrderedFileWriter.Job("1.md", "", "一", "1.md\n"),
            new OrderedFileWriter.Job("blocked/2.md", "", "二", "2.md\n"),
            new OrderedFileWriter.Job("3.md", "", "三", "3.md\n")));

    assertThatThrownBy(writer::finish).isInstanceOf(OutputException.class).hasMessageContaining("2.md: cannot write");
    // Every file of the batch was named before the first was begun; the one after the failure was never begun.
    assertThat(Files.readAllLines(temp.resolve(RunJournal.NAME))).endsWith("1.md", "blocked/2.md", "3.md");
    assertOnlyTheFirstFileWrittenAndListed(manifest, writer);
  }

  @Test
  void batchesAreWrittenInTheOrderHandedOverAndAnEmptyOneIsNothing() throws IOException {
    StringWriter manifest = new StringWriter();
    OrderedFileWriter writer = writerInto(manifest);
    List<String> expected = new ArrayList<>();
    for (int batch = 0; batch < 20; batch++) {
      List<OrderedFileWriter.Job> jobs = new ArrayList<>();
      for (int i = 0; i < batch % 4; i++) {
        String name = batch + "-" + i + ".md";
        jobs.add(new OrderedFileWriter.Job(name, "", "正文" + name, name + "\n"));
        expected.add(name);
      }
      writer.submitAll(jobs);
    }

    writer.finish();

    assertThat(manifest.toString().lines().toList()).containsExactlyElementsOf(expected);
    assertThat(writer.written()).isEqualTo(expected.size());
    assertThat(temp.resolve("19-2.md")).hasContent("正文19-2.md");
  }

  @Test
  void stopInsideABatchCompletesTheFileInHandAndDropsTheRestOfTheBatch() throws IOException {
    StringWriter manifest = new StringWriter();
    OrderedFileWriter writer = writerInto(manifest);
    List<OrderedFileWriter.Job> jobs = new ArrayList<>();
    for (int i = 1; i <= 200; i++) {
      jobs.add(new OrderedFileWriter.Job(i + ".md", "", "正文" + i, i + ".md\n"));
    }
    writer.submitAll(jobs);

    assertThat(writer.stop()).isTrue();

    assertListsExactlyTheCompleteFilesInOrder(manifest, writer);
  }

  @Test
  void aFailureReachesTheCallerEvenAtAHandOverOfNothing() throws IOException {
    StringWriter manifest = new StringWriter();
    OrderedFileWriter writer = writerInto(manifest);
    Files.writeString(temp.resolve("blocked"), "not a folder");
    writer.submit(new OrderedFileWriter.Job("blocked/1.md", "", "一", "1.md\n"));

    assertThatThrownBy(writer::awaitIdle).hasMessageContaining("1.md: cannot write");
    // The writer failed: a hand-over of nothing (a flush with no file waiting) says so too.
    assertThatThrownBy(() -> writer.submitAll(List.of()))
        .isInstanceOf(OutputException.class)
        .hasMessageContaining("1.md: cannot write");
  }

  @Test
  void stopCompletesTheFileInHandDropsTheRestAndListsOnlyCompleteFiles() throws IOException {
    StringWriter manifest = new StringWriter();
    OrderedFileWriter writer = writerInto(manifest);
    for (int i = 1; i <= 50; i++) {
      writer.submit(new OrderedFileWriter.Job(i + ".md", "", "正文" + i, i + ".md\n"));
    }

    assertThat(writer.stop()).isTrue();

    assertListsExactlyTheCompleteFilesInOrder(manifest, writer);
    assertThatThrownBy(() -> writer.submit(new OrderedFileWriter.Job("51.md", "", "x", "51.md\n")))
        .isInstanceOf(OutputException.class)
        .hasMessageEndingWith(": the run was stopped");
  }

  /**
   * Whatever was written of the files {@code 1.md, 2.md, …} (text {@code 正文N}) is complete and
   * listed, in order, and nothing else is there.
   */
  private void assertListsExactlyTheCompleteFilesInOrder(StringWriter manifest, OrderedFileWriter writer)
      throws IOException {
    List<String> listed = manifest.toString().lines().toList();
    assertThat(listed).hasSize((int) writer.written());
    for (int i = 0; i < listed.size(); i++) {
      assertThat(listed.get(i)).isEqualTo((i + 1) + ".md");
      assertThat(temp.resolve(listed.get(i))).hasContent("正文" + (i + 1));
    }
    try (Stream<Path> files = Files.list(temp)) {
      assertThat(files.filter(p -> p.getFileName().toString().endsWith(".md"))).hasSize(listed.size());
    }
  }

  /** After the second of three files failed: the first is written and listed, the third never begun. */
  private void assertOnlyTheFirstFileWrittenAndListed(StringWriter manifest, OrderedFileWriter writer) {
    assertThat(manifest.toString()).isEqualTo("1.md\n");
    assertThat(temp.resolve("3.md")).doesNotExist();
    assertThat(writer.written()).isEqualTo(1);
  }

  /** A writer into the test's folder, with a fresh journal, listing its files in {@code manifest}. */
  private OrderedFileWriter writerInto(StringWriter manifest) throws IOException {
    return new OrderedFileWriter(temp, RunJournal.start(temp), manifest, false);
  }
}
