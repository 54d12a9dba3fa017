package dev.newstidy.app;

import dev.newstidy.stage.Pipeline.Unfinished;
import dev.newstidy.model.Origin;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.BiConsumer;

/**
 * Hands articles whose run-wide verdicts are made to a thread of its own, which finishes and writes
 * them one after another in the order they came: the pure stages after the last verdict, the record
 * or file rendering and the sink's system calls then run beside the cleaning of the next blocks.
 * Nothing run-wide is decided in that thread, so the output is the one a single thread writes
 * (pinned by {@code ThreadsTest} and {@code ArticleHandOffTest}).
 *
 * <p>Articles travel in batches, handed over once they hold {@link #BATCH} articles or
 * {@link #BATCH_BYTES} bytes of input text (or sooner, at an input's end or when the input
 * pauses: {@link #flush}), with at most {@link #QUEUE} batches waiting: the memory this thread can
 * lag behind by is bounded whatever the articles' sizes.
 *
 * <p>A failure in that thread (an unwritable output, an exhausted heap) stops the writing and is
 * thrown in the caller's thread by its next {@link #accept} or by {@link #finish}; after a failure
 * in the caller's thread, {@link #drain} still writes what was handed over, as a run in one thread
 * writes every article completed before it stopped.
 */
final class ArticleHandOff {
  /** Articles per batch: enough to make the hand-over cheap. */
  static final int BATCH = 64;

  /** Input bytes per batch past which it is handed over before it holds {@link #BATCH} articles. */
  static final long BATCH_BYTES = 1 << 20;

  /** Batches waiting: with {@link #BATCH_BYTES}, bounds how far the writing can lag. */
  static final int QUEUE = 4;

  private record Pending(Unfinished article, Origin origin) {}

  private static final List<Pending> END = List.of();

  private final BlockingQueue<List<Pending>> queue = new ArrayBlockingQueue<>(QUEUE);
  private final BiConsumer<Unfinished, Origin> writer;
  /** Runs in the hand-off's thread after each batch's articles are written: the sink's flush. */
  private final Runnable afterBatch;
  private final Thread thread;
  private List<Pending> batch = new ArrayList<>(BATCH);
  private long batchBytes;
  private boolean ended;
  /** The first failure in the writing thread; from then on it only empties the queue. */
  private volatile Throwable failure;

  /**
   * @param writer finishes and writes one article; called in the hand-off's thread only, in order
   */
  ArticleHandOff(BiConsumer<Unfinished, Origin> writer) {
    this(writer, () -> {});
  }

  /**
   * @param afterBatch runs after each batch's articles are written, in the same thread (a sink's
   *     flush, so that its records leave once a batch, not once a record); a failure there stops
   *     the writing as a failure to write an article does
   */
  ArticleHandOff(BiConsumer<Unfinished, Origin> writer, Runnable afterBatch) {
    this.writer = writer;
    this.afterBatch = afterBatch;
    this.thread = new Thread(this::writeAll, "newstidy-writer");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Hands one article over.
   *
   * @param bytes the input bytes it was made from, the weight that bounds a batch
   */
  void accept(Unfinished article, Origin origin, long bytes) throws InterruptedIOException {
    rethrowFailure();
    batch.add(new Pending(article, origin));
    batchBytes += bytes;
    if (batch.size() >= BATCH || batchBytes >= BATCH_BYTES) {
      handOver();
    }
  }

  /**
   * Hands the articles held in the current batch over now: at the end of an input, so that a run
   * that fails on the next input has its complete articles in the sink's hands as early as a run
   * in one thread has them (the file writer drops files not yet begun when a run stops); and when
   * the input pauses ({@link BlockFeed#PAUSE_MILLIS}), so that a feed's finished articles are
   * written before it sends more.
   */
  void flush() throws InterruptedIOException {
    rethrowFailure();
    handOver();
  }

  /** Waits until every article handed over is written; throws the writing thread's failure. */
  void finish() throws InterruptedIOException {
    end();
    rethrowFailure();
  }

  /**
   * After a failure in the caller's thread: writes what was handed over and waits for it, keeping
   * the caller's failure the one reported. Does nothing once {@link #finish} returned.
   */
  void drain() throws InterruptedIOException {
    end();
  }

  /**
   * Hands the end mark over and waits for the thread. Counts as ended only once the thread is over:
   * a wait cut short by an interrupt leaves the writing going, and the next call tries again rather
   * than return beside it ({@code ArticleHandOffTest}).
   */
  private void end() throws InterruptedIOException {
    if (ended) {
      return;
    }
    handOver();
    put(END);
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing");
    }
    ended = true;
  }

  private void handOver() throws InterruptedIOException {
    if (!batch.isEmpty()) {
      put(batch);
      batch = new ArrayList<>(BATCH);
      batchBytes = 0;
    }
  }

  private void put(List<Pending> items) throws InterruptedIOException {
    try {
      queue.put(items);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing");
    }
  }

  private void rethrowFailure() {
    Throwable t = failure;
    if (t instanceof RuntimeException e) {
      throw e;
    }
    if (t instanceof Error e) {
      throw e;
    }
  }

  /** The writing thread: takes batches until the end mark, and after a failure only empties them. */
  private void writeAll() {
    try {
      while (true) {
        List<Pending> items = queue.take();
        if (items == END) {
          return;
        }
        for (Pending p : items) {
          if (failure != null) {
            break;
          }
          try {
            writer.accept(p.article(), p.origin());
          } catch (RuntimeException | Error e) {
            failure = e;
          }
        }
        if (failure == null) {
          try {
            afterBatch.run();
          } catch (RuntimeException | Error e) {
            failure = e;
          }
        }
      }
    } catch (InterruptedException e) {
      // The run is over without an end mark (its thread was interrupted): nothing more to write.
      Thread.currentThread().interrupt();
    }
  }
}
