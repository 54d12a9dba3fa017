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

  /**
   * One line for a part of the jar that cannot be loaded, from the failure's deepest cause: {@code
   * cannotLoad("the shipped word lists and models", e)}, for an {@code ExceptionInInitializerError} over
   * {@code IllegalArgumentException("resource surnames.txt relative to … not found.")}, gives {@code
   * error: internal error: cannot load the shipped word lists and models (resource surnames.txt relative to …
   * not found.); the jar is damaged or incomplete}. Pinned by {@code WarmupTest}.
   */
  static String cannotLoad(String what, Throwable failure) {
    Throwable cause = failure;
    // At most a few dozen steps: a causal chain that loops back (a → b → a) must not hang the report.
    for (int step = 0; step < 32 && cause.getCause() != null && cause.getCause() != cause; step++) {
      cause = cause.getCause();
    }
    String reason = cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
    // Only a class that cannot be set up or found says the jar is damaged; any other failure is a
    // fault of newstidy's own, reported as such.
    String verdict = failure instanceof LinkageError ? "; the jar is damaged or incomplete" : "; this is a bug in newstidy";
    return "error: internal error: cannot load " + what + " (" + Printable.of(reason) + ")" + verdict;
  }

  private static boolean hasStacktrace(CommandLine.ParseResult parseResult) {
    CommandLine.ParseResult sub = parseResult;
    while (sub.hasSubcommand()) {
      sub = sub.subcommand();
    }
    return sub.hasMatchedOption("--stacktrace");
  }
}
