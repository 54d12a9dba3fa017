package dev.newstidy.input;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.charset.Charset;

/**
 * How inputs are read.
 *
 * @param format text, JSON Lines, or by name ({@code --input-format})
 * @param encoding the charset named with {@code --encoding}, or null to decide from the bytes
 * @param textField the JSON Lines field holding a page's text ({@code --text-field})
 * @param strict invalid UTF-8, malformed JSON lines and over-long lines stop the run instead of
 *     being warned about
 * @param maxLineBytes the most bytes of one line kept ({@code --max-line-bytes}); the rest is cut
 * @param maxInputBytes the most bytes read from one input after decompression ({@code
 *     --max-input-bytes}); the rest is not read
 */
public record ReadSettings(
    InputFormat format,
    Charset encoding,
    String textField,
    boolean strict,
    long maxLineBytes,
    long maxInputBytes) {
  /** The default {@code --max-input-bytes}: 1 TiB, above any real dump, below a decompression bomb's end. */
  public static final long DEFAULT_MAX_INPUT_BYTES = 1L << 40;

  /** The smallest {@code --max-line-bytes}: a line shorter than this is no hostile input. */
  public static final long MIN_MAX_LINE_BYTES = 1 << 10;

  /** The largest {@code --max-line-bytes}: a Java array holds less than 2 GiB. */
  public static final long MAX_MAX_LINE_BYTES = 1 << 30;

  public ReadSettings {
    checkNotNull(format, "format");
    checkNotNull(textField, "textField");
    checkArgument(!textField.isBlank(), "--text-field must name a field");
    checkArgument(
        maxLineBytes >= MIN_MAX_LINE_BYTES && maxLineBytes <= MAX_MAX_LINE_BYTES,
        "--max-line-bytes must be between 1K and 1G, not %s",
        maxLineBytes);
    checkArgument(maxInputBytes >= MIN_MAX_LINE_BYTES, "--max-input-bytes must be at least 1K, not %s", maxInputBytes);
  }

  public ReadSettings(InputFormat format, Charset encoding, String textField, boolean strict) {
    this(format, encoding, textField, strict, LineReader.DEFAULT_MAX_LINE_BYTES, DEFAULT_MAX_INPUT_BYTES);
  }

  public static ReadSettings defaults() {
    return new ReadSettings(InputFormat.AUTO, null, "text", false);
  }
}
