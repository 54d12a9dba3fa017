package dev.newstidy.config;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Which repairs a run makes, each of which a user can switch off to see the raw effect of one stage.
 *
 * @param join join paragraphs cut by page and column breaks ({@code --no-join})
 * @param bylines move bylines into the record ({@code --no-byline})
 * @param dedup remove repeated paragraphs ({@code --no-dedup})
 * @param minRepeatChars blocks shorter than this are never removed as repeats ({@code
 *     --min-repeat-chars})
 * @param punctuation the width of punctuation in Chinese text ({@code --punctuation})
 * @param keepDuplicates mark repeats in the record without removing them ({@code --keep-duplicates})
 */
public record RepairSettings(
    boolean join,
    boolean bylines,
    boolean dedup,
    int minRepeatChars,
    PunctuationStyle punctuation,
    boolean keepDuplicates) {
  public static final int DEFAULT_MIN_REPEAT_CHARS = 20;

  public RepairSettings {
    checkArgument(minRepeatChars >= 1, "--min-repeat-chars must be at least 1, not %s", minRepeatChars);
    checkArgument(punctuation != null, "punctuation style is null");
  }

  /** Settings that keep punctuation as scraped and remove repeats. */
  public RepairSettings(boolean join, boolean bylines, boolean dedup, int minRepeatChars) {
    this(join, bylines, dedup, minRepeatChars, PunctuationStyle.KEEP, false);
  }

  /** Every repair on, with the default thresholds. */
  public static RepairSettings defaults() {
    return new RepairSettings(true, true, true, DEFAULT_MIN_REPEAT_CHARS);
  }
}
