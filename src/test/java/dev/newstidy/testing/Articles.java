package dev.newstidy.testing;

import dev.newstidy.model.Article;
import dev.newstidy.model.Part;
import dev.newstidy.model.SourceSpan;
import java.util.Arrays;
import java.util.List;

/**
 * Builds small articles for stage tests: {@code articleOf(p(3, "…"), h(5, "…"))}, each part on its
 * own input line of {@link #PATH}.
 */
public final class Articles {
  /** The input path every built article and part claims to come from. */
  public static final String PATH = "dump.txt";

  private Articles() {}

  /** A paragraph standing on {@code line}. */
  public static Part p(int line, String text) {
    return Part.paragraph(text, SourceSpan.of(PATH, line, line));
  }

  /** A paragraph standing on lines {@code first} to {@code last}. */
  public static Part p(int first, int last, String text) {
    return Part.paragraph(text, SourceSpan.of(PATH, first, last));
  }

  /** A heading standing on {@code line}. */
  public static Part h(int line, String text) {
    return Part.heading(text, SourceSpan.of(PATH, line, line));
  }

  /** An untitled article made of {@code parts}, spanning from line 1 to the last part. */
  public static Article articleOf(Part... parts) {
    return titled(null, parts);
  }

  /** An article with headline {@code title} on line 1, made of {@code parts}. */
  public static Article titled(String title, Part... parts) {
    List<Part> body = Arrays.asList(parts);
    int last = body.stream().mapToInt(part -> part.span().lastLine()).max().orElse(1);
    return Article.of(title, SourceSpan.of(PATH, 1, last), body);
  }
}
