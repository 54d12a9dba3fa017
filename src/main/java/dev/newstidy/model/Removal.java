package dev.newstidy.model;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Text that left the output, with why, where it stood, and (for repeats) where its first occurrence
 * stands. Nothing leaves an article without one of these.
 *
 * @param firstSeen where the text was first seen, or null when the reason is not a repeat
 */
public record Removal(RemovalReason reason, SourceSpan span, String text, SourceSpan firstSeen) {
  public Removal {
    checkNotNull(reason, "reason");
    checkNotNull(span, "span");
    checkNotNull(text, "text");
  }
}
