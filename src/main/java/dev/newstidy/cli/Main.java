package dev.newstidy.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** The entry point: builds the command line, runs it, exits with its code. */
public final class Main {
  private Main() {}

  /**
   * How the process's stdout failed, if it did: set once in {@link #main}, read by the JSON Lines
   * sink to tell a closed pipe from a full disk. In-process runs (tests) leave it empty.
   */
  static java.util.function.Supplier<java.io.IOException> STDOUT_FAILURE = () -> null;

  /**
   * The process's stdout as bytes, set once in {@link #main} beside the UTF-8 writer over it, so
   * that JSON Lines go out with no character encoder in between; null in in-process runs (tests),
   * which read the writer.
   */
  static java.io.OutputStream STDOUT_BYTES = null;

  public static void main(String[] args) {
    // UTF-8 whatever the locale says: stdout carries data, and a C locale must not turn 中文 into ?.
    StdoutFailure stdout = new StdoutFailure(new FileOutputStream(FileDescriptor.out));
    STDOUT_FAILURE = stdout::failure;
    STDOUT_BYTES = stdout;
    PrintWriter out =
        new PrintWriter(
            new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 16));
    PrintWriter err =
        new PrintWriter(
            new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    int code = run(args, System.in, out, err);
    out.flush();
    code = withStdoutFailure(code, out.checkError() ? stdout.failure() : null, err);
    err.flush();
    System.exit(code);
  }

  /**
   * The exit code once stdout is flushed: a write error other than a reader gone away (a full disk,
   * {@code check … > /dev/full}) is exit 3 with one line on stderr, whatever the command would have
   * returned, unless it already failed with a code of its own (pinned by {@code
   * StdoutFailureTest}). A closed pipe ({@code | head}) keeps the code.
   */
  static int withStdoutFailure(int code, IOException failure, PrintWriter err) {
    if (failure == null || isBrokenPipe(failure) || (code != ExitCode.OK && code != ExitCode.FINDINGS)) {
      return code;
    }
    err.println("error: stdout: cannot write: " + failure.getMessage());
    return ExitCode.IO;
  }

  /** True for the error a write to a pipe whose reader went away fails with. */
  static boolean isBrokenPipe(IOException e) {
    String message = e.getMessage();
    return message != null && (message.contains("Broken pipe") || message.contains("EPIPE"));
  }

  /**
   * Runs one command line: reads option defaults from {@code --config FILE} or from {@code
   * .newstidy.properties} in the working directory, then parses and executes.
   */
  public static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err) {
    return run(args, stdin, out, err, Warmup::start);
  }

  /** {@link #run} with the warm-up that a run of one command starts; tests pass a failing one. */
  static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err, java.util.function.Supplier<Warmup> warmups) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      // The answer needs no command model: building picocli's model of every command costs more
      // than the rest of the start-up (picocli's classes cannot go into the CDS archive).
      return printVersion(out, err);
    }
    String named = configArgument(args);
    Path file = named != null ? Path.of(named) : Path.of(ConfigDefaults.LOCAL_FILE);
    boolean config = named != null || Files.isRegularFile(file);
    Class<?> only = config ? null : alone(args);
    // A run of clean, check or stats reads the chain's lists while picocli builds the model.
    Warmup warmup = only != null && Warmup.worthIt(args) ? warmups.get() : null;
    CommandLine cl;
    try {
      cl = commandLine(stdin, out, err, only);
    } catch (RuntimeException e) {
      if (warmup != null) {
        warmup.await();
      }
      throw e;
    }
    java.util.Optional<Throwable> lists = warmup == null ? java.util.Optional.empty() : warmup.await();
    if (lists.isPresent()) {
      return cannotLoad("the shipped word lists and models", lists.get(), args, err);
    }
    if (config) {
      try {
        ConfigDefaults defaults = ConfigDefaults.read(file);
        java.util.Optional<String> unknown = defaults.unknownKey(cl);
        if (unknown.isPresent()) {
          err.println("error: " + unknown.get());
          err.flush();
          return ExitCode.USAGE;
        }
        cl.setDefaultValueProvider(defaults);
        cl.setParameterExceptionHandler(new UsageErrorHandler(defaults));
        String footer = "%nOption defaults read from " + file + ".%n";
        for (CommandLine sub : cl.getSubcommands().values()) {
          sub.getCommandSpec().usageMessage().footer(footer);
        }
        cl.getCommandSpec().usageMessage().footer(footer);
      } catch (IOException e) {
        err.println("error: " + file + ": cannot read option defaults: " + e.getMessage());
        err.flush();
        return ExitCode.IO;
      }
    }
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError e) {
      // One line, not a stack trace: the heap is the user's to raise, or the input's lines to bound.
      // JAVA_TOOL_OPTIONS adds to the launcher's tuned options, where NEWSTIDY_JAVA_OPTS replaces them.
      err.println(
          "error: out of memory ("
              + e.getMessage()
              + "); raise the heap (JAVA_TOOL_OPTIONS=-Xmx… for ./newstidy, java -Xmx… -jar for the jar)"
              + " or lower --max-line-bytes or --max-article-bytes");
      err.flush();
      return ExitCode.INTERNAL;
    } catch (LinkageError e) {
      // A class whose set-up failed (a list missing from a damaged jar) or a missing class: one
      // line with the reason, not an uncaught error's stack trace and exit 1, which means findings.
      return cannotLoad("a part of newstidy", e, args, err);
    }
  }

  /**
   * Reports a part of the jar that cannot be loaded in one line ({@link ErrorHandler#cannotLoad}),
   * with the stack trace only under {@code --stacktrace}, and gives exit 4.
   */
  static int cannotLoad(String what, Throwable failure, String[] args, PrintWriter err) {
    err.println(ErrorHandler.cannotLoad(what, failure));
    if (java.util.Arrays.asList(args).contains("--stacktrace")) {
      failure.printStackTrace(err);
    }
    err.flush();
    return ExitCode.INTERNAL;
  }

  private static int printVersion(PrintWriter out, PrintWriter err) {
    try {
      out.println(BuildVersion.line());
      out.flush();
      return ExitCode.OK;
    } catch (IOException e) {
      err.println("error: cannot read the version: " + e.getMessage());
      err.flush();
      return ExitCode.INTERNAL;
    }
  }

  /** The value of {@code --config FILE} or {@code --config=FILE}, or null. */
  private static String configArgument(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--")) {
        return null;
      }
      if (args[i].equals("--config") && i + 1 < args.length) {
        return args[i + 1];
      }
      if (args[i].startsWith("--config=")) {
        return args[i].substring("--config=".length());
      }
    }
    return null;
  }

  /**
   * The command a command line runs, when it is one that needs no model of the others: {@code
   * clean}, {@code check} or {@code stats} as the first word. Help, completion, a misspelt command
   * ({@code newstidy claen}, which gets a suggestion) and option defaults from a file (whose keys
   * are checked against every command) need them all, so they get null. Pinned by {@code
   * LazyCommandModelTest}.
   */
  static Class<?> alone(String[] args) {
    if (args.length == 0) {
      return null;
    }
    return switch (args[0]) {
      case "clean" -> CleanCommand.class;
      case "check" -> CheckCommand.class;
      case "stats" -> StatsCommand.class;
      default -> null;
    };
  }

  /** The configured command line, reading stdin and writing to {@code out} and {@code err}. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(System.in, out, err);
  }

  /** The configured command line with its own stdin, for tests. */
  public static CommandLine commandLine(InputStream stdin, PrintWriter out, PrintWriter err) {
    return commandLine(stdin, out, err, null);
  }

  /**
   * The configured command line; with {@code only} (a subcommand class) the root holds that
   * command alone, else every command.
   */
  static CommandLine commandLine(InputStream stdin, PrintWriter out, PrintWriter err, Class<?> only) {
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
    CommandLine cl;
    try {
      cl = only == null ? new CommandLine(new NewstidyCommand(), factory) : new CommandLine(new NewstidyRoot(), factory);
      if (only != null) {
        // Added before the settings below, which reach the subcommands present when they are set.
        cl.addSubcommand(factory.create(only));
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot build the command " + only, e);
    }
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(new ErrorHandler());
    cl.setParameterExceptionHandler(new UsageErrorHandler());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    OptionValueConverters.register(
        cl,
        dev.newstidy.output.OutputFormat.class,
        dev.newstidy.input.InputFormat.class,
        dev.newstidy.config.DedupSettings.Scope.class,
        dev.newstidy.config.DedupSettings.NearMode.class,
        dev.newstidy.config.PunctuationStyle.class);
    return cl;
  }
}
