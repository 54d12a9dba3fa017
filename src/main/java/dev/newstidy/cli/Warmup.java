package dev.newstidy.cli;

import dev.newstidy.config.RepairSettings;
import dev.newstidy.stage.Pipeline;
import dev.newstidy.stage.byline.ChineseNames;
import dev.newstidy.stage.dedup.InMemoryParagraphIndex;
import dev.newstidy.stage.dedup.ParagraphFingerprint;
import dev.newstidy.stage.furniture.BoilerplateDetector;
import dev.newstidy.stage.furniture.LineEvidence;
import java.util.Optional;

/**
 * Reads the chain's shipped lists and builds its character tables on a second thread while the
 * main thread builds picocli's model of the command, so that a short run on a machine with two
 * cores pays the longer of the two rather than their sum. Both cost about the same: in a
 * sampling profile of a 25 KB dump each was about a quarter of the main thread's time (the
 * surname, furniture and boilerplate lists and {@link ParagraphFingerprint}'s two 65,536-entry
 * tables, against reading picocli's annotations). It then builds one pipeline with the default
 * settings and drops it, which sets up the chain's classes (their compiled patterns, the boundary
 * weights, the page-chrome model): about 35 ms of CPU that the command's own pipeline, built on
 * the main thread, no longer pays after picocli (measured in-process, cold JVM, archive mapped).
 *
 * <p>Nothing else runs beside it: {@link Main#run} waits for it to end ({@link #await}) before the
 * command executes, so no two threads initialise the chain's classes at once, and the output is
 * the same byte for byte. What it loads is what the first {@code Pipeline} would load anyway
 * (each list is read once per process and shared), so a run that needs them pays nothing twice.
 *
 * <p>A failure here (a list missing from a damaged jar) is kept and handed to the caller by {@link
 * #await}: the JVM remembers a class whose set-up failed, so that the chain, meeting it later,
 * would only get a bare {@code NoClassDefFoundError} without the reason; {@link Main#run} makes it
 * one line ({@link ErrorHandler#cannotLoad}) and exit 4. Pinned by {@code WarmupTest}: {@code
 * newstidy clean -o - dump.txt} waits for it and leaves no thread named {@code newstidy-warmup} behind; {@code
 * newstidy --help} and {@code newstidy clean --help} start none; a failing load comes back from
 * {@link #await} with its cause.
 */
final class Warmup {
  /** The thread's name, for tests and thread dumps. */
  static final String THREAD_NAME = "newstidy-warmup";

  private final Thread thread;

  /** The first failure of the loads, written by the thread and read after {@link Thread#join}. */
  private Throwable failure;

  private Warmup(Runnable loads) {
    this.thread = new Thread(() -> runCatching(loads), THREAD_NAME);
    this.thread.setDaemon(true);
  }

  /**
   * True when the command line will run the chain: not when it asks for help or the version
   * ({@code clean --help}, {@code check -V}), which would wait for lists they never use.
   */
  static boolean worthIt(String[] args) {
    for (String arg : args) {
      if (arg.equals("--")) {
        return true;
      }
      if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
        return false;
      }
    }
    return true;
  }

  /** Starts the warm-up of the chain's lists and tables on a daemon thread of its own. */
  static Warmup start() {
    return start(Warmup::loadChainLists);
  }

  /** Starts {@code loads} on the warm-up thread; tests pass a failing one. */
  static Warmup start(Runnable loads) {
    Warmup warmup = new Warmup(loads);
    warmup.thread.start();
    return warmup;
  }

  private static void loadChainLists() {
    ParagraphFingerprint.of("");
    ChineseNames.load();
    BoilerplateDetector.load();
    LineEvidence.load();
    Pipeline.create(RepairSettings.defaults(), new InMemoryParagraphIndex(), article -> {});
  }

  private void runCatching(Runnable loads) {
    try {
      loads.run();
    } catch (RuntimeException | LinkageError e) {
      failure = e;
    }
  }

  /**
   * Waits until the warm-up has ended and gives the failure of its loads, if any; an interrupt is
   * kept for the command to see.
   */
  Optional<Throwable> await() {
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return Optional.ofNullable(failure);
  }
}
