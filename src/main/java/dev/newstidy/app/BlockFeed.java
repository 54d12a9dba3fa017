package dev.newstidy.app;

import dev.newstidy.input.BlockReader;
import dev.newstidy.input.Document;
import dev.newstidy.input.DumpReader;
import dev.newstidy.input.InputException;
import dev.newstidy.input.InputSource;
import dev.newstidy.input.ReadSettings;
import dev.newstidy.model.Block;
import dev.newstidy.text.IoMessages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Reads the inputs, in the order given, into a stream of {@link FeedEvent}s: the half of a run that
 * decompresses, decodes and cuts text into blocks. It runs in the caller's thread, or in a thread
 * of its own that hands batches of events over a bounded queue, so that reading and cleaning use
 * both cores. The events, and so the output, are the same either way.
 */
final class BlockFeed {
  /** Events per batch handed between threads: enough to make the hand-over cheap. */
  static final int BATCH = 512;

  /**
   * Characters of block text after which a batch is handed over before it holds {@link #BATCH}
   * events: a count alone let the reader run 8,192 blocks ahead, and blocks of 10⁵ characters each
   * (a hostile run of lines with no blank line) then filled a 256 MiB heap in the queue alone
   * ({@code HostileInputTest}).
   */
  static final int BATCH_CHARS = 1 << 18;

  /**
   * Batches in flight when no watcher bounds the reader's lead: with {@link #BATCH_CHARS}, bounds
   * the memory the reader can run ahead by. The reader outpaces the cleaning, so the queue is full
   * most of the time, and every young collection copies what it holds: with 16 batches the
   * collections of a 1 GB run paused every thread for 1.37 s, with 4 for 0.72 s (141 young
   * collections either way, {@code -Xlog:gc}). Alternating, four rounds, the 1 GB run's median
   * wall time was 13.23 s with 16 and 12.61 s with 4 (12.79 s with 8); peak RSS 11 MiB lower. With
   * 2 the cleaning waited for the reader: 13.13 s against 12.75 s for 4. README, Performance,
   * "The reader's queue, near mode's working arrays, and where the time goes".
   */
  static final int QUEUE = 4;

  /**
   * Batches in flight at most when a watcher bounds the reader's lead itself ({@link
   * BatchWatcher#boundsLead}): near mode's lead of {@link SketchAhead#LEAD} batches binds first, and
   * near mode was measured with this queue; with 4 its 1 GB run took 68.8 s against 67.6 s
   * (medians of two, alternating, a difference within the noise).
   */
  static final int WATCHED_QUEUE = 16;

  /**
   * How long the run waits for the reader's next batch before it counts the input as paused: long
   * enough that a run over a file hardly ever pauses (none over a 200 MB and a 1 GB dump, one when
   * writing files from a 20 MB one), and a pause costs no more than one batch handed over early.
   */
  static final long PAUSE_MILLIS = 20;

  private final ReadSettings reading;
  private final InputStream stdin;
  /**
   * Bytes read so far, as last published for other threads ({@link #bytesRead}). The reading thread
   * publishes at each batch it hands over and after each {@link #PUBLISH_BYTES} read, not at every
   * block: a volatile store a block, read by the writing thread at every article, moved one cache
   * line between the two cores some thousands of times a megabyte.
   */
  private final AtomicLong bytesRead = new AtomicLong();
  /** Bytes read so far, in the reading thread, and as it last published them. */
  private long read;
  private long published;
  /** Bytes read past which {@link #read} is published even with no batch handed over. */
  static final long PUBLISH_BYTES = 1 << 16;
  /** True when each block's fingerprint is made here, for the block-level repeats. */
  private final boolean printsAhead;

  BlockFeed(ReadSettings reading, InputStream stdin) {
    this(reading, stdin, false);
  }

  /**
   * @param printsAhead make each block's fingerprint with the block ({@link FeedEvent.NextBlock#print}):
   *     in the reader thread of {@link #feedInBackground}, which has time to spare, rather than in
   *     the cleaning thread, which sets the pace of a run
   */
  BlockFeed(ReadSettings reading, InputStream stdin, boolean printsAhead) {
    this.reading = reading;
    this.stdin = stdin;
    this.printsAhead = printsAhead;
  }

  /** Bytes read so far from all inputs, before decompression; safe to ask from any thread. */
  long bytesRead() {
    return bytesRead.get();
  }

  private void advance(long to) {
    read = to;
    if (to - published >= PUBLISH_BYTES) {
      publishRead();
    }
  }

  /** Lets other threads see the bytes read so far. */
  private void publishRead() {
    published = read;
    bytesRead.set(read);
  }

  /** Reads every input into {@code events}, in this thread. */
  void feed(List<InputSource> inputs, Consumer<FeedEvent> events) throws IOException {
    feed(inputs, events, stdin);
  }

  /** {@link #feed(List, Consumer)}, reading {@code -} from {@code from}. */
  private void feed(List<InputSource> inputs, Consumer<FeedEvent> events, InputStream from) throws IOException {
    long before = 0;
    for (InputSource input : inputs) {
      events.accept(new FeedEvent.InputStart(input));
      try (DumpReader reader =
          DumpReader.open(input, reading, from, message -> events.accept(new FeedEvent.Note(message)))) {
        if (reader.isBinary()) {
          events.accept(new FeedEvent.Note("warning: " + input.label() + ": binary file (NUL bytes), skipped"));
        } else {
          for (Document d = nextDocument(reader, input); d != null; d = nextDocument(reader, input)) {
            events.accept(new FeedEvent.DocumentStart(d.origin()));
            BlockReader blocks = BlockReader.of(d, reading.strict());
            for (Block b = nextBlock(blocks, input); b != null; b = nextBlock(blocks, input)) {
              events.accept(printsAhead ? FeedEvent.NextBlock.withPrint(b) : new FeedEvent.NextBlock(b));
              advance(before + reader.bytesRead());
            }
            events.accept(new FeedEvent.DocumentEnd());
          }
        }
        before += reader.stats().bytes();
        read = before;
        publishRead();
        events.accept(new FeedEvent.InputEnd(reader.stats()));
      }
    }
  }

  /**
   * Reads every input in a thread of its own and hands the events to {@code events} in this
   * thread, in order. A failure on either side stops both and surfaces here, an Error included
   * (pinned by {@code BlockFeedTest.anErrorInTheReaderThreadSurfacesInsteadOfHanging}).
   */
  void feedInBackground(List<InputSource> inputs, Consumer<FeedEvent> events) throws IOException {
    feedInBackground(inputs, events, BatchWatcher.NONE, () -> {});
  }

  /** Hears each batch as the reader thread hands it over, and as the run takes it. */
  interface BatchWatcher {
    BatchWatcher NONE =
        new BatchWatcher() {
          @Override
          public void read(List<FeedEvent> batch) {}

          @Override
          public void taken() {}
        };

    /** In the reader thread, just before {@code batch} is queued. */
    void read(List<FeedEvent> batch);

    /** In the run's thread, just before the next batch's events are handed on. */
    void taken();

    /**
     * True when {@link #read} holds the reader back itself (near mode's {@link SketchAhead#LEAD}),
     * so that the queue gets {@link #WATCHED_QUEUE} places and not {@link #QUEUE}.
     */
    default boolean boundsLead() {
      return false;
    }
  }

  /**
   * Shows {@code batch} to {@code watcher}. A watcher only works ahead (near sketches) and the
   * cleaning redoes what it missed, so its failure (a task refused by its executor, say) skips the
   * batch for it and is no failure of the input.
   */
  private static void tell(BatchWatcher watcher, List<FeedEvent> batch) {
    try {
      watcher.read(batch);
    } catch (RuntimeException e) {
      // Nothing to do: the batch is sketched in the cleaning thread as it is needed.
    }
  }

  /**
   * {@link #feedInBackground(List, Consumer)}, with {@code watcher} hearing every batch, and handing
   * on what is read as soon as the input pauses. A batch goes over before it is full when stdin's next read would wait ({@link
   * PauseAwareInput}); and when no batch comes for {@link #PAUSE_MILLIS}, {@code onPause} runs in
   * this thread (the run hands on its finished articles) before it waits on. So a feed that sends
   * a few articles and pauses sees their records, not only once a full batch (512 events or 256 Ki
   * characters) or the input's end comes. The events, and so the output, are the same as without
   * pauses (pinned by {@code BlockFeedTest.handsOnWhatStdinGaveBeforeItPaused}).
   */
  void feedInBackground(
      List<InputSource> inputs, Consumer<FeedEvent> events, BatchWatcher watcher, Runnable onPause)
      throws IOException {
    BlockingQueue<Object> queue = new ArrayBlockingQueue<>(watcher.boundsLead() ? WATCHED_QUEUE : QUEUE);
    Object end = new Object();
    Thread reader =
        new Thread(
            () -> {
              List<FeedEvent> batch = new ArrayList<>(BATCH);
              long[] chars = {0};
              Runnable handOver =
                  () -> {
                    if (!batch.isEmpty()) {
                      List<FeedEvent> full = new ArrayList<>(batch);
                      publishRead();
                      tell(watcher, full);
                      put(queue, full);
                      batch.clear();
                      chars[0] = 0;
                    }
                  };
              try {
                feed(
                    inputs,
                    event -> {
                      batch.add(event);
                      if (event instanceof FeedEvent.NextBlock next) {
                        chars[0] += next.block().text().length();
                      }
                      if (batch.size() == BATCH || chars[0] >= BATCH_CHARS) {
                        handOver.run();
                      }
                    },
                    stdin == null ? null : new PauseAwareInput(stdin, handOver));
                List<FeedEvent> last = new ArrayList<>(batch);
                tell(watcher, last);
                put(queue, last);
                put(queue, end);
              } catch (IOException | RuntimeException | Error e) {
                // An Error too (OutOfMemoryError, StackOverflowError): left uncaught it ended this
                // thread with nothing queued, and the run waited for the next batch for ever.
                try {
                  // What was read before the failure is handed on first, as in one thread: the
                  // articles it completes are written before the run stops.
                  if (!(e instanceof Stopped)) {
                    // Not shown to the watcher: a batch it missed costs it speed only.
                    queue.put(new ArrayList<>(batch));
                  }
                  queue.put(e);
                } catch (InterruptedException stopped) {
                  Thread.currentThread().interrupt();
                }
              }
            },
            "newstidy-reader");
    reader.setDaemon(true);
    reader.start();
    try {
      while (true) {
        Object item = queue.poll(PAUSE_MILLIS, TimeUnit.MILLISECONDS);
        if (item == null) {
          onPause.run();
          item = queue.take();
        }
        if (item == end) {
          return;
        }
        if (item instanceof IOException e) {
          throw e;
        }
        if (item instanceof RuntimeException e) {
          throw e;
        }
        if (item instanceof Error e) {
          throw e;
        }
        @SuppressWarnings("unchecked")
        List<FeedEvent> batch = (List<FeedEvent>) item;
        watcher.taken();
        batch.forEach(events);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading");
    } finally {
      reader.interrupt();
    }
  }

  private static void put(BlockingQueue<Object> queue, Object item) {
    try {
      queue.put(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Stopped();
    }
  }

  /** The run stopped reading (it failed on its side, or is over): the reader thread ends quietly. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super(null, null, false, false);
    }
  }

  private static Document nextDocument(DumpReader reader, InputSource input) throws IOException {
    try {
      return reader.next();
    } catch (InputException e) {
      throw e;
    } catch (IOException e) {
      throw new InputException(input.label(), "read failed: " + IoMessages.describe(e), e);
    }
  }

  private static Block nextBlock(BlockReader blocks, InputSource input) throws IOException {
    try {
      return blocks.next();
    } catch (InputException e) {
      throw e;
    } catch (IOException e) {
      throw new InputException(input.label(), "read failed: " + IoMessages.describe(e), e);
    }
  }
}
