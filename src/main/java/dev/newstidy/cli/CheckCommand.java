package dev.newstidy.cli;

import dev.newstidy.model.RemovalReason;
import dev.newstidy.output.FindingKind;
import dev.newstidy.output.FindingSink;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newstidy check}: a CI gate. Runs the whole chain, writes no files, prints findings on stdout
 * as {@code path:line: kind: message}, and exits 1 when a finding of a kind named in {@code
 * --fail-on} is present (every kind, without it, as linters do).
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Checks dumps without writing anything: prints findings on stdout as path:line: kind: message"
          + " (path:RECORD for JSON Lines pages) and exits 1 when a finding of a failing kind is present.",
      "Kinds: truncated, untitled, duplicate, invalid-utf8, warning, mojibake, empty, no-input (nothing was read)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no finding of a failing kind",
      "1:findings of a kind named in --fail-on (any kind without it), or too many repeats",
      "2:usage error",
      "3:input error",
      "4:internal error",
      "130:interrupted by SIGINT (Ctrl-C)",
      "143:stopped by SIGTERM",
    })
public final class CheckCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin InputOptions inputs;

  @Option(
      names = "--fail-on",
      paramLabel = "KINDS",
      split = ",",
      description = "Comma-separated kinds that make the check fail (default: every kind).")
  List<String> failOn;

  @Option(
      names = "--max-duplicate-ratio",
      paramLabel = "R",
      description = "Fail when paragraphs removed as repeats exceed this share of the dump's blocks (0 to 1).")
  Double maxDuplicateRatio;

  @Mixin RepairOptions repairs;

  @Mixin LogOptions log;

  private final InputStream stdin;

  /** A command that reads {@code -} from the process's stdin; the man-page generator makes it so. */
  CheckCommand() {
    this(System.in);
  }

  CheckCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  @Override
  public Integer call() throws Exception {
    CommandLine cl = spec.commandLine();
    Set<FindingKind> failing = failingKinds(cl);
    if (maxDuplicateRatio != null && !(maxDuplicateRatio >= 0 && maxDuplicateRatio <= 1)) {
      throw new CommandLine.ParameterException(cl, "--max-duplicate-ratio must be between 0 and 1, not " + maxDuplicateRatio);
    }
    ChainRunner runner = new ChainRunner(cl, inputs, repairs, log, stdin);
    runner.readOnly(true);
    FindingSink findings = new FindingSink(cl.getOut(), Main.STDOUT_FAILURE);
    ChainRunner.Outcome outcome = runner.run(runner.sources(), findings, true);
    java.util.Optional<String> nothing = runner.nothingRead(outcome);
    if (nothing.isPresent()) {
      findings.reportRun(runner.inputsAsGiven(), FindingKind.NO_INPUT, nothing.get());
      findings.close();
    }
    runner.summarise(outcome);
    boolean failed = failing.stream().anyMatch(kind -> findings.count(kind) > 0);
    if (maxDuplicateRatio != null) {
      long blocks = Math.max(outcome.summary().blocks(), 1);
      double ratio = outcome.summary().removals(RemovalReason.DUPLICATE) / (double) blocks;
      if (ratio > maxDuplicateRatio) {
        cl.getErr().printf(Locale.ROOT, "check: %.3f of blocks removed as repeats, above --max-duplicate-ratio %s%n", ratio, maxDuplicateRatio);
        failed = true;
      }
    }
    return failed ? ExitCode.FINDINGS : ExitCode.OK;
  }

  private Set<FindingKind> failingKinds(CommandLine cl) {
    if (failOn == null || failOn.isEmpty()) {
      return EnumSet.allOf(FindingKind.class);
    }
    Set<FindingKind> kinds = EnumSet.noneOf(FindingKind.class);
    for (String name : failOn) {
      if (name.isBlank()) {
        continue;
      }
      try {
        kinds.add(FindingKind.parse(name));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(cl, "--fail-on: unknown kind '" + name.strip() + "'; kinds are truncated, untitled, duplicate, invalid-utf8, warning, mojibake, empty, no-input");
      }
    }
    if (kinds.isEmpty()) {
      throw new CommandLine.ParameterException(cl, "--fail-on needs at least one kind; leave it out to fail on every kind");
    }
    return kinds;
  }
}
