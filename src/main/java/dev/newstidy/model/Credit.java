package dev.newstidy.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Objects;

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

  /**
   * The record's own equality, written out as {@link SourceSpan}'s is: the compiler's version is
   * linked on its first call through {@code ObjectMethods}, and a byline merge hashes credits in
   * every article, so a long run spun some 60 method-handle classes a few seconds in and then ran
   * the handles interpreted until the optimising compiler took them (and compiled the class
   * writer on the way). Credits are equal when name, role and kind are: {@code 林川 记者} equals
   * {@code 林川 记者}, not {@code 林川 摄影} nor {@code 林川} with no role (pinned by {@code
   * CreditTest}).
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Credit credit
        && credit.kind == kind
        && credit.name.equals(name)
        && Objects.equals(credit.role, role);
  }

  /** Agrees with {@link #equals}, written out for the same reason. */
  @Override
  public int hashCode() {
    return (name.hashCode() * 31 + Objects.hashCode(role)) * 31 + kind.ordinal();
  }
}
