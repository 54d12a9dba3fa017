package dev.newstidy.cli;

import dev.newstidy.app.CleanRun;

/** A progress listener that is closed when the run ends. */
interface ProgressHandle extends CleanRun.ProgressListener, AutoCloseable {
  @Override
  void close();

  /** Prints {@code line} on {@code err} on a line of its own, above the bar if one is drawn. */
  default void printAbove(java.io.PrintWriter err, String line) {
    err.println(line);
  }
}
