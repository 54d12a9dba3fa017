package dev.newstidy.cli;

import dev.newstidy.text.Printable;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * A command-line mistake gives one line saying what is wrong and one saying where help is, then
 * exit 2: {@code error: Unknown option: '--frobnicate'} / {@code Try 'newstidy clean --help'.}
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
  private final ConfigDefaults defaults;

  UsageErrorHandler() {
    this(null);
  }

  /** A handler that names the file and line of a bad value that came from {@code defaults}. */
  UsageErrorHandler(ConfigDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public int handleParseException(CommandLine.ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    String where = fromFile(ex, args);
    err.println("error: " + (where == null ? "" : where + ": ") + Printable.of(ex.getMessage()));
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCode.USAGE;
  }

  /**
   * {@code FILE:LINE} when the bad value came from the option defaults file: the option was not
   * on the command line, and the file gives it a value.
   */
  private String fromFile(CommandLine.ParameterException ex, String[] args) {
    if (defaults == null || !(ex.getArgSpec() instanceof CommandLine.Model.OptionSpec option)) {
      return null;
    }
    for (String arg : args) {
      for (String name : option.names()) {
        if (arg.equals(name) || arg.startsWith(name + "=")) {
          return null;
        }
      }
    }
    return defaults.origin(option);
  }
}
