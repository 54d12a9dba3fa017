package dev.newstidy.input;

import dev.newstidy.model.Block;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the line markup of a block and strips it: {@code # } headlines, {@code ## } sub-headlines
 * and {@code ### } section headings. The kind goes into {@link Block#markup()}; the {@code #} marks
 * are markup, not text.
 *
 * <p>Examples, pinned by {@code MarkdownLineTest}: {@code "# 新区开园"} is a headline {@code 新区开园};
 * {@code "## ——访某某"} a sub-headline {@code ——访某某}; {@code "#5 in the league"} is plain text.
 */
final class MarkdownLine {
  /** One to six {@code #} marks, then white space, then the heading: {@code "## ——副题"}. */
  private static final Pattern HEADING = Pattern.compile("^(#{1,6})[ \\t\\u3000]+(\\S.*)$");

  private MarkdownLine() {}

  static boolean isHeading(String line) {
    return line.startsWith("#") && HEADING.matcher(line.strip()).matches();
  }

  /** The block with its heading marks stripped and its markup set. */
  static Block read(Block block) {
    String text = block.text();
    if (block.lineCount() == 1 && text.startsWith("#")) {
      Matcher m = HEADING.matcher(text);
      if (m.matches()) {
        String heading = m.group(2).strip();
        Block.Markup markup =
            switch (m.group(1).length()) {
              case 1 -> Block.Markup.HEADLINE;
              case 2 -> Block.Markup.SUBHEADLINE;
              default -> Block.Markup.SECTION;
            };
        return block.withText(heading, markup);
      }
    }
    if (text.startsWith("——") || text.startsWith("--")) {
      return block.withText(text, Block.Markup.DASH_LINE);
    }
    return block;
  }
}
