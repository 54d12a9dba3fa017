package dev.newstidy.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newstidy.model.Block;
import dev.newstidy.model.SourceSpan;
import dev.newstidy.stage.dedup.NearSketch;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SketchAheadTest {
  /** How long a step may wait before the test reads it as a deadlock, not a slow machine. */
  private static final long STUCK_SECONDS = 120;

  private static String paragraph(int n) {
    return "西河县第" + n + "批新修的乡村公路本月通车，沿线" + n + "个村的村民出门不再走泥路，县交通局说明年还将再修三十公里。";
  }

  private static List<FeedEvent> batch(int from, int count) {
    List<FeedEvent> events = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      events.add(new FeedEvent.NextBlock(Block.of(paragraph(i), SourceSpan.of("a.txt", i + 1, i + 1), 1)));
    }
    return events;
  }

  private static String textOf(FeedEvent event) {
    return ((FeedEvent.NextBlock) event).block().text();
  }

  @Test
  void sketchesMadeAheadAreTheSketchesOfTheirTexts() throws InterruptedException {
    try (SketchAhead ahead = new SketchAhead()) {
      List<List<FeedEvent>> batches = new ArrayList<>();
      for (int b = 0; b < SketchAhead.AHEAD + SketchAhead.LEAD + 3; b++) {
        batches.add(batch(b * 10, 10));
      }
      // Read in a thread of its own, as the reader does: it waits while LEAD batches are not taken.
      BlockingQueue<List<FeedEvent>> queue = new LinkedBlockingQueue<>();
      Thread reader =
          new Thread(
              () -> {
                for (List<FeedEvent> events : batches) {
                  ahead.read(events);
                  queue.add(events);
                }
              });
      reader.setDaemon(true);
      reader.start();
      for (int b = 0; b < batches.size(); b++) {
        // A bound far beyond any loaded machine's pace: a reader that never hands a batch on is a
        // deadlock, which should fail the test rather than hang the suite.
        List<FeedEvent> events = queue.poll(STUCK_SECONDS, TimeUnit.SECONDS);
        assertThat(events).as("batch %d handed on", b).isNotNull();
        ahead.taken();
        for (FeedEvent event : events) {
          String text = textOf(event);
          NearSketch sketch = ahead.sketchOf(text);
          assertThat(sketch.text()).isSameAs(text);
          assertThat(sketch.keys()).isEqualTo(NearSketch.of(text).keys());
          assertThat(sketch.shingles()).isEqualTo(NearSketch.of(text).shingles());
        }
      }
      reader.join(TimeUnit.SECONDS.toMillis(STUCK_SECONDS));
      assertThat(reader.isAlive()).as("reader ended").isFalse();
    }
  }

  @Test
  void theReaderWaitsWhileLeadBatchesAreNotTaken() throws InterruptedException {
    try (SketchAhead ahead = new SketchAhead()) {
      AtomicInteger read = new AtomicInteger();
      Thread reader =
          new Thread(
              () -> {
                for (int b = 0; b < SketchAhead.LEAD + 2; b++) {
                  ahead.read(batch(b * 10, 10));
                  read.incrementAndGet();
                }
              });
      reader.start();
      awaitWaiting(reader, read, SketchAhead.LEAD);
      Thread.sleep(50);
      assertThat(read.get()).isEqualTo(SketchAhead.LEAD);

      ahead.taken();
      awaitWaiting(reader, read, SketchAhead.LEAD + 1);
      assertThat(read.get()).isEqualTo(SketchAhead.LEAD + 1);

      // A reader told to stop while it waits returns, the batch left to the cleaning to sketch.
      reader.interrupt();
      reader.join(TimeUnit.SECONDS.toMillis(10));
      assertThat(reader.isAlive()).isFalse();
      assertThat(read.get()).isEqualTo(SketchAhead.LEAD + 2);
    }
  }

  /** Waits until {@code reader} has read {@code count} batches and waits (or a minute passes: the assertions tell). */
  private static void awaitWaiting(Thread reader, AtomicInteger read, int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (!(read.get() == count && reader.getState() == Thread.State.WAITING) && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
  }

  @Test
  void batchesPassedWithoutAskingDoNotStopTheSketching() {
    // Look-alike of a run whose blocks are all exact repeats: nothing is asked for many batches.
    try (SketchAhead ahead = new SketchAhead()) {
      List<FeedEvent> last = null;
      for (int b = 0; b < 3 * SketchAhead.AHEAD; b++) {
        last = batch(b * 10, 10);
        ahead.read(last);
        ahead.taken();
      }
      String text = textOf(last.get(3));
      assertThat(ahead.sketchOf(text).keys()).isEqualTo(NearSketch.of(text).keys());
    }
  }

  @Test
  void aTextOfNoBlockIsSketchedWhenAsked() {
    try (SketchAhead ahead = new SketchAhead()) {
      ahead.read(batch(0, 5));
      ahead.taken();
      String joined = paragraph(1) + paragraph(2);

      assertThat(ahead.sketchOf(joined).text()).isSameAs(joined);
      assertThat(ahead.sketchOf(joined).keys()).isEqualTo(NearSketch.of(joined).keys());
      // An equal string that is not the block's own is sketched the same.
      String copy = new String(paragraph(3));
      assertThat(ahead.sketchOf(copy).keys()).isEqualTo(NearSketch.of(copy).keys());
    }
  }
}
