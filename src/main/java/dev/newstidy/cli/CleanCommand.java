package dev.newstidy.cli;

import com.google.common.collect.ImmutableList;
import dev.newstidy.input.InputSource;
import dev.newstidy.output.ArticleSink;
import dev.newstidy.output.DirectorySink;
import dev.newstidy.output.DryRunSink;
import dev.newstidy.output.FileNamer;
import dev.newstidy.output.HtmlReviewSink;
import dev.newstidy.output.JsonLinesSink;
import dev.newstidy.output.OutputFormat;
import dev.newstidy.output.RunReport;
import dev.newstidy.output.TeeSink;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
      "2:usage error (unknown option, bad value, an option that has no effect with --output -)",
      "3:input or output error (missing or unreadable input, invalid UTF-8 or malformed JSON with"
          + " --strict, unwritable folder, a folder holding an earlier finished run or other files"
          + " without --overwrite)",
      "4:internal error",
      "130:interrupted by SIGINT (Ctrl-C)",
      "143:stopped by SIGTERM",
    })
public final class CleanCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin InputOptions inputs;

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

  @Option(
      names = "--name-template",
      paramLabel = "TEMPLATE",
      defaultValue = "$${id}-$${slug}",
      description = "File name of each article, from $${id}, $${slug}, $${date} (the page's own date, or empty), $${source} and $${record}; made safe for the filesystem (default: ${DEFAULT-VALUE}).")
  String nameTemplate;

  @Option(
      names = "--fanout",
      paramLabel = "N",
      defaultValue = "0",
      description = "Put article files in subfolders of N files each (000001-001000/…); 0 for none (default: ${DEFAULT-VALUE}).")
  int fanout;

  @Option(names = "--overwrite", description = "Replace an earlier run in the output folder: removes the files its manifest lists, and nothing else.")
  boolean overwrite;

  @Option(names = "--sync", description = "Force every article file, the manifest and the folders to disk (fsync), so that a finished run survives a power loss; slower. Without it, a killed run still never leaves half a file under its final name.")
  boolean sync;

  @Option(names = "--dry-run", description = "List on stdout the files that --output DIR would write, and write nothing (no report, no index).")
  boolean dryRun;

  @Option(names = "--report", paramLabel = "FILE", description = "Write a JSON run summary to FILE: inputs, articles, flags, removals, joins, warnings, time.")
  Path report;

  @Option(names = "--html", paramLabel = "FILE", description = "Write a self-contained HTML review page to FILE: the summary, and every article with its repeats, joins, byline, furniture and flags, filterable.")
  Path html;

  @Mixin RepairOptions repairs;

  @Mixin LogOptions log;

  private final InputStream stdin;

  /** A command that reads {@code -} from the process's stdin; the man-page generator makes it so. */
  CleanCommand() {
    this(System.in);
  }

  /** A command that reads {@code -} from {@code stdin}. */
  CleanCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  @Override
  public Integer call() throws Exception {
    CommandLine cl = spec.commandLine();
    if (fanout < 0 || fanout > 100_000_000) {
      throw new CommandLine.ParameterException(cl, "--fanout must be between 0 and 100000000, not " + fanout);
    }
    if (nameTemplate.isBlank()) {
      throw new CommandLine.ParameterException(cl, "--name-template must not be blank");
    }
    if (output.isBlank()) {
      throw new CommandLine.ParameterException(cl, "--output needs a folder or -");
    }
    boolean toStdout = output.equals("-");
    if (toStdout) {
      refuseFileOptionsOnStdout(cl);
    }
    String template;
    try {
      template = FileNamer.checkedTemplate(nameTemplate, format.extension());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, e.getMessage());
    }
    if (report != null && !dryRun) {
      RunReport.checkWritable(report);
    }
    ChainRunner runner = new ChainRunner(cl, inputs, repairs, log, stdin);
    runner.readOnly(dryRun);
    ImmutableList<InputSource> sources = runner.sources(toStdout ? null : Path.of(output));
    FileNamer namer = new FileNamer(template, fanout);
    ArticleSink sink;
    if (toStdout) {
      if (Main.STDOUT_BYTES == null) {
        sink = new JsonLinesSink(cl.getOut(), Main.STDOUT_FAILURE);
      } else {
        cl.getOut().flush(); // the records go on after anything the writer holds
        sink = new JsonLinesSink(Main.STDOUT_BYTES, Main.STDOUT_FAILURE);
      }
    } else if (dryRun) {
      DirectorySink.checkEarlierRun(Path.of(output), overwrite);
      sink = new DryRunSink(Path.of(output), format, namer, cl.getOut());
    } else {
      sink = DirectorySink.open(Path.of(output), format, namer, overwrite, sync);
    }
    HtmlReviewSink review = html != null && !dryRun ? HtmlReviewSink.open(html) : null;
    if (review != null) {
      sink = new TeeSink(sink, review);
    }
    ChainRunner.Outcome outcome = runner.run(sources, sink, toStdout || dryRun);
    if (review != null) {
      review.writePage(outcome.summary());
    }
    if (report != null && !dryRun) {
      RunReport.writeFile(report, outcome.summary(), outcome.seconds());
    }
    runner.warnIfNothingRead(outcome);
    runner.summarise(outcome);
    return ExitCode.OK;
  }

  /** Options that shape files, which {@code --output -} does not write. */
  private static final List<String> FILE_OPTIONS =
      List.of("--format", "--name-template", "--fanout", "--overwrite", "--sync", "--dry-run");

  /**
   * An option given on the command line that has no effect with {@code --output -} is a usage
   * error, so that {@code clean x.txt --format txt} does not silently print JSON; the same option
   * from a config file is a default for runs into a folder, and is ignored here.
   */
  private static void refuseFileOptionsOnStdout(CommandLine cl) {
    for (String name : FILE_OPTIONS) {
      if (cl.getParseResult().hasMatchedOption(name)) {
        throw new CommandLine.ParameterException(
            cl, name + " shapes the files of --output DIR; it has no effect with --output - (JSON Lines on stdout)");
      }
    }
  }
}
