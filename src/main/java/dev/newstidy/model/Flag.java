package dev.newstidy.model;

/** A fact about an article that users filter on. */
public enum Flag {
  /** The article has no headline: a photo item, or text before the first headline. */
  UNTITLED,
  /** The article ends in mid-sentence: the dump lost its end. */
  TRUNCATED,
  /** The record holds no text, only removals: its document was nothing but repeated blocks. */
  EMPTY;

  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
