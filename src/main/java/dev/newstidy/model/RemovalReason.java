package dev.newstidy.model;

/** Why text left an article's body. */
public enum RemovalReason {
  /** The same paragraph, after normalisation, was already seen in this run. */
  DUPLICATE,
  /** A paragraph close to one already seen (near-duplicate detection). */
  NEAR_DUPLICATE,
  /** Site furniture: navigation, counters, legal footers. */
  BOILERPLATE,
  /** A metadata line that became a field. */
  METADATA,
  /** Markup that is not text. */
  MARKUP;

  /** The name used in the JSON record: {@code duplicate}, {@code near-duplicate}, … */
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
