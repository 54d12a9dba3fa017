package dev.newstidy.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newstidy.input.InputSource;
import dev.newstidy.input.ReadSettings;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class BlockFeedTest {
  @Test
  void anErrorInTheReaderThreadSurfacesInsteadOfHanging() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() {
            throw new OutOfMemoryError("simulated: the reader ran out of heap");
          }

          @Override
          public int read(byte[] b, int off, int len) {
            throw new OutOfMemoryError("simulated: the reader ran out of heap");
          }
        };
    BlockFeed feed = new BlockFeed(ReadSettings.defaults(), failing);

    Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () ->
            assertThatThrownBy(() -> feed.feedInBackground(List.of(InputSource.stdin()), event -> {}))
                .isInstanceOf(OutOfMemoryError.class)
                .hasMessageContaining("simulated"));
  }

  /** Each block of {@link #aheadOfAStalledRun}'s input: 200 bytes with its blank line. */
  private static final int BLOCK_BYTES = 200;

  /** Blocks per batch (BlockFeed.BATCH): these blocks are too short to end a batch by characters. */
  private static final int BATCH_BLOCKS = 512;

  @Test
  void withNoWatcherTheReaderQueuesFourBatchesAhead() throws Exception {
    long ahead = aheadOfAStalledRun(BlockFeed.BatchWatcher.NONE);

    // The batch being taken, four queued and one in the reader's hands, and the reader's buffer.
    assertThat(ahead).isLessThan(7L * BATCH_BLOCKS * BLOCK_BYTES);
  }

  @Test
  void aWatcherBoundsTheLeadItselfOverALongerQueue() throws Exception {
    BlockFeed.BatchWatcher silent =
        new BlockFeed.BatchWatcher() {
          @Override
          public void read(List<FeedEvent> batch) {}

          @Override
          public void taken() {}
        };

    long ahead = aheadOfAStalledRun(silent);

    assertThat(ahead).isGreaterThan(16L * BATCH_BLOCKS * BLOCK_BYTES);
  }

  /**
   * How many bytes the reader has read once it waits, while the run holds on to its first event:
   * what the queue lets it read ahead. The input is 40 batches of equal blocks.
   */
  private static long aheadOfAStalledRun(BlockFeed.BatchWatcher watcher) throws Exception {
    String block = "x".repeat(BLOCK_BYTES - 3) + "\n\n";
    byte[] input = block.repeat(40 * BATCH_BLOCKS).getBytes(StandardCharsets.UTF_8);
    BlockFeed feed = new BlockFeed(ReadSettings.defaults(), new ByteArrayInputStream(input));
    AtomicLong ahead = new AtomicLong(-1);
    Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () ->
            feed.feedInBackground(
                List.of(InputSource.stdin()),
                event -> {
                  if (ahead.get() < 0) {
                    ahead.set(readAheadOnceTheReaderWaits(feed));
                  }
                },
                watcher));
    return ahead.get();
  }

  private static long readAheadOnceTheReaderWaits(BlockFeed feed) {
    while (true) {
      Thread reader =
          Thread.getAllStackTraces().keySet().stream()
              .filter(t -> t.getName().equals("newstidy-reader"))
              .findFirst()
              .orElse(null);
      if (reader == null || reader.getState() == Thread.State.WAITING) {
        return feed.bytesRead();
      }
      Thread.onSpinWait();
    }
  }
}
