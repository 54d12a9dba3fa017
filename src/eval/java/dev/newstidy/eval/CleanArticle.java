package dev.newstidy.eval;

import java.util.List;

/**
 * One article as it should come out of newstidy: headline (null for an untitled item), the credited
 * names, the role after them ({@code 文/图}) or null, and the body in order.
 */
public record CleanArticle(
    Language lang, String title, List<String> names, String role, List<Part> body) {

  public CleanArticle {
    names = List.copyOf(names);
    body = List.copyOf(body);
  }

  /** One body part: an in-text subheading or a paragraph. */
  public record Part(boolean heading, String text) {
    static Part paragraph(String text) {
      return new Part(false, text);
    }

    static Part heading(String text) {
      return new Part(true, text);
    }
  }

  /** True when the article has no headline: a photo item with a glued credit. */
  public boolean untitled() {
    return title == null;
  }

  /** The paragraph texts, headings left out. */
  public List<String> paragraphs() {
    return body.stream().filter(p -> !p.heading()).map(Part::text).toList();
  }
}
