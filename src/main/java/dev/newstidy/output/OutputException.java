package dev.newstidy.output;

import java.io.IOException;

/** Output that cannot be written: an unwritable folder, a refused earlier run. One-line message. */
public final class OutputException extends IOException {
  private static final long serialVersionUID = 1L;

  public OutputException(String position, String problem) {
    super(position + ": " + problem);
  }

  public OutputException(String position, String problem, Throwable cause) {
    super(position + ": " + problem, cause);
  }
}
