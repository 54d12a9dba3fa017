package dev.newstidy.cli;

import dev.newstidy.output.ArticleSink;
import dev.newstidy.output.HtmlReviewSink;
import dev.newstidy.output.NullSink;
import dev.newstidy.output.RunReport;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newstidy stats}: the run summary of a dump, without writing anything. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = "Prints on stdout what clean would do with the dumps (articles, repeats, joins, flags), writing nothing.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:ok", "2:usage error", "3:input error", "4:internal error", "130:interrupted by SIGINT", "143:stopped by SIGTERM"})
public final class StatsCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin InputOptions inputs;

  @Option(names = "--json", description = "Print the summary as the JSON run report.")
  boolean json;

  @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained HTML review page to FILE.")
  Path html;

  @Mixin RepairOptions repairs;

  @Mixin LogOptions log;

  private final InputStream stdin;

  /** A command that reads {@code -} from the process's stdin; the man-page generator makes it so. */
  StatsCommand() {
    this(System.in);
  }

  StatsCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  @Override
  public Integer call() throws Exception {
    CommandLine cl = spec.commandLine();
    ChainRunner runner = new ChainRunner(cl, inputs, repairs, log, stdin);
    runner.readOnly(true);
    HtmlReviewSink review = html != null ? HtmlReviewSink.open(html) : null;
    ArticleSink sink = review != null ? review : new NullSink();
    ChainRunner.Outcome outcome = runner.run(runner.sources(), sink, true);
    if (review != null) {
      review.writePage(outcome.summary());
    }
    runner.warnIfNothingRead(outcome);
    if (json) {
      RunReport.print(cl.getOut(), outcome.summary(), outcome.seconds());
    } else {
      cl.getOut().println(outcome.line());
    }
    cl.getOut().flush();
    return ExitCode.OK;
  }
}
