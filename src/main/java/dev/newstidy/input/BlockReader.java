package dev.newstidy.input;

import com.google.common.collect.ImmutableList;
import dev.newstidy.model.Block;
import dev.newstidy.model.SourceSpan;
import dev.newstidy.model.TextLine;
import dev.newstidy.model.Warning;
import dev.newstidy.text.Joint;
import dev.newstidy.text.Punctuation;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Groups the lines of one document into blocks: the text between blank lines, each markdown
 * heading line on its own. A document with no blank line at all is read one block per line, which
 * is decided from its opening lines so that the document still streams.
 *
 * <p>Example: {@code "# T\nbody one\n\n\n\nbody two"} gives the blocks {@code # T} (line 1), {@code
 * body one} (line 2) and {@code body two} (line 6, three blank lines before it).
 */
public final class BlockReader {
  /** How much text may pass without a blank line before the document is read line by line. */
  static final int LINE_MODE_CHARS = 64 * 1024;

  static final int LINE_MODE_LINES = 2_000;

  /**
   * The most characters one block gathers before it is cut at the next line end: a real paragraph
   * holds a few thousand, and a hostile run of 100 MB of lines with no blank line among them
   * would otherwise be held, and copied, whole. The cut loses nothing: the rest of the lines go on
   * as the next block, and the block says so in a warning ({@code BlockReaderTest}).
   */
  static final int MAX_BLOCK_CHARS = 1 << 18;

  /** Fewest text lines per blank-separated run, on average, of a line-by-line document with gaps. */
  private static final int MIN_LINES_PER_RUN = 6;

  private final LineSource lines;
  private final String path;
  private final long record;
  private final boolean strict;
  private final Deque<Line> lookahead = new ArrayDeque<>();
  private boolean lineMode;
  private boolean modeDecided;
  private Line pending;

  /** The lines of the block being gathered, kept from block to block: {@link #toBlock} copies them. */
  private final List<Line> group = new ArrayList<>();

  /** Blocks of a plain text document. */
  public BlockReader(LineSource lines, String path, boolean strict) {
    this(lines, path, 0, strict);
  }

  /**
   * Blocks of a document that is page {@code record} of a JSON Lines dump (0 for plain text).
   *
   * @param strict invalid UTF-8 stops the run instead of being counted
   */
  public BlockReader(LineSource lines, String path, long record, boolean strict) {
    this.lines = lines;
    this.path = path;
    this.record = record;
    this.strict = strict;
  }

  /** Blocks of {@code document}. */
  public static BlockReader of(Document document, boolean strict) {
    return new BlockReader(document.lines(), document.path(), document.record(), strict);
  }

  /** True once the document turned out to have no blank lines, so that each line is a block. */
  public boolean isLineMode() {
    return lineMode;
  }

  /** The next block, or null at the end of the document. */
  public Block next() throws IOException {
    if (!modeDecided) {
      decideMode();
    }
    int blanks = 0;
    Line first = take();
    while (first != null && first.isBlank()) {
      blanks++;
      first = take();
    }
    if (first == null) {
      return null;
    }
    List<Line> group = this.group;
    group.clear();
    group.add(first);
    boolean cut = false;
    if (!lineMode && !MarkdownLine.isHeading(first.text())) {
      long chars = first.text().length();
      Line line = take();
      while (line != null && !line.isBlank() && !MarkdownLine.isHeading(line.text())) {
        if (chars >= MAX_BLOCK_CHARS) {
          cut = true;
          break;
        }
        group.add(line);
        chars += line.text().length();
        line = take();
      }
      pending = line;
    }
    return toBlock(group, blanks, cut);
  }

  private Line take() throws IOException {
    if (pending != null) {
      Line line = pending;
      pending = null;
      return line;
    }
    if (!lookahead.isEmpty()) {
      return lookahead.poll();
    }
    return readLine();
  }

  private Line readLine() throws IOException {
    Line line = lines.next();
    if (line != null && line.invalidBytes() > 0 && strict) {
      throw new InputException(
          path + ":" + (record > 0 ? record : line.number()), "invalid UTF-8 (--strict)");
    }
    return line;
  }

  /**
   * Reads ahead until enough text has passed to say how this document sets its paragraphs. A
   * document is read line by line when it has no blank line between two text lines, or when its
   * blank lines are rare and a good share (a quarter or more) of the lines inside its
   * blank-separated runs end a sentence: one
   * paragraph a line, with a blank gap only here and there (before an untitled item). Hard-wrapped
   * prose has blank lines too, but its lines stop in mid-sentence at the column width.
   *
   * <p>Example, pinned by {@code BlockReaderTest}: eight one-sentence lines, two blank lines, four
   * more give line mode; {@code "It was a\nlong day.\n\nThen"} does not.
   */
  private void decideMode() throws IOException {
    modeDecided = true;
    int chars = 0;
    int runs = 0;
    int linesInRuns = 0;
    int innerLines = 0;
    int innerEnds = 0;
    Line previousText = null;
    while (chars < LINE_MODE_CHARS && lookahead.size() < LINE_MODE_LINES) {
      Line line = readLine();
      if (line == null) {
        break;
      }
      lookahead.add(line);
      if (line.isBlank()) {
        previousText = null;
        continue;
      }
      if (previousText == null) {
        runs++;
      } else {
        innerLines++;
        innerEnds += Punctuation.endsSentence(previousText.text()) ? 1 : 0;
      }
      linesInRuns++;
      previousText = line;
      chars += line.text().length();
    }
    if (runs <= 1) {
      lineMode = linesInRuns > 1;
      return;
    }
    lineMode = linesInRuns >= MIN_LINES_PER_RUN * runs && innerEnds * 4 >= innerLines;
  }

  /**
   * One block from its lines. A block of one line (most paragraphs) takes the stripped line as its
   * text and a one-element list, with no builder and no copy; a longer one sizes its builders
   * once. Warnings are collected only when there are any.
   */
  private Block toBlock(List<Line> group, int blanks, boolean cut) {
    List<Warning> warnings = cut ? new ArrayList<>() : null;
    if (cut) {
      warnings.add(
          new Warning(
              "long-block",
              group.get(0).number(),
              "more than " + MAX_BLOCK_CHARS + " characters without a blank line; cut after line "
                  + group.get(group.size() - 1).number() + ", the rest goes on as the next paragraph"));
    }
    ImmutableList<TextLine> lines;
    String text;
    if (group.size() == 1) {
      text = group.get(0).text().strip();
      lines = ImmutableList.of(new TextLine(group.get(0).number(), text));
    } else {
      ImmutableList.Builder<TextLine> each = ImmutableList.builderWithExpectedSize(group.size());
      int length = group.size();
      for (Line line : group) {
        length += line.text().length();
      }
      StringBuilder joined = new StringBuilder(length);
      for (int i = 0; i < group.size(); i++) {
        Line line = group.get(i);
        String stripped = line.text().strip();
        each.add(new TextLine(line.number(), stripped));
        if (i == 0) {
          joined.append(stripped);
        } else {
          Joint.append(joined, stripped);
        }
      }
      text = joined.toString();
      lines = each.build();
    }
    for (Line line : group) {
      if (line.invalidBytes() > 0) {
        if (warnings == null) {
          warnings = new ArrayList<>();
        }
        warnings.add(
            new Warning(
                "invalid-utf8",
                line.number(),
                line.invalidBytes() + " invalid UTF-8 sequence(s) replaced with U+FFFD"));
      }
    }
    SourceSpan span =
        new SourceSpan(path, record, group.get(0).number(), group.get(group.size() - 1).number());
    return MarkdownLine.read(
        new Block(
            text,
            span,
            blanks,
            group.size(),
            Block.Markup.NONE,
            warnings == null ? ImmutableList.of() : ImmutableList.copyOf(warnings),
            lines));
  }
}
