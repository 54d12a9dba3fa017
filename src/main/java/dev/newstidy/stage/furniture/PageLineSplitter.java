package dev.newstidy.stage.furniture;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.newstidy.model.Block;
import dev.newstidy.model.SourceSpan;
import dev.newstidy.model.TextLine;
import dev.newstidy.model.Warning;
import dev.newstidy.text.Joint;
import dev.newstidy.text.Punctuation;
import dev.newstidy.text.Scripts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the blocks of one scraped page into the lines that {@link PageChromeTriage} judges one by
 * one: a block into its lines unless one wraps onto the next, a line into the paragraphs, the
 * headline and the dates that a scraper ran together on it, without the marks of the page's layout.
 *
 * <p>Example, pinned by {@code PageChromeTriageTest}: the one-line block {@code 新桥通车了。 村民都很高兴。}
 * gives two blocks on the same line; {@code March 2, 2024|By JANE MORROW} gives {@code March 2,
 * 2024|} and {@code By JANE MORROW}; a paragraph hard-wrapped over three lines stays one block.
 */
final class PageLineSplitter {
  private PageLineSplitter() {}

  /**
   * A paragraph break that a scraper ran into a line of Chinese text: white space after a
   * sentence-final mark (and its closing quotes), or three spaces or more: {@code 通车了。 村民}.
   */
  private static final Pattern PARAGRAPH_BREAK =
      Pattern.compile("(?<=[。！？!?][”」』）)]{0,2})[ \\t\u3000]+(?=\\S)|[ \\t\u3000]{3,}(?=\\S)");

  /**
   * A headline run into the lead of its article on one line, the lead opening with a dated
   * dateline and its bracketed credit: {@code 青石镇新桥通车 临江网青石3月2日讯(通讯员 林晓)昨日上午,…}.
   * Group 1 is the headline: up to 40 characters with no sentence end. Not {@code 据临江网3月2日讯(…)}
   * inside a sentence: the text before the dateline must end at a space.
   */
  private static final Pattern HEADLINE_BEFORE_DATELINE =
      Pattern.compile(
          "^([^。！？!?；;,，:：]{4,40}?)[ \\t\u3000]+(?=\\p{IsHan}{0,8}?(?:社|网|網|报|報|台|臺)\\p{IsHan}{0,8}?"
              + "[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:电|電|讯|訊)[(（][^()（）]{2,40}[)）])");

  /** A table cell's closing pipe at the end of a line: {@code 完工。 |}. */
  private static final Pattern TRAILING_CELL = Pattern.compile("(?<=\\S)\\s+[|｜]+\\s*$");

  /**
   * Opens a sub-headline line, as the reader marks a block of its own ({@code DASH_LINE}): {@code
   * ——记青石镇的新桥}, {@code -- a deck}; not {@code —} alone or {@code 2024—2025}.
   */
  private static final Pattern DASH_OPENING = Pattern.compile("^(?:——|--)");

  /** A bullet before a key and its colon: {@code • 作者:}. */
  private static final Pattern BULLET_KEY = Pattern.compile("^[•·●▪]\\s*(?=[\\p{IsHan}A-Za-z ]{1,10}[:：])");

  /**
   * The blocks with every block cut into its lines, except where a line wraps onto the next (a
   * paragraph or headline broken over lines), so that a menu, a site name and the headline that
   * stood on adjacent lines are judged one by one.
   */
  static List<Block> splitLines(List<Block> page) {
    List<Block> out = new ArrayList<>(page.size());
    for (Block block : page) {
      if (block.lines().size() < 2 || block.markup() != Block.Markup.NONE) {
        splitParagraphs(block, out);
        continue;
      }
      int widest = 0;
      for (TextLine line : block.lines()) {
        widest = Math.max(widest, line.text().strip().length());
      }
      // A line of nothing but invisible characters cannot stand as a block: keep the block whole.
      if (block.lines().stream().anyMatch(line -> line.text().isBlank())) {
        out.add(block);
        continue;
      }
      List<Block> pieces = new ArrayList<>();
      List<TextLine> run = new ArrayList<>();
      for (TextLine line : block.lines()) {
        if (!run.isEmpty() && !wraps(run.get(run.size() - 1).text(), line.text(), widest)) {
          pieces.add(linesBlock(block, run));
          run.clear();
        }
        run.add(line);
      }
      pieces.add(linesBlock(block, run));
      for (Block piece : pieces) {
        splitParagraphs(piece, out);
      }
    }
    return out;
  }

  /**
   * A one-line block without the marks a scraper left of the page's layout: a table cell's closing
   * pipe ({@code …完工。(某某) |}) and a list's bullet before a key ({@code • 来源:临江日报}), which
   * would keep the byline and the metadata line from being read. Markup, not text: not recorded.
   */
  static Block withoutCellMarks(Block block) {
    String text = block.text();
    String cleaned = TRAILING_CELL.matcher(text).replaceAll("");
    Matcher bullet = BULLET_KEY.matcher(cleaned);
    if (bullet.lookingAt()) {
      cleaned = cleaned.substring(bullet.end());
    }
    return cleaned.equals(text) || cleaned.isBlank() ? block : block.withText(cleaned, Block.Markup.NONE);
  }

  /**
   * Adds a one-line block to {@code out} cut into the paragraphs that a scraper ran together on its
   * line, in Chinese text: a space after a full stop, or a run of three spaces, was a paragraph
   * break ({@code 新桥通车了。 村民都很高兴。} gives two blocks on the same line). Other blocks go as they are.
   */
  static void splitParagraphs(Block original, List<Block> out) {
    if (original.markup() != Block.Markup.NONE || original.lines().size() != 1) {
      out.add(original);
      return;
    }
    Block block = withoutCellMarks(original);
    String text = block.text();
    if (GluedDateSplitter.splitDate(block, out)) {
      return;
    }
    if (text.length() < 20) {
      out.add(block);
      return;
    }
    Scripts.LetterCounts counts = Scripts.count(text);
    if (counts.cjk() * 3 < counts.latin()) {
      out.add(block);
      return;
    }
    int from = 0;
    Matcher m = PARAGRAPH_BREAK.matcher(text);
    List<String> parts = new ArrayList<>();
    Matcher glued = HEADLINE_BEFORE_DATELINE.matcher(text);
    if (glued.lookingAt()) {
      // A page held on one line: its headline, then the lead that opens with a credited dateline.
      parts.add(glued.group(1).strip());
      from = glued.end();
      m.region(from, text.length());
    }
    while (m.find()) {
      String part = text.substring(from, m.start()).strip();
      if (!part.isEmpty()) {
        parts.add(part);
      }
      from = m.end();
    }
    String rest = text.substring(from).strip();
    if (!rest.isEmpty()) {
      parts.add(rest);
    }
    if (parts.size() < 2) {
      out.add(block);
      return;
    }
    int number = block.span().firstLine();
    boolean first = true;
    for (String part : parts) {
      out.add(
          new Block(
              part,
              block.span(),
              first ? block.blankLinesBefore() : 0,
              1,
              Block.Markup.NONE,
              first ? block.warnings() : ImmutableList.of(),
              ImmutableList.of(new TextLine(number, part))));
      first = false;
    }
  }

  /**
   * True when {@code next} carries on {@code line}: the line stops in mid-sentence and the next
   * opens in lower case, or the line is nearly as wide as the block's widest (hard-wrapped text).
   */
  static boolean wraps(String line, String next, int widest) {
    // A table cell's closing pipe after the full stop ({@code 完工。 |}) does not carry the line on.
    String text = TRAILING_CELL.matcher(line.strip()).replaceAll("");
    String following = next.strip();
    if (isStackedCredit(text, following)) {
      return true;
    }
    if (OUTLET_ADDRESS.matcher(text).matches()) {
      // The paper's line ends the credit: what follows is the page's next line.
      return false;
    }
    if (text.isEmpty() || following.isEmpty() || Punctuation.endsSentence(text)
        || LineEvidence.isDate(text) || LineEvidence.isDate(following)) {
      return false;
    }
    char first = following.charAt(0);
    return Character.isLowerCase(first) || (text.length() >= 30 && text.length() * 10 >= widest * 7);
  }

  /**
   * A reporter's name alone on its line: two to four capitalised words, initials or particles,
   * {@code Mary-Kate O'Neil}, {@code Ann B. Lee}; a section's label ({@code Local News}) is refused by
   * its words ({@link #SECTION_WORDS}).
   */
  private static final Pattern BARE_NAME =
      Pattern.compile("^\\p{Lu}[\\p{L}'’.\\-]+(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){1,2}$");

  /** A paper and its web address alone on a line: {@code The Harbor Ledger | ledger.example}. */
  private static final Pattern OUTLET_ADDRESS =
      Pattern.compile("^The(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){1,3}\\s*\\|\\s*[\\w-]+(?:\\.[\\w-]+)+$");

  /**
   * True when {@code line} is a bare name and {@code next} the paper and its address: the two lines
   * of one credit stacked under the headline, as a chain of papers sets it ({@code Ann May Lee} over
   * {@code The Harbor Ledger | ledger.example}). Kept as one block, it reads as the byline that the
   * one-line form {@code Ann May Lee The Harbor Ledger | ledger.example} is; split, the name was
   * taken for a paragraph. {@code Local News} over the paper's line, and a name over any other
   * line, are not credits here. Pinned by {@code PageChromeTriageTest.keepsANameOverItsPapersLineAsOneCredit}.
   */
  static boolean isStackedCredit(String line, String next) {
    if (line.length() > 40 || !BARE_NAME.matcher(line).matches() || !OUTLET_ADDRESS.matcher(next).matches()) {
      return false;
    }
    for (String word : line.split("\\s+")) {
      if (SECTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** Words of a section's or a desk's label, never of a person's name: {@code Local News}, {@code Staff Writer}. */
  private static final ImmutableSet<String> SECTION_WORDS =
      ImmutableSet.of(
          "news", "local", "sports", "sport", "opinion", "business", "world", "politics", "weather",
          "entertainment", "life", "lifestyle", "home", "editorial", "staff", "writer", "reporter",
          "press", "wire", "service", "desk", "latest", "top", "stories", "breaking", "nation", "state");

  private static Block linesBlock(Block block, List<TextLine> run) {
    StringBuilder text = new StringBuilder();
    for (TextLine line : run) {
      Joint.append(text, line.text().strip());
    }
    int from = run.get(0).number();
    int to = run.get(run.size() - 1).number();
    // The whole block only when the run holds all its lines: the lines a <br/> cut out of one
    // input line share its number, so the numbers alone cannot say so.
    if (run.size() == block.lines().size()) {
      return block;
    }
    ImmutableList.Builder<Warning> warnings = ImmutableList.builder();
    for (Warning w : block.warnings()) {
      if (w.line() >= from && w.line() <= to) {
        warnings.add(w);
      }
    }
    String lineText = text.toString().strip();
    // A line cut out of a block reads as it would standing alone in a text dump: a line that opens
    // with dashes is a sub-headline when it follows the headline (the text output writes it so).
    return new Block(
        lineText,
        new SourceSpan(block.span().path(), block.span().record(), from, to),
        from == block.span().firstLine() ? block.blankLinesBefore() : 0,
        run.size(),
        DASH_OPENING.matcher(lineText).lookingAt() ? Block.Markup.DASH_LINE : Block.Markup.NONE,
        warnings.build(),
        ImmutableList.copyOf(run));
  }
}
