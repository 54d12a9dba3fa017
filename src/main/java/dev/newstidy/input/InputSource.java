package dev.newstidy.input;

import dev.newstidy.text.IoMessages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One document to read: a file, or standard input. {@code label} is the path as the user gave it
 * (or as found under a folder the user gave), and {@code -} for stdin; it is what every record's
 * {@code source.path} says.
 */
public record InputSource(String label, Path file) {
  /** Standard input; {@code file} is null. */
  public static InputSource stdin() {
    return new InputSource("-", null);
  }

  public boolean isStdin() {
    return file == null;
  }

  /** Opens the document's bytes; for stdin, a stream that does not close {@code System.in}. */
  public InputStream open(InputStream stdin) throws IOException {
    if (isStdin()) {
      return new java.io.FilterInputStream(stdin) {
        @Override
        public void close() {
          // stdin belongs to the process, not to this document
        }
      };
    }
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new InputException(label, IoMessages.describe(e), e);
    }
  }

}
