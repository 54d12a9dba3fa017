package dev.newstidy.app;

import dev.newstidy.stage.dedup.NearDuplicateIndex;
import dev.newstidy.stage.dedup.NearSketch;
import dev.newstidy.stage.dedup.NearSketcher;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Makes the near-copy sketches ({@link NearSketch}) of each batch of blocks in a thread of its own
 * while the cleaning thread works through earlier batches, so that shingling and MinHash run beside
 * the cleaning. The index asks for a paragraph's sketch in input order ({@link #sketchOf}); a text
 * that is not the very string of a block of the current or the previous batch (a paragraph a join
 * made, a block that triage rewrote) is sketched there and then. A sketch is a pure function of its
 * text, so the verdicts, and the output, are those of {@code --threads 1}.
 *
 * <p>Memory: the sketches of at most {@value #AHEAD} batches at a time (about 2.5 MiB each for a
 * batch of 256K Chinese characters): the sketching thread waits before it starts on a batch while
 * that many are sketched and not yet passed by the cleaning. The wait cannot block the cleaning: a
 * batch it waits for has only the batch before it still holding a permit.
 *
 * <p>The reader, too, waits in {@link #read} while {@value #LEAD} batches are read and not yet
 * taken by the cleaning. Near mode cleans slower than the reader reads, so without this the
 * reader's queue stayed full (16 batches), and the batches in flight and their sketches were more
 * than the young generation's survivor spaces hold: at every young collection they were promoted,
 * to die in the old generation, which then took a full collection every two or three young ones.
 * With {@value #LEAD} batches read ahead and {@value #AHEAD} sketched, what is in flight mostly
 * fits the survivor spaces the launcher gives near mode: on a 1 GB dump, 40 full collections to
 * 1,340 young ones. Fewer ahead starve the cleaning: with 3 read and 2 sketched it waited for the
 * reader and the sketches often enough that the run took 1.23× as long (61-64 s against 49-52 s,
 * alternating; 33 full collections), and more (8 and 6) gained nothing. The wait cannot block the
 * cleaning either: every batch read before the one waiting is queued already, and taking it frees
 * a place.
 */
final class SketchAhead implements BlockFeed.BatchWatcher, AutoCloseable {
  /** Batches sketched and not yet passed by the cleaning, at most. */
  static final int AHEAD = 4;

  /** Batches read and not yet taken by the cleaning, at most: the reader waits beyond that. */
  static final int LEAD = 6;

  private static final int WAITING = 0;
  private static final int SKETCHING = 1;
  private static final int PASSED = 2;

  /** A batch's block texts, its sketches made in the sketching thread, and where it stands. */
  private record Batch(String[] texts, Future<NearSketch[]> sketches, AtomicInteger state) {}

  private final ExecutorService sketching =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "newstidy-sketch");
            thread.setDaemon(true);
            return thread;
          });
  private final Semaphore permits = new Semaphore(AHEAD);
  private final Semaphore lead = new Semaphore(LEAD);
  private final ConcurrentLinkedQueue<Batch> read = new ConcurrentLinkedQueue<>();
  /** Makes the sketches of the sketching thread, and is used there only (its tasks run one after another). */
  private final NearSketcher ahead = new NearSketcher();
  /** Makes the sketches the cleaning thread makes itself (a paragraph a join made), and is used there only. */
  private final NearSketcher here = new NearSketcher();
  private Batch current;
  private Batch previous;
  /** Where in {@link #current} the last sketch handed out stood: the next is usually just after. */
  private int cursor;

  /**
   * In the reader thread: waits while {@value #LEAD} batches are read and not yet taken, then queues
   * the batch's long enough block texts for sketching. Interrupted, it returns with the batch not
   * sketched (the cleaning sketches its blocks as it needs them) and the interrupt kept.
   */
  @Override
  public void read(List<FeedEvent> batch) {
    try {
      lead.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    String[] texts = new String[batch.size()];
    for (int i = 0; i < texts.length; i++) {
      if (batch.get(i) instanceof FeedEvent.NextBlock next && next.block().text().length() >= NearDuplicateIndex.LOOKUP_CHARS) {
        texts[i] = next.block().text();
      }
    }
    AtomicInteger state = new AtomicInteger(WAITING);
    read.add(new Batch(texts, sketching.submit(() -> sketchAll(texts, state)), state));
  }

  /** True: {@link #read} waits while {@link #LEAD} batches are read and not yet taken. */
  @Override
  public boolean boundsLead() {
    return true;
  }

  /** In the cleaning thread: the next batch read is the one its blocks now come from. */
  @Override
  public void taken() {
    lead.release();
    if (previous != null && previous.state().getAndSet(PASSED) == SKETCHING) {
      permits.release();
    }
    previous = current;
    current = read.poll();
    cursor = 0;
  }

  /** The sketch of {@code text}: made ahead when it is a block's text, else here. */
  NearSketch sketchOf(String text) {
    if (current != null) {
      int at = find(current.texts(), text, cursor);
      if (at >= 0) {
        cursor = at + 1;
        return made(current, at, text);
      }
    }
    if (previous != null) {
      int at = find(previous.texts(), text, 0);
      if (at >= 0) {
        return made(previous, at, text);
      }
    }
    return here.sketch(text);
  }

  /** The sketch function for {@link NearDuplicateIndex#withSketches}. */
  Function<String, NearSketch> asFunction() {
    return this::sketchOf;
  }

  /** Where the very string {@code text} stands in {@code texts}, looking from {@code from} on and then before it. */
  private static int find(String[] texts, String text, int from) {
    for (int i = from; i < texts.length; i++) {
      if (texts[i] == text) {
        return i;
      }
    }
    for (int i = 0; i < Math.min(from, texts.length); i++) {
      if (texts[i] == text) {
        return i;
      }
    }
    return -1;
  }

  private NearSketch made(Batch batch, int at, String text) {
    try {
      NearSketch sketch = batch.sketches().get()[at];
      return sketch != null ? sketch : here.sketch(text);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return here.sketch(text);
    } catch (ExecutionException e) {
      // Made again here, so that a failure surfaces in the cleaning thread as it would without this.
      return here.sketch(text);
    }
  }

  /** Sketches a batch once a permit is free; nothing when the cleaning has passed it already. */
  private NearSketch[] sketchAll(String[] texts, AtomicInteger state) throws InterruptedException {
    permits.acquire();
    if (!state.compareAndSet(WAITING, SKETCHING)) {
      permits.release();
      return new NearSketch[texts.length];
    }
    NearSketch[] sketches = new NearSketch[texts.length];
    for (int i = 0; i < texts.length; i++) {
      if (texts[i] != null) {
        sketches[i] = ahead.sketch(texts[i]);
      }
    }
    return sketches;
  }

  /** Stops the sketching thread and waits for it to end, so that no thread outlives the run. */
  @Override
  public void close() {
    sketching.shutdownNow();
    boolean interrupted = false;
    while (true) {
      try {
        if (sketching.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
