package dev.newstidy.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level {@code newstidy} command without its subcommands: {@link NewstidyCommand} adds them
 * all, and a run of one named command ({@code newstidy clean …}) builds only that one on this
 * root, since picocli's model of every command costs more start-up than the rest of a short run.
 */
@Command(
    name = "newstidy",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns scraped newspaper dumps into clean, deduplicated, one-file-per-article output.",
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
public class NewstidyRoot implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: clean, check, stats or completion");
  }
}
