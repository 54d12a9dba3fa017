package dev.newstidy.cli;

import dev.newstidy.app.CleanRun;

/** A progress listener that is closed when the run ends. */
interface ProgressHandle extends CleanRun.ProgressListener, AutoCloseable {
  @Override
  void close();
}
