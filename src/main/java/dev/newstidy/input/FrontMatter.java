package dev.newstidy.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.newstidy.model.Metadata;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the YAML front matter of a Markdown page, the {@code ---} … {@code ---} block on its first
 * lines, as flat {@code key: value} lines: {@code title} becomes the headline of the page's first
 * article (on the line it stands on), {@code date} its date, {@code source} (or {@code publisher})
 * its publisher, and every other key ({@code url}, …) a field. A value written as JSON (a quoted
 * string, a number, {@code [1, 2]}) is read as JSON, so that the front matter newstidy writes reads
 * back; {@code null} and {@code ~} are no value. Block values (indented lists and maps) are passed
 * over: what the page states about its article is flat. A first {@code ---} not followed by {@code key: value}
 * lines and a closing {@code ---} (or {@code ...}) within {@link #MAX_LINES} lines is a rule, not
 * front matter, and the page is read as it stands.
 *
 * <p>Example, pinned by {@code FrontMatterTest}: {@code ---}, {@code title: "柳河新桥通车"}, {@code
 * date: 2024-03-02}, {@code source: 柳河晚报}, {@code url: https://example.test/a}, {@code ---}
 * gives headline {@code 柳河新桥通车} on line 2, date {@code 2024-03-02}, publisher {@code 柳河晚报}
 * and the field {@code url}; the text goes on from line 7.
 */
final class FrontMatter {
  /** How far the closing fence may stand from the opening one. */
  static final int MAX_LINES = 100;

  /** The fence that opens and closes front matter: {@code ---}. */
  private static final Pattern FENCE = Pattern.compile("^---[ \\t]*$");

  /** The other closing fence YAML allows: {@code ...}. */
  private static final Pattern END = Pattern.compile("^(?:---|\\.\\.\\.)[ \\t]*$");

  /** A flat key and its value: {@code title: 柳河新桥通车}; the value may be empty. */
  private static final Pattern ENTRY = Pattern.compile("^([A-Za-z_][\\w-]*)[ \\t]*:(?:[ \\t]+(.*?))?[ \\t]*$");

  /** A value that is JSON rather than a plain YAML string: {@code 12}, {@code -1.5e3}, {@code true}. */
  private static final Pattern JSON_LITERAL = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|true|false|null");

  /**
   * The JSON reader, made on the first value that looks like JSON: building an {@code ObjectMapper}
   * loads some 300 classes and the locale data of a calendar, a cost that a run over plain text,
   * which never meets front matter, must not pay at start-up.
   */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /** A line that belongs to the value above it, a list item or an indented line, or a comment. */
  private static final Pattern NESTED = Pattern.compile("^(?:[ \\t]+\\S.*|-[ \\t].*|#.*)$");

  /**
   * A page read past its front matter.
   *
   * @param titleLine the line of {@code title:}, 0 when there is none
   * @param rest the page's lines, front matter taken out when there was one
   */
  record Page(String title, int titleLine, Metadata metadata, ImmutableMap<String, String> fields, LineSource rest) {}

  private FrontMatter() {}

  /** The lines as they are, with no front matter looked for: a part of a file that starts past its top. */
  static Page none(LineSource lines) {
    return asIs(null, List.of(), lines);
  }

  /** Reads the front matter of {@code lines}, if they open with one. */
  static Page read(LineSource lines) throws IOException {
    List<Line> seen = new ArrayList<>();
    Line first = lines.next();
    if (first == null || !FENCE.matcher(first.text()).matches()) {
      return asIs(first, seen, lines);
    }
    seen.add(first);
    Map<String, JsonNode> values = new LinkedHashMap<>();
    Map<String, Integer> at = new LinkedHashMap<>();
    for (Line line = lines.next(); line != null && seen.size() <= MAX_LINES; line = lines.next()) {
      seen.add(line);
      if (END.matcher(line.text()).matches()) {
        return values.isEmpty() ? asIs(null, seen, lines) : page(values, at, lines);
      }
      Matcher entry = ENTRY.matcher(line.text());
      if (entry.matches()) {
        JsonNode value = entry.group(2) == null ? NullNode.instance : value(entry.group(2));
        if (values.putIfAbsent(entry.group(1), value) == null) {
          at.put(entry.group(1), line.number());
        }
      } else if (!line.isBlank() && !NESTED.matcher(line.text()).matches()) {
        break;
      }
    }
    return asIs(null, seen, lines);
  }

  private static Page page(Map<String, JsonNode> values, Map<String, Integer> at, LineSource rest) {
    String title = text(values.remove("title"));
    String date = text(values.remove("date"));
    String source = text(values.remove("source"));
    String publisher = text(values.remove("publisher"));
    Metadata metadata = new Metadata(null, date, source != null ? source : publisher, ImmutableList.of());
    Map<String, String> fields = new LinkedHashMap<>();
    values.forEach(
        (key, value) -> {
          if (!value.isNull() && !(value.isTextual() && value.asText().isEmpty())) {
            fields.put(key, value.toString());
          }
        });
    int titleLine = title == null ? 0 : at.get("title");
    return new Page(title, titleLine, metadata, ImmutableMap.copyOf(fields), rest);
  }

  /** A scalar's text, or null for no value, a blank one, a list or a map. */
  private static String text(JsonNode value) {
    if (value == null || !value.isValueNode() || value.isNull() || value.asText().isBlank()) {
      return null;
    }
    return value.asText().strip();
  }

  /**
   * A value as JSON: {@code "柳河"} and {@code [1, 2]} read as JSON, {@code 'it''s'} as YAML's
   * single-quoted string, {@code ~} as null, anything else ({@code 2024-03-02}) as a plain string.
   */
  static JsonNode value(String written) {
    if (written.equals("~")) {
      return NullNode.instance;
    }
    if (written.startsWith("\"") || written.startsWith("[") || written.startsWith("{")
        || JSON_LITERAL.matcher(written).matches()) {
      try {
        return Json.MAPPER.readTree(written);
      } catch (JsonProcessingException notJson) {
        // YAML that is not JSON (a flow list of bare words, an escape JSON lacks): its text.
      }
    }
    return TextNode.valueOf(unquote(written));
  }

  /** The page as it stands: the lines read so far, then the rest. */
  private static Page asIs(Line first, List<Line> seen, LineSource rest) {
    List<Line> replay = new ArrayList<>(seen);
    if (first != null) {
      replay.add(first);
    }
    ListedLines again = new ListedLines(replay);
    LineSource all =
        () -> {
          Line line = again.next();
          return line != null ? line : rest.next();
        };
    return new Page(null, 0, Metadata.NONE, ImmutableMap.of(), all);
  }

  /** A YAML scalar without its quotes: {@code "a \"b\""} is {@code a "b"}, {@code 'it''s'} is {@code it's}. */
  static String unquote(String value) {
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
    if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
      return value.substring(1, value.length() - 1).replace("''", "'");
    }
    return value;
  }
}
