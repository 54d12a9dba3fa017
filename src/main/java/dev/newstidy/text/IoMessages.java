package dev.newstidy.text;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Short reasons for I/O failures, for one-line errors that name the file themselves. */
public final class IoMessages {
  private IoMessages() {}

  /**
   * A short reason for {@code e}, without the exception class or the path: {@code no such file or
   * directory}, {@code permission denied}, {@code the compressed data ends early (truncated)} for a
   * cut-off archive, otherwise the exception's own message.
   */
  public static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String message = e.getMessage();
    // zstd-jni says "Truncated source", bzip2 "Unexpected end of stream".
    if (e instanceof EOFException || "Truncated source".equals(message) || "Unexpected end of stream".equals(message)) {
      return "the compressed data ends early (truncated)";
    }
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
