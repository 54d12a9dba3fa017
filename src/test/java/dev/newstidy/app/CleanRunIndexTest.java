package dev.newstidy.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newstidy.config.DedupSettings;
import dev.newstidy.config.RepairSettings;
import dev.newstidy.input.InputSource;
import dev.newstidy.input.ReadSettings;
import dev.newstidy.model.SourceSpan;
import dev.newstidy.output.JsonLinesSink;
import dev.newstidy.stage.dedup.InMemoryParagraphIndex;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seam through which a distributed run brings its own paragraph index. */
class CleanRunIndexTest {
  @TempDir Path temp;

  private static final String DUMP =
      "# 柳溪镇新修村道两条\n\n柳溪镇今年新修村道两条，沿线三个村的村民出行方便了许多。\n\n镇上还在路边种了两排桂花树。\n";

  @Test
  void aGivenIndexAnswersForTheRunAndItsFirstOccurrenceIsNamed() throws Exception {
    Path dump = Files.writeString(temp.resolve("b.txt"), DUMP);
    InMemoryParagraphIndex seen = new InMemoryParagraphIndex();
    // Another split saw the long paragraph first: every fingerprint the run puts is answered there.
    RecordingAll index = new RecordingAll(seen);
    run(dump, new InMemoryParagraphIndex());
    String alone = run(dump, index);
    assertThat(alone).contains("\"removed\":[]");
    assertThat(index.count).isPositive();

    String again = run(dump, seen);
    assertThat(again).contains("\"reason\":\"duplicate\"").contains("\"first_seen\":{\"path\":\"" + dump + "\"");
  }

  @Test
  void withoutAGivenIndexEachRunStartsAfresh() throws Exception {
    Path dump = Files.writeString(temp.resolve("c.txt"), DUMP);
    assertThat(run(dump, null)).isEqualTo(run(dump, null)).contains("\"removed\":[]");
  }

  @Test
  void aBlockListenerHearsEveryBlockInOrderBeforeThePipeline() throws Exception {
    Path dump = Files.writeString(temp.resolve("d.txt"), DUMP);
    List<Integer> lines = new java.util.ArrayList<>();
    CleanRun run =
        new CleanRun(
                RepairSettings.defaults(),
                new DedupSettings(DedupSettings.Scope.RUN, null, DedupSettings.NearMode.OFF, 0.8),
                ReadSettings.defaults(),
                InputStream.nullInputStream(),
                w -> {})
            .withThreads(1)
            .withBlockListener(block -> lines.add(block.span().firstLine()));
    try (JsonLinesSink sink = new JsonLinesSink(new PrintWriter(new StringWriter()))) {
      run.run(List.of(new InputSource(dump.toString(), dump)), sink);
    }
    assertThat(lines).containsExactly(1, 3, 5);
  }

  private static String run(Path dump, dev.newstidy.stage.dedup.ParagraphIndex index) throws Exception {
    StringWriter text = new StringWriter();
    CleanRun run =
        new CleanRun(
                RepairSettings.defaults(),
                new DedupSettings(DedupSettings.Scope.RUN, null, DedupSettings.NearMode.OFF, 0.8),
                ReadSettings.defaults(),
                InputStream.nullInputStream(),
                w -> {})
            .withThreads(1);
    if (index != null) {
      run.withParagraphIndex(index);
    }
    try (JsonLinesSink sink = new JsonLinesSink(new PrintWriter(text))) {
      run.run(List.of(new InputSource(dump.toString(), dump)), sink);
    }
    return text.toString();
  }

  /** Passes every put on to an index it fills, counting them. */
  private static final class RecordingAll implements dev.newstidy.stage.dedup.ParagraphIndex {
    private final InMemoryParagraphIndex inner;
    private int count;

    RecordingAll(InMemoryParagraphIndex inner) {
      this.inner = inner;
    }

    @Override
    public SourceSpan putIfAbsent(long fingerprint, SourceSpan where) {
      count++;
      return inner.putIfAbsent(fingerprint, where);
    }
  }
}
