package dev.newstidy.cli;

import dev.newstidy.input.InputException;
import dev.newstidy.output.BrokenPipeException;
import dev.newstidy.output.OutputException;
import dev.newstidy.text.Printable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Turns a failure into one line on stderr and a documented exit code: {@code error: PATH:LINE: what
 * is wrong} and 3 for input and output, {@code error: internal error: …} and 4 for bugs. Stack traces
 * only with {@code --stacktrace}. A closed stdout pipe ends the run quietly with 0, as it does for
 * other Unix filters.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    Throwable cause = ex instanceof UncheckedIOException u ? u.getCause() : ex;
    PrintWriter err = commandLine.getErr();
    boolean stacktrace = parseResult != null && hasStacktrace(parseResult);
    if (cause instanceof BrokenPipeException) {
      return ExitCode.OK;
    }
    if (cause instanceof InputException || cause instanceof OutputException) {
      err.println("error: " + Printable.of(cause.getMessage()));
    } else if (cause instanceof IOException) {
      err.println("error: " + Printable.of(String.valueOf(cause.getMessage())));
    } else {
      err.println("error: internal error: " + Printable.of(String.valueOf(cause)) + " (rerun with --stacktrace for details)");
      if (stacktrace) {
        cause.printStackTrace(err);
      }
      err.flush();
      return ExitCode.INTERNAL;
    }
    if (stacktrace) {
      cause.printStackTrace(err);
    }
    err.flush();
    return ExitCode.IO;
  }

  private static boolean hasStacktrace(CommandLine.ParseResult parseResult) {
    CommandLine.ParseResult sub = parseResult;
    while (sub.hasSubcommand()) {
      sub = sub.subcommand();
    }
    return sub.hasMatchedOption("--stacktrace");
  }
}
