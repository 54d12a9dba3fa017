package dev.newstidy.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The entry point: builds the command line, runs it, exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // UTF-8 whatever the locale says: stdout carries data, and a C locale must not turn 中文 into ?.
    PrintWriter out =
        new PrintWriter(
            new BufferedWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
                1 << 16));
    PrintWriter err =
        new PrintWriter(
            new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** The configured command line, reading stdin and writing to {@code out} and {@code err}. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(System.in, out, err);
  }

  /** The configured command line with its own stdin, for tests. */
  public static CommandLine commandLine(InputStream stdin, PrintWriter out, PrintWriter err) {
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> type) throws Exception {
            if (type == CleanCommand.class) {
              return type.cast(new CleanCommand(stdin));
            }
            if (type == CheckCommand.class) {
              return type.cast(new CheckCommand(stdin));
            }
            if (type == StatsCommand.class) {
              return type.cast(new StatsCommand(stdin));
            }
            return defaults.create(type);
          }
        };
    CommandLine cl = new CommandLine(new NewstidyCommand(), factory);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(new ErrorHandler());
    cl.setParameterExceptionHandler(new UsageErrorHandler());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }
}
