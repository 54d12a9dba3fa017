package dev.newstidy.input;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Puts the headline a record names in front of its text as a {@code # } line, so that the
 * segmenter reads it as the first article's headline, like any Markdown headline. When the text
 * already opens with that headline, the text is left as it is, so that a page that repeats its
 * title does not come out as a headline alone followed by the same headline.
 *
 * <p>Examples, pinned by {@code TitledLinesTest}: title {@code 柳河新桥通车} and text {@code
 * 新桥今日通车。} give the lines {@code # 柳河新桥通车} and {@code 新桥今日通车。}; the same title
 * before a text that opens with {@code # 柳河新桥通车} adds nothing.
 */
final class TitledLines implements LineSource {
  /** The marks of a Markdown heading: {@code "## "}. */
  private static final Pattern HEADING_MARKS = Pattern.compile("^#{1,6}[ \\t\\u3000]+");

  private final Deque<Line> ahead;
  private final LineSource rest;

  private TitledLines(Deque<Line> ahead, LineSource rest) {
    this.ahead = ahead;
    this.rest = rest;
  }

  /**
   * The lines of {@code text} under {@code title}.
   *
   * @param title the headline, or null to leave the text as it is
   * @param number the line the headline stands on, or 0 to put it on the text's first line
   */
  static LineSource of(String title, int number, LineSource text) throws IOException {
    String headline = RecordFields.headline(title);
    if (headline == null) {
      return text;
    }
    Deque<Line> ahead = new ArrayDeque<>();
    Line first = text.next();
    while (first != null) {
      ahead.add(first);
      if (!first.isBlank()) {
        break;
      }
      first = text.next();
    }
    if (first != null
        && headline.equals(RecordFields.headline(HEADING_MARKS.matcher(first.text().strip()).replaceFirst("")))) {
      return new TitledLines(ahead, text);
    }
    int at = number > 0 ? number : first != null ? first.number() : 1;
    // No blank line after it: a heading is a block of its own anyway, and a blank line would hide
    // that a text without blank lines (one paragraph a line) is read line by line.
    ahead.addFirst(new Line(at, "# " + headline, 0));
    return new TitledLines(ahead, text);
  }

  @Override
  public Line next() throws IOException {
    return ahead.isEmpty() ? rest.next() : ahead.poll();
  }
}
