package dev.newstidy.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress bar on stderr (me.tongfei:progressbar): megabytes read out of the total, articles per
 * second, and an ETA. It appears only on a terminal, never with {@code --quiet}, and only once a run
 * has lasted a second, so that short runs in a shell loop print nothing.
 *
 * <p>The bar is drawn at the terminal's width ({@code COLUMNS}, else 80), with articles per second
 * as its only speed, so that at 80 columns the bar itself keeps about 20 characters. A warning
 * printed during the run clears the bar's line first and stands on a line of its own; the bar is
 * drawn again below it. Pinned by {@code ProgressTest}.
 */
final class Progress implements ProgressHandle {
  /** How long a run must last before the bar shows; a system property lets tests shorten it. */
  private static final long SHOW_AFTER_NANOS =
      Long.getLong("newstidy.progress.delay.ms", 1000L) * 1_000_000L;

  private final long totalBytes;
  private final long started = System.nanoTime();
  private final PrintStream screen;
  private final int width;
  private final long showAfterNanos;
  /** Held while the bar or a message is printed, so that neither lands inside the other. */
  private final Object screenLock = new Object();
  private ProgressBar bar;

  /**
   * @param totalBytes the inputs' size on disk, or -1 when unknown (stdin)
   */
  Progress(long totalBytes) {
    this(totalBytes, System.err, columns(System.getenv("COLUMNS")), SHOW_AFTER_NANOS);
  }

  /** A bar drawn on {@code screen}, {@code width} columns wide, for tests. */
  Progress(long totalBytes, PrintStream screen, int width, long showAfterNanos) {
    this.totalBytes = totalBytes;
    this.screen = screen;
    this.width = width;
    this.showAfterNanos = showAfterNanos;
  }

  /** The terminal's width from {@code COLUMNS} ({@code 120}), or 80 when it is not set or not a number. */
  static int columns(String value) {
    try {
      int n = value == null ? 80 : Integer.parseInt(value.strip());
      return n >= 20 ? n : 80;
    } catch (NumberFormatException e) {
      return 80;
    }
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
      if (elapsed < showAfterNanos) {
        return;
      }
      bar =
          new ProgressBarBuilder()
              .setTaskName("newstidy")
              .setInitialMax(totalBytes > 0 ? totalBytes : -1)
              .setUnit(" MB", 1_000_000)
              .setStyle(ProgressBarStyle.ASCII)
              .setUpdateIntervalMillis(250)
              .setConsumer(new Screen())
              .build();
    }
    bar.stepTo(bytesRead);
    double seconds = elapsed / 1e9;
    bar.setExtraMessage(String.format(java.util.Locale.ROOT, "%.0f articles/s", articles / seconds));
  }

  @Override
  public void printAbove(java.io.PrintWriter err, String line) {
    synchronized (screenLock) {
      if (bar != null) {
        screen.print("\r" + " ".repeat(width - 1) + "\r");
        screen.flush();
      }
      err.println(line);
      err.flush();
    }
  }

  /** The bar's line on the screen, drawn under the lock that messages take too. */
  private final class Screen extends ConsoleProgressBarConsumer {
    Screen() {
      super(screen, width - 1);
    }

    @Override
    public void accept(String rendered) {
      synchronized (screenLock) {
        super.accept(rendered);
        screen.flush();
      }
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
