package dev.newstidy.input;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.nio.charset.Charset;

/**
 * How inputs are read.
 *
 * @param format text, JSON Lines, JSON, XML, SGML, WET, or by name ({@code --input-format})
 * @param encoding the charset named with {@code --encoding}, or null to decide from the bytes
 * @param textField the field holding a record's text ({@code --text-field}), or null for the
 *     format's usual names
 * @param titleField the field holding a record's headline ({@code --title-field}), or null for the
 *     format's usual names
 * @param recordElement the XML element that holds one record ({@code --record-element})
 * @param strict invalid UTF-8 and malformed records stop the run instead of being warned about
 */
public record ReadSettings(
    InputFormat format, Charset encoding, String textField, String titleField, String recordElement, boolean strict) {
  /** The XML record element when none is named: SogouCS and SogouCA's {@code <doc>}. */
  public static final String DEFAULT_RECORD_ELEMENT = "doc";

  public ReadSettings {
    checkNotNull(format, "format");
    checkArgument(textField == null || !textField.isBlank(), "--text-field must name a field");
    checkArgument(titleField == null || !titleField.isBlank(), "--title-field must name a field");
    checkArgument(
        recordElement == null || recordElement.matches("[\\p{L}_][\\p{L}\\p{N}_.-]*"),
        "--record-element must be an XML element name, not '%s'",
        recordElement);
    if (recordElement == null) {
      recordElement = DEFAULT_RECORD_ELEMENT;
    }
  }

  /** Settings with the usual field names and record element. */
  public ReadSettings(InputFormat format, Charset encoding, String textField, boolean strict) {
    this(format, encoding, textField, null, null, strict);
  }

  public static ReadSettings defaults() {
    return new ReadSettings(InputFormat.AUTO, null, null, null, null, false);
  }

  /** The names tried, in order, for a record's text in {@code in}: the one named, or the usual ones. */
  ImmutableList<String> textFields(InputFormat in) {
    if (textField != null) {
      return ImmutableList.of(textField);
    }
    return switch (in) {
      case JSON -> ImmutableList.of("text", "body_text", "body", "content");
      case XML -> ImmutableList.of("text", "content", "body");
      default -> ImmutableList.of("text");
    };
  }

  /** The names tried, in order, for a record's headline in {@code in}. */
  ImmutableList<String> titleFields(InputFormat in) {
    if (titleField != null) {
      return ImmutableList.of(titleField);
    }
    return in == InputFormat.XML
        ? ImmutableList.of("title", "contenttitle", "headline")
        : ImmutableList.of("title", "headline");
  }
}
