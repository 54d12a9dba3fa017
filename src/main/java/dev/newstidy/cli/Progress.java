package dev.newstidy.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress bar on stderr (me.tongfei:progressbar): megabytes read out of the total, articles per
 * second, and an ETA. It appears only on a terminal, never with {@code --quiet}, and only once a run
 * has lasted a second, so that short runs in a shell loop print nothing.
 */
final class Progress implements ProgressHandle {
  /** How long a run must last before the bar shows; a system property lets tests shorten it. */
  private static final long SHOW_AFTER_NANOS =
      Long.getLong("newstidy.progress.delay.ms", 1000L) * 1_000_000L;

  private final long totalBytes;
  private final long started = System.nanoTime();
  private ProgressBar bar;

  /**
   * @param totalBytes the inputs' size on disk, or -1 when unknown (stdin)
   */
  Progress(long totalBytes) {
    this.totalBytes = totalBytes;
  }

  /**
   * A bar when a person can see it, else a listener that does nothing.
   *
   * @param dataOnStdout true with {@code --output -}: a bar then shows only if stdout is no pipe
   */
  static ProgressHandle start(boolean quiet, boolean dataOnStdout, long totalBytes) {
    if (quiet || !Terminal.stderrIsTerminal() || (dataOnStdout && Terminal.stdoutIsPipe())) {
      return new ProgressHandle() {
        @Override
        public void progress(long bytesRead, long articles) {}

        @Override
        public void close() {}
      };
    }
    return new Progress(totalBytes);
  }

  @Override
  public void progress(long bytesRead, long articles) {
    long elapsed = System.nanoTime() - started;
    if (bar == null) {
      if (elapsed < SHOW_AFTER_NANOS) {
        return;
      }
      bar =
          new ProgressBarBuilder()
              .setTaskName("newstidy")
              .setInitialMax(totalBytes > 0 ? totalBytes : -1)
              .setUnit(" MB", 1_000_000)
              .setStyle(ProgressBarStyle.ASCII)
              .setUpdateIntervalMillis(250)
              .showSpeed()
              .setConsumer(new ConsoleProgressBarConsumer(System.err))
              .build();
    }
    bar.stepTo(bytesRead);
    double seconds = elapsed / 1e9;
    bar.setExtraMessage(String.format(java.util.Locale.ROOT, " %d articles, %.0f/s", articles, articles / seconds));
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
