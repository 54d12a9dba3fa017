package dev.newstidy.output;

import dev.newstidy.text.IoMessages;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Writes article files on a thread of its own, one after another in the order they were handed
 * over, so that the run goes on with the next articles while the file system creates, writes and
 * renames: the output is the same files and manifest, in the same order, as one thread writing
 * them. Files are handed over in batches ({@link #submitAll}). For each batch the journal first names
 * every file in it, in one write; then for each file, in turn: its folder is made when first
 * needed, it is written to {@code .NAME.part} (and forced to disk with {@code sync}), renamed into
 * place, and only then its manifest line is appended. A killed run therefore never leaves half a
 * file under its final name, nor a manifest line for a file that is not complete, and every file it
 * left is named in the journal.
 *
 * <p>A batch is one hand-over and one journal write for all its files: handed over one at a time,
 * the 14,647 files of a 20 MB dump took 37,710 futex calls (the queue's and the progress lock's
 * wake-ups) and 14,647 journal writes, on top of the file system's own calls.
 *
 * <p>The first failure stops the writing: later files are dropped, and the failure is thrown to the
 * caller by its next {@link #submit} or {@link #submitAll} (of no file, too), {@link #awaitIdle} or
 * {@link #finish}. Pinned by {@code OrderedFileWriterTest}.
 */
final class OrderedFileWriter {
  /**
   * Files handed over but not yet written, at most, however they are batched: a bound on the heap
   * they hold (a few MB). A batch of more files waits until none is left unwritten.
   */
  static final int QUEUE = 256;

  /** How long a stopped run waits for the file in hand to be completed. */
  private static final long STOP_WAIT_MILLIS = 10_000;

  /** One file: its path below the folder, its subfolder ("" for none), its text and manifest line. */
  record Job(String name, String subfolder, String content, String manifestLine) {}

  /** Files handed over together, and the room they took in the queue, given back once written. */
  private record Batch(List<Job> jobs, int room) {}

  /** The end of the work: a batch no caller can hand over. */
  private static final Batch END = new Batch(List.of(), 0);

  private final Path folder;
  private final RunJournal journal;
  private final Writer manifest;
  private final boolean sync;
  private final BlockingQueue<Batch> queue = new LinkedBlockingQueue<>();
  /** Room for {@link #QUEUE} files: a batch takes its files' room before it is queued. */
  private final Semaphore room = new Semaphore(QUEUE);
  private final Thread thread;
  private final Object progress = new Object();
  private long submitted;
  private long handled;
  private long written;
  private String madeFolder = "";
  private volatile boolean stopped;
  private volatile Exception failure;

  OrderedFileWriter(Path folder, RunJournal journal, Writer manifest, boolean sync) {
    this.folder = folder;
    this.journal = journal;
    this.manifest = manifest;
    this.sync = sync;
    this.thread = new Thread(this::loop, "newstidy-files");
    // A run stopped by a signal ends in a halt; this thread must never hold the process open.
    thread.setDaemon(true);
    thread.start();
  }

  /** Hands a file over to be written after those handed over before it; waits while the queue is full. */
  void submit(Job job) throws IOException {
    submitAll(List.of(job));
  }

  /**
   * Hands {@code jobs} over, in order, to be written after those handed over before them; waits
   * while the queue is full. An empty list hands nothing over, but a failure of the writer is thrown
   * all the same.
   */
  void submitAll(List<Job> jobs) throws IOException {
    rethrowFailure();
    if (stopped) {
      throw new OutputException(folder.toString(), "the run was stopped");
    }
    if (jobs.isEmpty()) {
      return;
    }
    int taken = Math.min(jobs.size(), QUEUE);
    try {
      while (!room.tryAcquire(taken, 50, TimeUnit.MILLISECONDS)) {
        if (stopped) {
          rethrowFailure();
          throw new OutputException(folder.toString(), "the run was stopped");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OutputException(folder.toString(), "interrupted while writing");
    }
    synchronized (progress) {
      submitted += jobs.size();
    }
    queue.add(new Batch(List.copyOf(jobs), taken));
  }

  /** Waits until every file handed over is written (or dropped after a failure). */
  void awaitIdle() throws IOException {
    synchronized (progress) {
      while (handled < submitted && thread.isAlive()) {
        try {
          progress.wait(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new OutputException(folder.toString(), "interrupted while writing");
        }
      }
    }
    rethrowFailure();
  }

  /** Writes what is left, ends the thread and throws the first failure, if any. */
  void finish() throws IOException {
    awaitIdle();
    end();
    join(Long.MAX_VALUE);
    rethrowFailure();
  }

  /**
   * Stops a failing or interrupted run: the files not yet begun are dropped, and the one in hand is
   * completed (waiting {@value #STOP_WAIT_MILLIS} ms at most). Returns true when the thread ended, so
   * that the manifest is no longer written.
   */
  boolean stop() {
    stopped = true;
    queue.clear();
    end();
    return join(STOP_WAIT_MILLIS);
  }

  /** The files written and listed so far; read after {@link #finish} or {@link #stop}. */
  long written() {
    return written;
  }

  private void end() {
    queue.add(END);
  }

  private boolean join(long millis) {
    try {
      thread.join(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return !thread.isAlive();
  }

  private void rethrowFailure() throws IOException {
    Exception e = failure;
    if (e instanceof IOException io) {
      throw io;
    } else if (e instanceof RuntimeException runtime) {
      throw runtime;
    }
  }

  private void loop() {
    while (true) {
      Batch batch;
      try {
        batch = queue.take();
      } catch (InterruptedException e) {
        return;
      }
      if (batch == END) {
        return;
      }
      List<Job> jobs = batch.jobs();
      try {
        if (!stopped) {
          intend(jobs);
        }
        for (Job job : jobs) {
          if (stopped) {
            break;
          }
          write(job);
        }
      } catch (IOException | RuntimeException e) {
        failure = e;
        stopped = true;
      } catch (Error e) {
        // Said by the caller's next call, so that a file lost here never goes unnoticed.
        failure = new IllegalStateException("the file writer failed: " + e, e);
        stopped = true;
      }
      room.release(batch.room());
      synchronized (progress) {
        handled += jobs.size();
        progress.notifyAll();
      }
    }
  }

  /** Names the batch's files in the journal, in one write, before any of them is begun. */
  private void intend(List<Job> jobs) throws IOException {
    List<String> names = new ArrayList<>(jobs.size());
    for (Job job : jobs) {
      names.add(job.name());
    }
    try {
      journal.intend(names);
    } catch (IOException e) {
      throw new OutputException(folder.resolve(RunJournal.NAME).toString(), "cannot write: " + IoMessages.describe(e), e);
    }
  }

  private void write(Job job) throws IOException {
    if (!job.subfolder().isEmpty() && !job.subfolder().equals(madeFolder)) {
      Files.createDirectories(folder.resolve(job.subfolder()));
      madeFolder = job.subfolder();
    }
    Path target = folder.resolve(job.name());
    Path temp = target.resolveSibling("." + target.getFileName() + ".part");
    try {
      writeFile(temp, job.content().getBytes(StandardCharsets.UTF_8));
      AtomicMove.replace(temp, target);
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new OutputException(target.toString(), "cannot write: " + IoMessages.describe(e), e);
    }
    // Into the manifest's buffer: its line comes only after its file is in place.
    manifest.write(job.manifestLine());
    written++;
  }

  /** Removes a temporary left by a failed write; where even that fails, the journal names it. */
  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // The write's own failure is the one worth telling.
    }
  }

  private void writeFile(Path temp, byte[] bytes) throws IOException {
    try (FileChannel out =
        FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        out.write(buffer);
      }
      if (sync) {
        out.force(true);
      }
    }
  }
}
