package dev.newstidy.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newstidy.input.InputSource;
import dev.newstidy.input.ReadSettings;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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

  @Test
  void handsOnWhatStdinGaveBeforeItPaused() throws Exception {
    // 1,200 blocks: past the first 64 KiB, and two full batches and part of a third.
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 1_200; i++) {
      text.append("第").append(i).append("段：柳溪镇的新桥今天通车，沿线村民出行方便了。\n\n");
    }
    byte[] sent = text.toString().getBytes(StandardCharsets.UTF_8);
    byte[] more = "第1201段：溪口。\n".getBytes(StandardCharsets.UTF_8);
    PipedOutputStream writer = new PipedOutputStream();
    PipedInputStream stdin = new PipedInputStream(writer, 1 << 20);
    writer.write(sent);
    writer.flush();
    BlockFeed feed = new BlockFeed(ReadSettings.defaults(), stdin);
    List<String> events = new CopyOnWriteArrayList<>();
    CountDownLatch lastSent = new CountDownLatch(1);
    AtomicInteger pausesAfterIt = new AtomicInteger();
    InBackground run =
        InBackground.start(
            () ->
                feed.feedInBackground(
                    List.of(InputSource.stdin()),
                    event -> {
                      events.add(describe(event));
                      if (event instanceof FeedEvent.NextBlock next && next.block().text().startsWith("第1200段")) {
                        lastSent.countDown();
                      }
                    },
                    BlockFeed.BatchWatcher.NONE,
                    // In the run's thread, as the events: a pause counts once the last block came.
                    () -> pausesAfterIt.addAndGet(lastSent.getCount() == 0 ? 1 : 0)));

    boolean beforeMore = lastSent.await(60, TimeUnit.SECONDS);
    // No batch comes after the last one: the run hears the pause PAUSE_MILLIS later.
    run.sees(() -> pausesAfterIt.get() > 0);
    int heard = pausesAfterIt.get();
    writer.write(more);
    writer.close();

    assertThat(run.ended()).isTrue();
    assertThat(run.failure()).isNull();
    assertThat(beforeMore).isTrue();
    assertThat(heard).isPositive();
    // The same events as the same bytes read at once, in one thread.
    List<String> atOnce = new ArrayList<>();
    byte[] whole = Arrays.copyOf(sent, sent.length + more.length);
    System.arraycopy(more, 0, whole, sent.length, more.length);
    new BlockFeed(ReadSettings.defaults(), new ByteArrayInputStream(whole))
        .feed(List.of(InputSource.stdin()), event -> atOnce.add(describe(event)));
    assertThat(events).hasSize(atOnce.size()).isEqualTo(atOnce);
    assertThat(events).filteredOn(e -> e.startsWith("NextBlock")).hasSize(1_201);
  }

  /** An event as a test compares it: a block by its place and text, any other by its kind. */
  private static String describe(FeedEvent event) {
    String kind = event.getClass().getSimpleName();
    return event instanceof FeedEvent.NextBlock next
        ? kind + " " + next.block().span().position() + " " + next.block().text()
        : kind;
  }

  /**
   * Each block of {@link #aheadOfAStalledRun}'s input: this many Han characters (3 bytes each in
   * UTF-8) and a blank line, so that a batch ends on its characters ({@link BlockFeed#BATCH_CHARS})
   * before it holds {@link BlockFeed#BATCH} blocks, and a batch is several times what the readers
   * buffer ahead of the blocks they hand out (under 200 KiB).
   */
  private static final int BLOCK_CHARS = 1_000;

  private static final long BLOCK_BYTES = 3L * BLOCK_CHARS + 2;

  /** Blocks per batch: the first count of blocks whose characters reach {@link BlockFeed#BATCH_CHARS}. */
  private static final long BATCH_BLOCKS = (BlockFeed.BATCH_CHARS + BLOCK_CHARS - 1) / BLOCK_CHARS;

  private static final long BATCH_BYTES = BATCH_BLOCKS * BLOCK_BYTES;

  @Test
  void withNoWatcherTheReaderQueuesFourBatchesAhead() throws Exception {
    long ahead = aheadOfAStalledRun(BlockFeed.BatchWatcher.NONE);

    // The batch the run holds, four queued and the one the reader waits to queue: six, and less
    // than a quarter of a batch more that the readers buffered.
    assertThat(ahead).isBetween(6 * BATCH_BYTES, 6 * BATCH_BYTES + BATCH_BYTES / 4);
  }

  @Test
  void aWatcherThatBoundsTheLeadGetsSixteenPlaces() throws Exception {
    BlockFeed.BatchWatcher bounding =
        new BlockFeed.BatchWatcher() {
          @Override
          public void read(List<FeedEvent> batch) {}

          @Override
          public void taken() {}

          @Override
          public boolean boundsLead() {
            return true;
          }
        };

    long ahead = aheadOfAStalledRun(bounding);

    assertThat(ahead).isBetween(18 * BATCH_BYTES, 18 * BATCH_BYTES + BATCH_BYTES / 4);
  }

  /**
   * How many bytes the reader has read once it waits to queue a batch, while the run holds on to
   * its first event: what the queue lets it read ahead. The input is 24 batches of equal blocks.
   */
  private static long aheadOfAStalledRun(BlockFeed.BatchWatcher watcher) throws Exception {
    String block = "新".repeat(BLOCK_CHARS) + "\n\n";
    byte[] input = block.repeat((int) (24 * BATCH_BLOCKS)).getBytes(StandardCharsets.UTF_8);
    BlockFeed feed = new BlockFeed(ReadSettings.defaults(), new ByteArrayInputStream(input));
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    AtomicLong ahead = new AtomicLong(-1);
    Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () ->
            feed.feedInBackground(
                List.of(InputSource.stdin()),
                event -> {
                  if (ahead.get() < 0) {
                    ahead.set(readOnceTheReaderWaitsToQueue(feed, before));
                  }
                },
                watcher,
                () -> {}));
    return ahead.get();
  }

  /** Waits until this feed's reader thread (one not among {@code before}) waits in the queue's put. */
  private static long readOnceTheReaderWaitsToQueue(BlockFeed feed, Set<Thread> before) {
    Thread reader = null;
    while (reader == null) {
      reader =
          Thread.getAllStackTraces().keySet().stream()
              .filter(t -> t.getName().equals("newstidy-reader") && !before.contains(t))
              .findFirst()
              .orElse(null);
      pause();
    }
    while (!(reader.getState() == Thread.State.WAITING && inQueuePut(reader.getStackTrace()))) {
      pause();
    }
    return feed.bytesRead();
  }

  private static void pause() {
    try {
      Thread.sleep(1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the reader", e);
    }
  }

  private static boolean inQueuePut(StackTraceElement[] stack) {
    for (StackTraceElement frame : stack) {
      if (frame.getClassName().equals("java.util.concurrent.ArrayBlockingQueue") && frame.getMethodName().equals("put")) {
        return true;
      }
    }
    return false;
  }
}
