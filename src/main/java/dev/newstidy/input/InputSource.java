package dev.newstidy.input;

import dev.newstidy.text.IoMessages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One document to read: a file, standard input, or a stream a distributed run opens (a Hadoop
 * filesystem URI). {@code label} is the path as the user gave it (or as found under a folder the
 * user gave), {@code -} for stdin, or the URI; it is what every record's {@code source.path} says.
 *
 * @param opener opens the bytes of an input that is neither a local file nor stdin, else null
 */
public record InputSource(String label, Path file, Opener opener) {
  /** Opens the bytes of an input that lives elsewhere (HDFS, S3, a split of a larger file). */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;

    /**
     * Lines of the whole file before the first byte this opener gives: a part of a larger text
     * file starts its line numbers after them, and holds no front matter. 0 for a whole file.
     */
    default int linesBefore() {
      return 0;
    }
  }

  /** A local file, or stdin when {@code file} is null. */
  public InputSource(String label, Path file) {
    this(label, file, null);
  }

  /** An input read through {@code opener}, named {@code label} ({@code hdfs://…/dump.txt}). */
  public static InputSource opened(String label, Opener opener) {
    return new InputSource(label, null, Objects.requireNonNull(opener, "opener"));
  }

  /**
   * A part of a larger text file, named {@code label}, whose bytes {@code opener} gives from the
   * start of a line after {@code linesBefore} lines of the file: its lines are numbered as in the
   * whole file ({@code linesBefore} 40 makes the first line 41). What a distributed run reads when
   * it cuts one large dump into several tasks.
   */
  public static InputSource part(String label, int linesBefore, Opener opener) {
    Objects.requireNonNull(opener, "opener");
    if (linesBefore < 0) {
      throw new IllegalArgumentException("linesBefore must not be negative: " + linesBefore);
    }
    return opened(
        label,
        new Opener() {
          @Override
          public InputStream open() throws IOException {
            return opener.open();
          }

          @Override
          public int linesBefore() {
            return linesBefore;
          }
        });
  }

  /** Lines of the file before this input's first byte: 0 but for a {@link #part}. */
  public int linesBefore() {
    return opener == null ? 0 : opener.linesBefore();
  }

  /** Standard input; {@code file} is null. */
  public static InputSource stdin() {
    return new InputSource("-", null);
  }

  public boolean isStdin() {
    return file == null && opener == null;
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
      return opener != null ? opener.open() : Files.newInputStream(file);
    } catch (IOException e) {
      throw new InputException(label, IoMessages.describe(e), e);
    }
  }

}
