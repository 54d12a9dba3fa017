package dev.newstidy.cli;

import dev.newstidy.stage.byline.ChineseNames;
import dev.newstidy.stage.dedup.ParagraphFingerprint;
import dev.newstidy.stage.furniture.BoilerplateDetector;
import dev.newstidy.stage.furniture.LineEvidence;

/**
 * Reads the chain's shipped lists and builds its character tables on a second thread while the
 * main thread builds picocli's model of the command, so that a short run on a machine with two
 * cores pays the longer of the two rather than their sum. Both cost about the same: in a
 * sampling profile of a 25 KB dump each was about a quarter of the main thread's time (the
 * surname, furniture and boilerplate lists and {@link ParagraphFingerprint}'s two 65,536-entry
 * tables, against reading picocli's annotations).
 *
 * <p>Nothing else runs beside it: {@link Main#run} waits for it to end ({@link #await}) before the
 * command executes, so no two threads initialise the chain's classes at once, and the output is
 * the same byte for byte. What it loads is what the first {@code Pipeline} would load anyway
 * (each list is read once per process and shared), so a run that needs them pays nothing twice.
 * A failure here is ignored: the chain meets it again where it is reported today. Pinned by
 * {@code WarmupTest}: {@code newstidy clean -o - dump.txt} waits for it and leaves no thread
 * named {@code newstidy-warmup} behind; {@code newstidy --help} and {@code newstidy clean --help} start none.
 */
final class Warmup {
  /** The thread's name, for tests and thread dumps. */
  static final String THREAD_NAME = "newstidy-warmup";

  private final Thread thread;

  private Warmup(Thread thread) {
    this.thread = thread;
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

  /** Starts the warm-up on a daemon thread of its own. */
  static Warmup start() {
    Thread thread = new Thread(Warmup::run, THREAD_NAME);
    thread.setDaemon(true);
    thread.start();
    return new Warmup(thread);
  }

  private static void run() {
    try {
      ParagraphFingerprint.of("");
      ChineseNames.load();
      BoilerplateDetector.load();
      LineEvidence.load();
    } catch (RuntimeException | LinkageError e) {
      // The chain meets the same failure when it loads these, and reports it there.
    }
  }

  /** Waits until the warm-up has ended; an interrupt is kept for the command to see. */
  void await() {
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
  }
}
