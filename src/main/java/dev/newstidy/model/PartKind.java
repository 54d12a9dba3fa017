package dev.newstidy.model;

/** What one element of an article's body is. */
public enum PartKind {
  /** A section heading: a {@code ###} line, a {@code **X——Y**} lead-in or an in-text subheading. */
  HEADING,
  /** A paragraph of running text. */
  PARAGRAPH;

  /** The name used in the JSON record: {@code heading} or {@code paragraph}. */
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
