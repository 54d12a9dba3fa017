package dev.newstidy.eval;

/** One quality figure the scorer reports, with the words the report prints for it. */
public enum Measure {
  BOUNDARY_PRECISION("article boundaries: precision (records whose span is exactly an article's)"),
  BOUNDARY_RECALL("article boundaries: recall (articles found with exactly their span)"),
  BOUNDARY_F1("article boundaries: F1"),
  TITLE("exact title (null for untitled items)"),
  BYLINE("exact byline names (none where none was planted)"),
  PARAGRAPHS("exact paragraphs (truth paragraphs found verbatim in the matched record)"),
  TEXT_KEPT("text kept (non-space characters of truth sentences found in the output)"),
  REPEATS("planted exact repeats removed as duplicate"),
  NEAR_COPIES("planted near copies removed (only with --near paragraph)"),
  BOILERPLATE("planted boilerplate lines removed"),
  SUBHEADINGS("in-text subheadings kept as headings"),
  PARAGRAPH_PRECISION("output paragraphs that are truth paragraphs"),
  WRONG_REMOVALS("removals of text that was not planted (lower is better)");

  private final String label;

  Measure(String label) {
    this.label = label;
  }

  /** What the report's table calls it. */
  public String label() {
    return label;
  }
}
