package dev.newstidy.model;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Text that left the output, with why, where it stood, and (for repeats) where its first occurrence
 * stands. Nothing leaves an article without one of these.
 *
 * @param firstSeen where the text was first seen, or null when the reason is not a repeat
 * @param kept true when the text was only marked, not taken out ({@code --keep-duplicates})
 * @param similarity for a near copy, its Jaccard similarity to what it repeats; NaN otherwise
 */
public record Removal(
    RemovalReason reason,
    SourceSpan span,
    String text,
    SourceSpan firstSeen,
    boolean kept,
    double similarity) {
  public Removal {
    checkNotNull(reason, "reason");
    checkNotNull(span, "span");
    checkNotNull(text, "text");
  }

  /** A removal that took the text out. */
  public Removal(RemovalReason reason, SourceSpan span, String text, SourceSpan firstSeen) {
    this(reason, span, text, firstSeen, false, Double.NaN);
  }

  /** A repeat, removed or only marked. */
  public Removal(RemovalReason reason, SourceSpan span, String text, SourceSpan firstSeen, boolean kept) {
    this(reason, span, text, firstSeen, kept, Double.NaN);
  }

  /** True for near copies, which carry their measured similarity. */
  public boolean hasSimilarity() {
    return !Double.isNaN(similarity);
  }
}
