package dev.newstidy.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newstidy.config.DedupSettings;
import dev.newstidy.config.RepairSettings;
import dev.newstidy.input.InputSource;
import dev.newstidy.input.ReadSettings;
import dev.newstidy.output.ArticleSink;
import dev.newstidy.output.DirectorySink;
import dev.newstidy.output.FileNamer;
import dev.newstidy.output.JsonLinesSink;
import dev.newstidy.output.OutputFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With two threads the JSON Lines records leave stdout once a batch of articles, not once a
 * record, and the bytes are those one thread writes (one write per record): 300 short articles,
 * every tenth story told twice, exactly and with near copies looked for by article. A batch does
 * not wait to fill when stdin pauses: the records (or files) of what it sent leave before it sends
 * more.
 */
class CleanRunBatchedOutputTest {
  @TempDir Path temp;

  /** What the feed sends after the pause: one more article. */
  private static final byte[] SENT_AFTER = "# 溪口新桥通车\n\n3月2日，溪口新桥通车，两岸村民走上了新桥。\n".getBytes(StandardCharsets.UTF_8);

  /** Counts the writes that reach it. */
  private static final class Counted extends ByteArrayOutputStream {
    int writes;

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      writes++;
      super.write(b, off, len);
    }
  }

  @Test
  void twoThreadsWriteOnceABatchTheBytesOfOne() throws Exception {
    StringBuilder dump = new StringBuilder();
    for (int i = 1; i <= 300; i++) {
      int story = i % 10 == 0 ? i - 5 : i;
      dump.append("# 柳溪镇第").append(story).append("号通告\n\n")
          .append("柳溪镇第").append(story).append("号通告说，镇上今年新修村道").append(story % 7 + 2)
          .append("条，沿线的村民出行方便了许多，镇里还在路边种了桂花树。\n\n");
    }
    Path file = Files.writeString(temp.resolve("dump.txt"), dump);

    for (DedupSettings.NearMode near : List.of(DedupSettings.NearMode.OFF, DedupSettings.NearMode.ARTICLE)) {
      Counted one = new Counted();
      int records = run(file, near, 1, one);
      Counted two = new Counted();
      run(file, near, 2, two);

      assertThat(two.toString(StandardCharsets.UTF_8)).as(near.name()).isEqualTo(one.toString(StandardCharsets.UTF_8));
      assertThat(one.writes).as(near.name()).isEqualTo(records);
      assertThat(two.writes).as(near.name()).isLessThan(records / 8);
    }
  }

  /**
   * What a paused feed sends first: 800 articles, 3,200 lines and about 80 Ki characters, past the
   * first 64 KiB, which decide the encoding and the format, and past the 2,000 lines that decide how
   * the paragraphs are set.
   */
  private static byte[] sentBeforeThePause() {
    StringBuilder dump = new StringBuilder();
    for (int i = 1; i <= 800; i++) {
      dump.append("# 柳溪镇第").append(i).append("号通告\n\n")
          .append("柳溪镇第").append(i).append("号通告说，镇上今年新修村道").append(i % 7 + 2)
          .append("条，沿线的村民出行方便了许多。镇里还在路边种了桂花树，秋天一到，满街都是花香。")
          .append("镇政府表示，明年将继续修路，让每个村都通上水泥路。\n\n");
    }
    return dump.toString().getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void recordsOfWhatAPausedStdinSentLeaveBeforeItSendsMore(int threads) throws Exception {
    byte[] sent = sentBeforeThePause();
    byte[] whole = Arrays.copyOf(sent, sent.length + SENT_AFTER.length);
    System.arraycopy(SENT_AFTER, 0, whole, sent.length, SENT_AFTER.length);
    Counted atOnce = new Counted();
    JsonLinesSink sink = new JsonLinesSink(atOnce, () -> null);
    runStdin(new ByteArrayInputStream(whole), threads, sink);
    sink.close();

    Counted out = new Counted();
    // The segmenter closes an article once it has read the next one's headline and a few blocks.
    boolean leftWhilePaused =
        runPaused(
            threads,
            new JsonLinesSink(out, () -> null),
            () -> out.toString(StandardCharsets.UTF_8).contains("柳溪镇第795号通告"));

    assertThat(leftWhilePaused).isTrue();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(atOnce.toString(StandardCharsets.UTF_8));
  }

  @Test
  void filesOfWhatAPausedStdinSentAreWrittenBeforeItSendsMore() throws Exception {
    Path out = temp.resolve("out");
    DirectorySink files = DirectorySink.open(out, OutputFormat.MD, new FileNamer(FileNamer.DEFAULT_TEMPLATE, 0), false);

    boolean writtenWhilePaused = runPaused(2, files, () -> holdsFileOf(out, 795));

    assertThat(writtenWhilePaused).isTrue();
    assertThat(holdsFileOf(out, 801)).isTrue();
  }

  /**
   * Runs a feed into {@code sink} through a pipe: sends {@link #sentBeforeThePause}, waits until
   * {@code outWhilePaused} holds (a minute at most), sends {@link #SENT_AFTER} and ends; then checks
   * that the run ended without failing and closes the sink. True when {@code outWhilePaused} held
   * before the rest was sent.
   */
  private static boolean runPaused(int threads, ArticleSink sink, BooleanSupplier outWhilePaused) throws Exception {
    byte[] sent = sentBeforeThePause();
    PipedOutputStream feed = new PipedOutputStream();
    PipedInputStream stdin = new PipedInputStream(feed, sent.length + SENT_AFTER.length);
    feed.write(sent);
    feed.flush();
    InBackground running = InBackground.start(() -> runStdin(stdin, threads, sink));
    boolean heldWhilePaused = running.sees(outWhilePaused);
    feed.write(SENT_AFTER);
    feed.close();

    assertThat(running.ended()).isTrue();
    assertThat(running.failure()).isNull();
    sink.close();
    return heldWhilePaused;
  }

  /** True when {@code folder} holds the file of article {@code id} under its final name. */
  private static boolean holdsFileOf(Path folder, int id) {
    String prefix = String.format(Locale.ROOT, "%06d-", id);
    try (Stream<Path> names = Files.list(folder)) {
      return names.anyMatch(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".md"));
    } catch (IOException e) {
      return false;
    }
  }

  /** Runs stdin into {@code sink}; the caller closes it. */
  private static void runStdin(InputStream stdin, int threads, ArticleSink sink) throws Exception {
    CleanRun run =
        new CleanRun(
                RepairSettings.defaults(),
                new DedupSettings(DedupSettings.Scope.RUN, null, DedupSettings.NearMode.OFF, 0.8),
                ReadSettings.defaults(),
                stdin,
                w -> {})
            .withThreads(threads);
    run.run(List.of(InputSource.stdin()), sink);
  }

  /** Runs the dump into a JSON Lines sink on {@code out}; returns the records out before the sink closed. */
  private static int run(Path file, DedupSettings.NearMode near, int threads, Counted out) throws Exception {
    CleanRun run =
        new CleanRun(
                RepairSettings.defaults(),
                new DedupSettings(DedupSettings.Scope.RUN, null, near, 0.8),
                ReadSettings.defaults(),
                InputStream.nullInputStream(),
                w -> {})
            .withThreads(threads);
    JsonLinesSink sink = new JsonLinesSink(out, () -> null);
    run.run(List.of(new InputSource(file.toString(), file)), sink);
    // Every batch left at its end: nothing waits for the close.
    int before = (int) out.toString(StandardCharsets.UTF_8).lines().count();
    sink.close();
    int after = (int) out.toString(StandardCharsets.UTF_8).lines().count();
    if (near == DedupSettings.NearMode.OFF) {
      assertThat(before).isEqualTo(after);
    }
    return after;
  }
}
