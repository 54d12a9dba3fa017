package dev.newstidy.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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

  /**
   * Runs the command line in a JVM of its own, with {@code jvmOptions} before the class path (a
   * heap, a system property), its stdout and stderr kept in files under {@code folder}; fails when
   * it takes more than two minutes.
   */
  static CliRun inOwnJvm(Path folder, List<String> jvmOptions, String... args) throws Exception {
    List<String> line = new ArrayList<>();
    line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    line.addAll(jvmOptions);
    line.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    line.addAll(List.of(args));
    Path out = folder.resolve("out.txt");
    Path err = folder.resolve("err.txt");
    Process process = new ProcessBuilder(line).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("newstidy did not finish in 120 s");
    }
    return new CliRun(
        process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  private static int run(InputStream stdin, PrintWriter out, PrintWriter err, String... args) {
    int code = Main.run(args, stdin, out, err);
    out.flush();
    err.flush();
    return code;
  }
}
