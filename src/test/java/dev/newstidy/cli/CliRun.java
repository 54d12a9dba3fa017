package dev.newstidy.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process and keeps its exit code, stdout and stderr apart. */
record CliRun(int exitCode, String out, String err) {
  static CliRun of(String... args) {
    return withStdin(new byte[0], args);
  }

  static CliRun withStdin(String stdin, String... args) {
    return withStdin(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  static CliRun withStdin(byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = run(new ByteArrayInputStream(stdin), new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Runs with stdout going to {@code out}, which may fail like a closed pipe. */
  static CliRun withStdout(Writer out, String... args) {
    StringWriter err = new StringWriter();
    int code = run(InputStream.nullInputStream(), new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(code, "", err.toString());
  }

  private static int run(InputStream stdin, PrintWriter out, PrintWriter err, String... args) {
    int code = Main.run(args, stdin, out, err);
    out.flush();
    err.flush();
    return code;
  }
}
