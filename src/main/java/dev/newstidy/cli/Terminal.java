package dev.newstidy.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells whether stderr is a terminal and stdout a pipe, so that a progress bar is drawn only where a
 * person watches. Java has no call for stderr alone; on Linux the answer is read from {@code
 * /proc/self/fd}, elsewhere a console on stdin and stdout stands for it.
 */
final class Terminal {
  private Terminal() {}

  static boolean stderrIsTerminal() {
    String target = link(2);
    if (target != null) {
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    }
    return System.console() != null;
  }

  /** True when stdout goes into a pipe ({@code | head}); false when unknown. */
  static boolean stdoutIsPipe() {
    String target = link(1);
    return target != null && target.startsWith("pipe:");
  }

  private static String link(int fd) {
    try {
      return Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
    } catch (Exception e) {
      return null;
    }
  }
}
