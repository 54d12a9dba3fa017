package dev.newstidy.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code newstidy} command; its work is in the subcommands. */
@Command(
    name = "newstidy",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns scraped newspaper dumps into clean, deduplicated, one-file-per-article output.",
    subcommands = {
      CleanCommand.class,
      CheckCommand.class,
      StatsCommand.class,
      CompletionCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok",
      "1:findings, where a check was asked for",
      "2:usage error (unknown option, bad value)",
      "3:input or output error",
      "4:internal error",
      "130:interrupted by SIGINT (Ctrl-C)",
      "143:stopped by SIGTERM",
    })
public final class NewstidyCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: clean, check, stats or completion");
  }
}
