package dev.newstidy.model;

/** A fact about an article that users filter on. */
public enum Flag {
  /** The article has no headline: a photo item, or text before the first headline. */
  UNTITLED,
  /** The article ends in mid-sentence: the dump lost its end. */
  TRUNCATED,
  /**
   * The article has no paragraph left: every one was a repeat (its removals are in the record), or
   * a headline stood alone.
   */
  EMPTY;

  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
