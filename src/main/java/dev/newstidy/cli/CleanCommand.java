package dev.newstidy.cli;

import com.google.common.base.Stopwatch;
import com.google.common.collect.ImmutableList;
import dev.newstidy.app.CleanRun;
import dev.newstidy.app.RunSummary;
import dev.newstidy.config.RepairSettings;
import dev.newstidy.input.InputResolver;
import dev.newstidy.input.InputSource;
import dev.newstidy.output.ArticleSink;
import dev.newstidy.output.DirectorySink;
import dev.newstidy.output.JsonLinesSink;
import dev.newstidy.output.OutputFormat;
import dev.newstidy.text.Printable;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newstidy clean}: a scraped newspaper dump in, clean per-article files or JSON Lines out. */
@Command(
    name = "clean",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Splits scraped newspaper dumps into articles, moves bylines into metadata, removes repeated"
          + " paragraphs, joins paragraphs cut by page breaks, and writes one clean file per article"
          + " plus a manifest, or JSON Lines on stdout.",
      "Inputs are read in the order given; the first occurrence of a repeated paragraph wins."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok",
      "2:usage error (unknown option, bad value)",
      "3:input or output error (missing or unreadable input, invalid UTF-8 with --strict,"
          + " unwritable folder, earlier run without --overwrite)",
      "4:internal error",
      "130:interrupted by SIGINT (Ctrl-C)",
      "143:stopped by SIGTERM",
    })
public final class CleanCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final InputStream stdin;

  /** A command that reads {@code -} from {@code stdin}. */
  CleanCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "A dump file, a folder (its *.txt and *.md files, recursively, in sorted order), or - for stdin.")
  List<String> inputs;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR|-",
      defaultValue = "-",
      description = "Folder for one file per article plus manifest.jsonl, or - for JSON Lines on stdout (default: ${DEFAULT-VALUE}).")
  String output;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "md",
      description = "Per-article file format: md (Markdown with YAML front matter), txt or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--overwrite", description = "Replace an earlier run in the output folder: removes the files its manifest lists, and nothing else.")
  boolean overwrite;

  @Option(
      names = "--min-repeat-chars",
      paramLabel = "N",
      defaultValue = "20",
      description = "Blocks shorter than N characters are never removed as repeats (default: ${DEFAULT-VALUE}).")
  int minRepeatChars;

  @Option(names = "--no-join", description = "Do not join paragraphs cut by page and column breaks.")
  boolean noJoin;

  @Option(names = "--no-byline", description = "Do not look for bylines; they stay in the text.")
  boolean noByline;

  @Option(names = "--no-dedup", description = "Do not remove repeated paragraphs.")
  boolean noDedup;

  @Option(names = "--strict", description = "Stop with exit 3 on invalid UTF-8 instead of replacing it with U+FFFD.")
  boolean strict;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing on stderr but errors.")
  boolean quiet;

  @Option(names = "--stacktrace", description = "Print stack traces with errors.")
  boolean stacktrace;

  @Override
  public Integer call() throws Exception {
    if (minRepeatChars < 1 || minRepeatChars > 1_000_000) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--min-repeat-chars must be between 1 and 1000000, not " + minRepeatChars);
    }
    PrintWriter err = spec.commandLine().getErr();
    RepairSettings repairs = new RepairSettings(!noJoin, !noByline, !noDedup, minRepeatChars);
    ImmutableList<InputSource> sources = InputResolver.resolve(inputs);
    Stopwatch clock = Stopwatch.createStarted();
    ArticleSink sink =
        output.equals("-")
            ? new JsonLinesSink(spec.commandLine().getOut())
            : DirectorySink.open(Path.of(output), format, overwrite);
    Thread onSignal = new Thread(sink::abort, "newstidy-abort");
    Runtime.getRuntime().addShutdownHook(onSignal);
    CleanRun run =
        new CleanRun(
            repairs,
            strict,
            stdin,
            message -> {
              if (!quiet) {
                err.println(Printable.of(message));
              }
            });
    RunSummary summary;
    try {
      summary = run.run(sources, sink);
      sink.close();
    } catch (Exception e) {
      sink.abort();
      throw e;
    } finally {
      removeHook(onSignal);
    }
    if (!quiet) {
      err.println(summary.line(clock.elapsed(TimeUnit.MILLISECONDS) / 1000.0));
    }
    return ExitCode.OK;
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is already exiting (a signal); the hook runs or has run.
    }
  }
}
