package dev.newstidy.cli;

import com.google.common.base.Stopwatch;
import com.google.common.collect.ImmutableList;
import dev.newstidy.app.CleanRun;
import dev.newstidy.input.InputSource;
import dev.newstidy.output.ArticleSink;
import dev.newstidy.output.RunSummary;
import dev.newstidy.text.Printable;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

/**
 * Runs the chain for a command: resolves the inputs before anything is written, reads them into a
 * sink with warnings on stderr, aborts the sink on failure or on SIGINT/SIGTERM (a shutdown hook),
 * and times the run.
 */
final class ChainRunner {
  private final InputOptions inputs;
  private final RepairOptions repairs;
  private final LogOptions log;
  private final PrintWriter err;
  private final InputStream stdin;
  private final picocli.CommandLine commandLine;
  private boolean readOnly;

  ChainRunner(
      picocli.CommandLine commandLine,
      InputOptions inputs,
      RepairOptions repairs,
      LogOptions log,
      InputStream stdin) {
    this.commandLine = commandLine;
    this.inputs = inputs;
    this.repairs = repairs;
    this.log = log;
    this.err = commandLine.getErr();
    this.stdin = stdin;
  }

  /** Writes nothing that outlives the run ({@code --dry-run}): the index file is read, not saved. */
  void readOnly(boolean value) {
    this.readOnly = value;
  }

  /** The inputs, checked: a missing one stops the run here, before any output exists. */
  ImmutableList<InputSource> sources() throws Exception {
    try {
      inputs.readSettings();
      return inputs.sources();
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(commandLine, e.getMessage());
    }
  }

  /** What a run did, and how long it took. */
  record Outcome(RunSummary summary, double seconds) {
    String line() {
      return summary.line(seconds);
    }
  }

  /**
   * Reads {@code sources} into {@code sink}.
   *
   * @param dataOnStdout the sink writes its data on stdout, so that a progress bar must not show
   *     when stdout is a pipe
   */
  Outcome run(ImmutableList<InputSource> sources, ArticleSink sink, boolean dataOnStdout)
      throws Exception {
    Stopwatch clock = Stopwatch.createStarted();
    DecisionLog decisions = log.verbose && !log.quiet ? new DecisionLog(sink, err) : null;
    ArticleSink target = decisions != null ? decisions : sink;
    Thread onSignal = new Thread(target::abort, "newstidy-abort");
    Runtime.getRuntime().addShutdownHook(onSignal);
    if (inputs.threads < 1 || inputs.threads > 2) {
      throw new picocli.CommandLine.ParameterException(commandLine, "--threads must be 1 or 2, not " + inputs.threads);
    }
    CleanRun run =
        new CleanRun(
                repairs.settings(commandLine),
                repairs.dedupSettings(commandLine),
                inputs.readSettings(),
                stdin,
                this::warn)
            .withThreads(inputs.threads)
            .withIndexSaved(!readOnly);
    if (decisions != null) {
      run.withBoundaryLog(decisions::boundary);
    }
    RunSummary summary;
    try (ProgressHandle progress = Progress.start(log.quiet, dataOnStdout, totalBytes(sources))) {
      run.withProgress(progress);
      summary = run.run(sources, target);
      target.close();
    } catch (Exception e) {
      target.abort();
      throw e;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(onSignal);
      } catch (IllegalStateException shuttingDown) {
        // The JVM is already exiting on a signal; the hook runs or has run.
      }
    }
    return new Outcome(summary, clock.elapsed(TimeUnit.MICROSECONDS) / 1e6);
  }

  /** Prints the summary line on stderr unless {@code --quiet}. */
  void summarise(Outcome outcome) {
    if (!log.quiet) {
      err.println(outcome.line());
    }
  }

  private void warn(String message) {
    if (!log.quiet) {
      err.println(Printable.of(message));
    }
  }

  private static long totalBytes(ImmutableList<InputSource> sources) {
    long total = 0;
    for (InputSource source : sources) {
      if (source.isStdin()) {
        return -1;
      }
      try {
        total += Files.size(source.file());
      } catch (java.io.IOException e) {
        return -1;
      }
    }
    return total;
  }
}
