package dev.newstidy.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One credited name with its role ({@code 文/图}, {@code 记者}, {@code 摄}, or null when the byline
 * names no role) and kind.
 */
public record Credit(String name, String role, CreditKind kind) {
  public Credit {
    checkNotNull(name, "name");
    checkNotNull(kind, "kind");
    checkArgument(!name.isBlank(), "blank name");
  }
}
