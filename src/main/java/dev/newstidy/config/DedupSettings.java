package dev.newstidy.config;

import java.nio.file.Path;

/**
 * How repeats are found across a run.
 *
 * @param scope across the whole run ({@code run}, the default) or within each input ({@code file})
 * @param index a file that keeps the index between runs ({@code --index}), or null
 * @param keepDuplicates mark repeats in the record without removing them
 */
public record DedupSettings(Scope scope, Path index, boolean keepDuplicates) {
  /** Where the first occurrence of a paragraph is looked for. */
  public enum Scope {
    RUN,
    FILE
  }

  public static DedupSettings defaults() {
    return new DedupSettings(Scope.RUN, null, false);
  }
}
