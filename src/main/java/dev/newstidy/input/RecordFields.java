package dev.newstidy.input;

import com.fasterxml.jackson.databind.node.TextNode;
import com.google.common.base.CharMatcher;
import java.util.List;
import java.util.Map;

/**
 * Small shared rules for the fields of structured records: text quoted as raw JSON (the form {@code
 * source.fields} carries), a headline made one line, and the first of several names a record has.
 *
 * <p>Examples, pinned by {@code RecordFieldsTest}: {@code 柳河"新桥"} quotes as {@code
 * "柳河\"新桥\""}; {@code " 青川\n 新区 "} as a headline is {@code 青川 新区}.
 */
final class RecordFields {
  private static final CharMatcher SPACE = CharMatcher.whitespace().or(CharMatcher.is('\u3000'));

  private RecordFields() {}

  /** {@code text} as a JSON string. */
  static String quote(String text) {
    return TextNode.valueOf(text).toString();
  }

  /** {@code title} on one line with its white space collapsed, or null when it is blank. */
  static String headline(String title) {
    if (title == null) {
      return null;
    }
    String line = SPACE.trimAndCollapseFrom(title, ' ');
    return line.isEmpty() ? null : line;
  }

  /** The first of {@code names} that {@code fields} holds, or null. */
  static String firstPresent(List<String> names, Map<String, ?> fields) {
    for (String name : names) {
      if (fields.containsKey(name)) {
        return name;
      }
    }
    return null;
  }
}
