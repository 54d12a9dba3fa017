package dev.newstidy.input;

import java.io.IOException;

/**
 * Input that cannot be read as asked: a missing file, an unreadable folder, or invalid UTF-8 under
 * {@code --strict}. Its message is one line: {@code PATH[:LINE]: what is wrong}.
 */
public final class InputException extends IOException {
  private static final long serialVersionUID = 1L;

  public InputException(String position, String problem) {
    super(position + ": " + problem);
  }

  public InputException(String position, String problem, Throwable cause) {
    super(position + ": " + problem, cause);
  }
}
