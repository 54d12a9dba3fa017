package dev.newstidy.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level {@code newstidy} command with every subcommand: the model that help, completion,
 * option defaults from a file and the man page (picocli-codegen) see. Its attributes are those of
 * {@link NewstidyRoot}, which picocli reads from the superclass.
 */
@Command(
    subcommands = {
      CleanCommand.class,
      CheckCommand.class,
      StatsCommand.class,
      CompletionCommand.class,
      CommandLine.HelpCommand.class
    })
public final class NewstidyCommand extends NewstidyRoot {}
