package dev.newstidy.input;

import java.io.IOException;

/**
 * Told when a line reader cuts a line at its limit ({@code --max-line-bytes}): it warns, or stops
 * the run under {@code --strict} by throwing.
 */
@FunctionalInterface
public interface OverlongLine {
  /** Line {@code number} held {@code length} bytes (characters in a decoded text); all past the limit was dropped. */
  void cut(int number, long length) throws IOException;

  /** Cuts in silence: for text already in memory, whose size an earlier limit bounded. */
  OverlongLine IGNORE = (number, length) -> {};
}
