package dev.newstidy.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Reads a size option: a number of bytes with an optional binary suffix, {@code 16M} → 16,777,216,
 * {@code 512k} → 524,288, {@code 1G}, {@code 2T}, {@code 4096} (pinned by {@code ByteSizeTest}).
 */
final class ByteSize implements CommandLine.ITypeConverter<Long> {
  /** Digits and one of K, M, G, T (or KiB, MiB, GiB, KB, …), any case: {@code 64MiB}. */
  private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*(?:([KMGT])(?:I?B)?)?", Pattern.CASE_INSENSITIVE);

  @Override
  public Long convert(String value) {
    Matcher m = SIZE.matcher(value.trim());
    if (!m.matches()) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a size such as 4096, 512K, 16M, 1G or 2T");
    }
    long number = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "" : m.group(2).toUpperCase(Locale.ROOT);
    int shift = switch (unit) {
      case "K" -> 10;
      case "M" -> 20;
      case "G" -> 30;
      case "T" -> 40;
      default -> 0;
    };
    return number << shift;
  }
}
