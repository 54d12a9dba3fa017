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
 * @param strict invalid UTF-8 and malformed JSON lines stop the run instead of being warned about
 */
public record ReadSettings(InputFormat format, Charset encoding, String textField, boolean strict) {
  public ReadSettings {
    checkNotNull(format, "format");
    checkNotNull(textField, "textField");
    checkArgument(!textField.isBlank(), "--text-field must name a field");
  }

  public static ReadSettings defaults() {
    return new ReadSettings(InputFormat.AUTO, null, "text", false);
  }
}
