package dev.newstidy.cli;

import dev.newstidy.text.Printable;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * A command-line mistake gives one line saying what is wrong and one saying where help is, then
 * exit 2: {@code error: Unknown option: '--frobnicate'} / {@code Try 'newstidy clean --help'.}
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
  @Override
  public int handleParseException(CommandLine.ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("error: " + Printable.of(ex.getMessage()));
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCode.USAGE;
  }
}
