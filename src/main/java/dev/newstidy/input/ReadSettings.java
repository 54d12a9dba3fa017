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
 * @param strict invalid UTF-8, malformed records and over-long lines stop the run instead of being
 *     warned about
 * @param maxLineBytes the most bytes of one line kept ({@code --max-line-bytes}); the rest is cut
 * @param maxInputBytes the most bytes read from one input after decompression ({@code
 *     --max-input-bytes}); the rest is not read
 * @param maxArticleBytes the most bytes of text, removals included, one article holds ({@code
 *     --max-article-bytes}); past it the article is cut and the rest goes on as a new record
 */
public record ReadSettings(
    InputFormat format,
    Charset encoding,
    String textField,
    String titleField,
    String recordElement,
    boolean strict,
    long maxLineBytes,
    long maxInputBytes,
    long maxArticleBytes) {
  /** The XML record element when none is named: SogouCS and SogouCA's {@code <doc>}. */
  public static final String DEFAULT_RECORD_ELEMENT = "doc";

  /** The default {@code --max-input-bytes}: 1 TiB, above any real dump, below a decompression bomb's end. */
  public static final long DEFAULT_MAX_INPUT_BYTES = 1L << 40;

  /**
   * The default {@code --max-article-bytes}: 16 MiB, a hundred times a long real page with all its
   * repeats, and few enough that one article's text, its removals and the copies the stages make of
   * it stay well inside a 256 MiB heap ({@code HostileInputTest}).
   */
  public static final long DEFAULT_MAX_ARTICLE_BYTES = 16L << 20;

  /** The smallest {@code --max-line-bytes}: a line shorter than this is no hostile input. */
  public static final long MIN_MAX_LINE_BYTES = 1 << 10;

  /** The largest {@code --max-line-bytes}: a Java array holds less than 2 GiB. */
  public static final long MAX_MAX_LINE_BYTES = 1 << 30;

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
    checkArgument(
        maxLineBytes >= MIN_MAX_LINE_BYTES && maxLineBytes <= MAX_MAX_LINE_BYTES,
        "--max-line-bytes must be between 1K and 1G, not %s",
        maxLineBytes);
    checkArgument(maxInputBytes >= MIN_MAX_LINE_BYTES, "--max-input-bytes must be at least 1K, not %s", maxInputBytes);
    checkArgument(
        maxArticleBytes >= MIN_MAX_LINE_BYTES, "--max-article-bytes must be at least 1K, not %s", maxArticleBytes);
  }

  /** Settings with the usual field names, record element and limits. */
  public ReadSettings(InputFormat format, Charset encoding, String textField, boolean strict) {
    this(format, encoding, textField, null, null, strict, LineReader.DEFAULT_MAX_LINE_BYTES, DEFAULT_MAX_INPUT_BYTES,
        DEFAULT_MAX_ARTICLE_BYTES);
  }

  /** Settings with the given field names and record element, and the usual limits. */
  public ReadSettings(
      InputFormat format, Charset encoding, String textField, String titleField, String recordElement, boolean strict) {
    this(format, encoding, textField, titleField, recordElement, strict, LineReader.DEFAULT_MAX_LINE_BYTES,
        DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_ARTICLE_BYTES);
  }

  public static ReadSettings defaults() {
    return new ReadSettings(InputFormat.AUTO, null, null, false);
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
