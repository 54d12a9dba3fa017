package dev.newstidy.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newstidy.config.DedupSettings;
import dev.newstidy.config.RepairSettings;
import dev.newstidy.input.InputSource;
import dev.newstidy.input.ReadSettings;
import dev.newstidy.output.JsonLinesSink;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With two threads the JSON Lines records leave stdout once a batch of articles, not once a
 * record, and the bytes are those one thread writes (one write per record): 300 short articles,
 * every tenth story told twice, exactly and with near copies looked for by article.
 */
class CleanRunBatchedOutputTest {
  @TempDir Path temp;

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
