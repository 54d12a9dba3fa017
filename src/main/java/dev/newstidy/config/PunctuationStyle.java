package dev.newstidy.config;

/** What to do with the width of punctuation in Chinese text ({@code --punctuation}). */
public enum PunctuationStyle {
  /** Leave it as scraped: the default. */
  KEEP,
  /** Restore full-width {@code ，：；？！（）} in CJK context. */
  FULLWIDTH,
  /** Narrow full-width {@code ，：；？！（）} to half width in CJK context. */
  HALFWIDTH
}
