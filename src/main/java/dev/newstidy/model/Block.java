package dev.newstidy.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * One block of a dump as scraped: the text between blank lines (or one line, for documents that
 * have no blank lines), with where it stood and how many blank lines came before it.
 *
 * <p>{@code blankLinesBefore} is evidence, never a rule by itself: the reference dump has three blank
 * lines before its untitled item, other dumps have one or none.
 *
 * @param text the block's lines, joined as one paragraph, trimmed, never blank
 * @param lineCount how many non-blank lines the block had
 * @param markup the block's line markup, recognised by {@code LineMarkup}
 * @param warnings what reading its lines found, such as invalid UTF-8
 * @param lines the block's lines as read, one per input line, stripped
 */
public record Block(
    String text,
    SourceSpan span,
    int blankLinesBefore,
    int lineCount,
    Markup markup,
    ImmutableList<Warning> warnings,
    ImmutableList<TextLine> lines)
    implements Piece {
  public Block {
    warnings = ImmutableList.copyOf(warnings);
    lines = ImmutableList.copyOf(lines);
    checkNotNull(text, "text");
    checkNotNull(span, "span");
    checkNotNull(markup, "markup");
    checkArgument(!text.isBlank(), "blank block at %s", span);
    checkArgument(blankLinesBefore >= 0 && lineCount >= 1, "bad counts at %s", span);
  }

  /** A block whose lines are its text, one line or joined as given. */
  public Block(
      String text,
      SourceSpan span,
      int blankLinesBefore,
      int lineCount,
      Markup markup,
      ImmutableList<Warning> warnings) {
    this(text, span, blankLinesBefore, lineCount, markup, warnings, ImmutableList.of(new TextLine(span.firstLine(), text)));
  }

  /** A block of plain text with no warnings, for tests and generated input. */
  public static Block of(String text, SourceSpan span, int blankLinesBefore) {
    return new Block(text, span, blankLinesBefore, 1, Markup.NONE, ImmutableList.of());
  }

  /** This block with other text and markup, for the markup reader that strips {@code #} marks. */
  public Block withText(String newText, Markup newMarkup) {
    return new Block(
        newText, span, blankLinesBefore, lineCount, newMarkup, warnings, ImmutableList.of(new TextLine(span.firstLine(), newText)));
  }

  /** The line markup a block opens with. */
  public enum Markup {
    /** Plain text. */
    NONE,
    /** {@code # Headline}. */
    HEADLINE,
    /** {@code ## Sub-headline}: a sub-headline right after a headline, a section heading elsewhere. */
    SUBHEADLINE,
    /** {@code ### Section}. */
    SECTION,
    /** {@code ——sub-headline}: a line that opens with a dash, as Chinese papers set sub-headlines. */
    DASH_LINE;

    /** True for the markdown headline levels, whose lines are never removed as repeats. */
    public boolean isHeadingLine() {
      return this == HEADLINE || this == SUBHEADLINE || this == SECTION;
    }
  }
}
