package dev.newstidy.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The jar's entry point: answers {@code --version} (or {@code -V}) alone on the command line
 * without loading picocli, and hands every other command line to {@link Main#main}.
 *
 * <p>Why a class of its own: the JVM checks a class's bytecode against the types it uses when it
 * links it, so that merely starting {@link Main}, which builds picocli's command model, loads
 * picocli's largest classes; they are Java 5 bytecode, which the class-data sharing archive cannot
 * hold, and they cost more than the rest of a {@code --version} run. This class names no picocli
 * type. Pinned by {@code LauncherTest}: {@code java -cp … Launcher --version} prints {@code
 * newstidy 0.1.0} and loads no {@code picocli.} class, while {@code --version --help} still reaches
 * picocli.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    if (asksVersionAlone(args)) {
      System.exit(printVersion(new FileOutputStream(FileDescriptor.out), System.err));
    }
    Main.main(args);
  }

  /** True for {@code --version} or {@code -V} and nothing else, the only line answered here. */
  static boolean asksVersionAlone(String[] args) {
    return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
  }

  /**
   * Writes the version line to {@code out} and gives the exit code: 0, also when the reader of a
   * pipe went away ({@code --version | head -c1}); 3 with one line on {@code err} when stdout cannot
   * be written (a full disk), as {@link Main#withStdoutFailure} decides for every command.
   */
  static int printVersion(OutputStream out, PrintStream err) {
    String line;
    try {
      line = BuildVersion.line();
    } catch (IOException e) {
      err.println("error: cannot read the version: " + e.getMessage());
      return ExitCode.INTERNAL;
    }
    try {
      out.write(line.concat("\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
      return ExitCode.OK;
    } catch (IOException e) {
      if (Main.isBrokenPipe(e)) {
        return ExitCode.OK;
      }
      err.println("error: stdout: cannot write: " + e.getMessage());
      return ExitCode.IO;
    }
  }
}
