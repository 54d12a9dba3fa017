package dev.newstidy.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code newstidy completion}: prints a bash and zsh completion script (picocli {@link
 * AutoComplete}). Use: {@code source <(newstidy completion)}.
 */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Prints a bash/zsh completion script: source <(newstidy completion)")
public final class CompletionCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine root = spec.root().commandLine();
    spec.commandLine().getOut().print(AutoComplete.bash(root.getCommandName(), root));
    // picocli's script completes the command by name; the launcher is run as ./newstidy from a
    // checkout, and bash matches the command word as typed.
    spec.commandLine().getOut().println("complete -F _complete_" + root.getCommandName() + " -o default ./" + root.getCommandName());
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
