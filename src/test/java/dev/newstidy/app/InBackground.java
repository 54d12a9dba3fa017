package dev.newstidy.app;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * A step run in a daemon thread of its own, keeping what it threw: for tests that feed a run
 * through a pipe from the test's thread while the run reads it.
 */
final class InBackground {
  /** What runs in the thread. */
  interface Step {
    void run() throws Exception;
  }

  private final Thread thread;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  private InBackground(Step step) {
    this.thread =
        new Thread(
            () -> {
              try {
                step.run();
              } catch (Throwable t) {
                failure.set(t);
              }
            });
    thread.setDaemon(true);
  }

  /** Starts {@code step} in its thread. */
  static InBackground start(Step step) {
    InBackground running = new InBackground(step);
    running.thread.start();
    return running;
  }

  /** What the step threw, or null. */
  Throwable failure() {
    return failure.get();
  }

  /**
   * True once {@code done} holds, looked at every few milliseconds for up to a minute while the
   * step has not failed: what the step should have done while the test's thread holds its input back.
   */
  boolean sees(BooleanSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline && failure.get() == null) {
      if (done.getAsBoolean()) {
        return true;
      }
      Thread.sleep(5);
    }
    return false;
  }

  /** Waits up to a minute for the step to end; true when it ended. */
  boolean ended() throws InterruptedException {
    thread.join(60_000);
    return !thread.isAlive();
  }
}
