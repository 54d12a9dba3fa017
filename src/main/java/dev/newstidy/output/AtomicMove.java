package dev.newstidy.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Puts a finished temporary file in place in one step, so that a reader never sees half a file:
 * an atomic rename where the filesystem offers one, a plain replacing rename where it does not.
 */
public final class AtomicMove {
  private AtomicMove() {}

  /** Renames {@code from} over {@code to}. */
  public static void replace(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
