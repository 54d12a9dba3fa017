package dev.newstidy.cli;

import com.google.common.base.Stopwatch;
import com.google.common.collect.ImmutableList;
import dev.newstidy.app.CleanRun;
import dev.newstidy.input.InputSource;
import dev.newstidy.output.ArticleSink;
import dev.newstidy.output.RunSummary;
import dev.newstidy.text.Printable;
import dev.newstidy.model.InputStats;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
  /** Set by the shutdown hook when a signal stops the run. */
  private volatile boolean stopped;
  /** The bar of the run in progress, above which warnings are printed. */
  private ProgressHandle progress = NO_PROGRESS;

  private static final ProgressHandle NO_PROGRESS =
      new ProgressHandle() {
        @Override
        public void progress(long bytesRead, long articles) {}

        @Override
        public void close() {}
      };

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

  /**
   * Writes nothing that outlives the run ({@code --dry-run}, {@code check}, {@code stats}): the
   * index file is read, not saved, so that a preview never changes what the real run removes.
   */
  void readOnly(boolean value) {
    this.readOnly = value;
  }

  /** The inputs, checked: a missing one stops the run here, before any output exists. */
  ImmutableList<InputSource> sources() throws Exception {
    return sources(null);
  }

  /**
   * The inputs, checked, each file once, and none inside {@code outputFolder} (this run's output
   * is never its input, not even on a rerun: {@code clean news -o news/clean} reads neither the
   * manifest nor the files of {@code news/clean}). A file named twice, or named and also found in
   * a folder, is read once with a warning; a file named inside the output folder is skipped with a
   * warning, one found there by walking a folder silently.
   *
   * @param outputFolder the folder this run writes, or null
   */
  ImmutableList<InputSource> sources(Path outputFolder) throws Exception {
    ImmutableList<InputSource> all;
    try {
      inputs.readSettings();
      all = inputs.sources(this::warn);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(commandLine, e.getMessage());
    }
    Path output = outputFolder == null ? null : canonical(outputFolder);
    Set<Path> seen = new HashSet<>();
    Set<String> named = new HashSet<>(inputs.inputs);
    ImmutableList.Builder<InputSource> kept = ImmutableList.builder();
    for (InputSource source : all) {
      if (source.isStdin()) {
        kept.add(source);
        continue;
      }
      Path file = canonical(source.file());
      if (output != null && file.startsWith(output)) {
        if (named.contains(source.label())) {
          warn("warning: " + source.label() + ": inside the output folder; not read");
        }
        continue;
      }
      if (!seen.add(file)) {
        warn("warning: " + source.label() + ": named more than once; read once");
        continue;
      }
      kept.add(source);
    }
    return kept.build();
  }

  /** The real path where it exists, else the absolute normalised path: links cannot hide a file. */
  private static Path canonical(Path path) {
    try {
      return path.toRealPath();
    } catch (java.io.IOException e) {
      Path absolute = path.toAbsolutePath().normalize();
      Path parent = absolute.getParent();
      return parent == null ? absolute : canonical(parent).resolve(absolute.getFileName());
    }
  }

  /**
   * Why nothing was read, when nothing was: no text block came from any input (an empty folder, no
   * file of a known format, binary files, JSON Lines whose every line is malformed, empty files).
   * Example: {@code nothing was read (1 file, 1 skipped as binary)}.
   */
  Optional<String> nothingRead(Outcome outcome) {
    RunSummary summary = outcome.summary();
    if (summary.blocks() > 0) {
      return Optional.empty();
    }
    List<InputStats> read = summary.inputs();
    long binary = read.stream().filter(InputStats::binary).count();
    long malformed = read.stream().mapToLong(InputStats::malformed).sum();
    StringBuilder why = new StringBuilder("nothing was read (");
    why.append(read.size()).append(read.size() == 1 ? " file" : " files");
    if (read.isEmpty()) {
      why.append(" of a known format: *.txt, *.md, *.jsonl, *.ndjson");
    }
    if (binary > 0) {
      why.append(", ").append(binary).append(" skipped as binary");
    }
    if (malformed > 0) {
      why.append(", ").append(malformed).append(malformed == 1 ? " malformed line" : " malformed lines");
    }
    return Optional.of(why.append(')').toString());
  }

  /** The inputs as given on the command line, where a run-wide finding is placed. */
  String inputsAsGiven() {
    return String.join(" ", inputs.inputs);
  }

  /** Warns on stderr (unless {@code --quiet}) when nothing was read: clean and stats go on. */
  void warnIfNothingRead(Outcome outcome) {
    nothingRead(outcome).ifPresent(why -> warn("warning: " + inputsAsGiven() + ": no-input: " + why));
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
    Thread onSignal = new Thread(() -> stop(target), "newstidy-abort");
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
      this.progress = progress;
      run.withProgress(progress);
      summary = run.run(sources, target);
      target.close();
    } catch (Exception | Error e) {
      // An Error too (an exhausted heap): records the sink still holds are complete, and kept.
      if (stopped) {
        awaitHalt();
      }
      target.fail();
      throw e;
    } finally {
      progress = NO_PROGRESS;
      try {
        Runtime.getRuntime().removeShutdownHook(onSignal);
      } catch (IllegalStateException shuttingDown) {
        // The JVM is already exiting on a signal; the hook runs or has run.
      }
    }
    return new Outcome(summary, clock.elapsed(TimeUnit.MICROSECONDS) / 1e6);
  }

  /**
   * On SIGINT or SIGTERM (a shutdown hook): ends the sink so that what is complete is kept and
   * listed, and says so in one line, the same for both signals; the exit code tells them apart.
   */
  private void stop(ArticleSink target) {
    stopped = true;
    target.abort();
    err.println("error: the run was stopped by a signal; complete output is kept");
    err.flush();
  }

  /**
   * The run failed because a signal stopped it: the hook has said so, and the JVM is halting. This
   * thread waits for the halt rather than print a second, misleading error.
   */
  private static void awaitHalt() {
    try {
      Thread.sleep(Long.MAX_VALUE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Prints the summary line on stderr unless {@code --quiet}. */
  void summarise(Outcome outcome) {
    if (!log.quiet) {
      err.println(outcome.line());
    }
  }

  private void warn(String message) {
    if (!log.quiet) {
      progress.printAbove(err, Printable.of(message));
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
