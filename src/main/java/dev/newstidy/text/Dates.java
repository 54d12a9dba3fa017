package dev.newstidy.text;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates that news pages print into ISO 8601: {@code 2023-06-18}, {@code 2023/6/18
 * 10:30}, {@code 2023年6月18日 10:30}, {@code June 18, 2023}, {@code Jun. 18, 2023 10:30 a.m.}.
 *
 * <p>Examples, pinned by {@code DatesTest}: {@code "2023年6月18日 10:30"} gives {@code
 * "2023-06-18T10:30"}; {@code "发布时间:2023-06-18"} gives {@code "2023-06-18"} (the date is found
 * inside); {@code "June 18, 2023"} gives {@code "2023-06-18"}; {@code "昨天"} gives null.
 */
public final class Dates {
  /** Year, month, day in digits, with {@code - / . 年 月 日}; then an optional time. */
  private static final Pattern NUMERIC =
      Pattern.compile(
          "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[T\\s]*(\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2}))?)?");

  /** {@code June 18, 2023}, {@code Jun. 18 2023}, {@code 18 June 2023}, with an optional time. */
  private static final Pattern ENGLISH =
      Pattern.compile(
          "(?i)\\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})"
              + "|(\\d{1,2})\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,?\\s+(\\d{4}))"
              + "(?:,?\\s+(?:at\\s+)?(\\d{1,2}):(\\d{2})\\s*([ap])\\.?m\\.?)?");

  /** A clock time with a.m. or p.m. anywhere in the text: {@code 6:15 PM}, {@code 9:40 a.m.}. */
  private static final Pattern TWELVE_HOUR = Pattern.compile("(?i)\\b(\\d{1,2}):(\\d{2})\\s*([ap])\\.?\\s?m\\b\\.?");

  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private Dates() {}

  /** The first date in {@code text} in ISO 8601 (with minutes when a time follows), or null. */
  public static String toIso(String text) {
    Matcher m = NUMERIC.matcher(text);
    if (m.find()) {
      return iso(
          Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)),
          m.group(4) == null ? -1 : Integer.parseInt(m.group(4)),
          m.group(5) == null ? 0 : Integer.parseInt(m.group(5)));
    }
    Matcher e = ENGLISH.matcher(text);
    if (e.find()) {
      boolean monthFirst = e.group(1) != null;
      String month = (monthFirst ? e.group(1) : e.group(5)).toLowerCase(Locale.ROOT);
      int day = Integer.parseInt(monthFirst ? e.group(2) : e.group(4));
      int year = Integer.parseInt(monthFirst ? e.group(3) : e.group(6));
      int hour = -1;
      int minute = 0;
      if (e.group(7) != null) {
        hour = Integer.parseInt(e.group(7)) % 12 + (e.group(9).equalsIgnoreCase("p") ? 12 : 0);
        minute = Integer.parseInt(e.group(8));
      } else {
        // The time may come first: 6:15 PM EDT Apr 12, 2024.
        Matcher t = TWELVE_HOUR.matcher(text);
        if (t.find()) {
          hour = Integer.parseInt(t.group(1)) % 12 + (t.group(3).equalsIgnoreCase("p") ? 12 : 0);
          minute = Integer.parseInt(t.group(2));
        }
      }
      return iso(year, MONTHS.indexOf(month.substring(0, 3)) + 1, day, hour, minute);
    }
    return null;
  }

  private static String iso(int year, int month, int day, int hour, int minute) {
    try {
      if (hour < 0) {
        return LocalDate.of(year, month, day).format(DateTimeFormatter.ISO_LOCAL_DATE);
      }
      return LocalDateTime.of(year, month, day, hour, minute)
          .format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm", Locale.ROOT));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
