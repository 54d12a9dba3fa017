package dev.newstidy.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/** One element of an article's body, a heading or a paragraph, with the input lines it came from. */
public record Part(PartKind kind, String text, SourceSpan span) {
  public Part {
    checkNotNull(kind, "kind");
    checkNotNull(text, "text");
    checkNotNull(span, "span");
    checkArgument(!text.isBlank(), "blank %s at %s", kind, span);
  }

  public static Part paragraph(String text, SourceSpan span) {
    return new Part(PartKind.PARAGRAPH, text, span);
  }

  public static Part heading(String text, SourceSpan span) {
    return new Part(PartKind.HEADING, text, span);
  }

  public boolean isParagraph() {
    return kind == PartKind.PARAGRAPH;
  }

  public Part withText(String newText) {
    return new Part(kind, newText, span);
  }
}
