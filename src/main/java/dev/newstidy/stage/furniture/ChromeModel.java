package dev.newstidy.stage.furniture;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The thresholds of the page-chrome triage ({@link LineEvidence} and {@link PageChromeTriage}): how
 * much text makes a line prose, and how far the triage looks around the densest run of prose for
 * the headline, its credit line and the end of the article. They ship as data ({@code
 * chrome-model.properties}), fitted on the labelled corpus pages by {@code src/bench/fit-chrome.sh}
 * with leave-one-site-out; a key the file lacks keeps its starting value.
 *
 * <p>Example, pinned by {@code ChromeModelTest}: {@code CJK_SENTENCE_CHARS=12} makes the finished
 * sentence {@code 青石镇新桥昨日通车,村民出行方便了。} (16 Chinese characters) prose; with {@code
 * CJK_SENTENCE_CHARS=20} it is only text-like.
 */
public record ChromeModel(ImmutableMap<Threshold, Integer> values) {
  private static final String RESOURCE = "chrome-model.properties";

  /** One threshold, with the value it starts from and the range the fit searches. */
  public enum Threshold {
    /** Chinese characters of a finished sentence that make it prose. */
    CJK_SENTENCE_CHARS(12, 6, 24),
    /** Chinese characters of a line with clause punctuation and a function character that make it prose. */
    CJK_CLAUSE_CHARS(30, 16, 60),
    /** Chinese characters of an unpunctuated line that make it prose, given its function characters. */
    CJK_DENSE_CHARS(60, 30, 120),
    /** At most this many Chinese characters per function character in such a dense line. */
    CJK_CHARS_PER_FUNCTION(40, 10, 80),
    /** Words of a finished English sentence that make it prose. */
    LATIN_SENTENCE_WORDS(7, 3, 14),
    /** Words of an unfinished English line that make it prose, given its function words. */
    LATIN_DENSE_WORDS(20, 10, 40),
    /** At most this many words per function word in such a line. */
    LATIN_WORDS_PER_FUNCTION(8, 3, 16),
    /** Non-prose lines in a row that may stand inside the article's run of prose. */
    GAP(3, 1, 6),
    /** Headline-shaped lines in a row after the article that make a list of related links. */
    LINK_RUN(3, 2, 6),
    /** Lines above the article among which its headline is looked for. */
    TITLE_REACH(8, 2, 16),
    /** Lines above the article among which the byline or date line under the headline is looked for. */
    ANCHOR_REACH(16, 4, 32),
    /** Lines under the headline that may be its sub-headline or an unrecognised credit. */
    LABELS_UNDER_TITLE(2, 0, 5),
    /** Labels and buttons that may stand between a headline and the byline or date line under it. */
    SKIPS(2, 0, 5);

    private final int start;
    private final int min;
    private final int max;

    Threshold(int start, int min, int max) {
      this.start = start;
      this.min = min;
      this.max = max;
    }

    /** The value the fit starts from: the hand-set one the triage was written with. */
    public int start() {
      return start;
    }

    /** The least value the fit tries. */
    public int min() {
      return min;
    }

    /** The greatest value the fit tries. */
    public int max() {
      return max;
    }
  }

  public ChromeModel {
    checkArgument(values.keySet().containsAll(EnumSet.allOf(Threshold.class)), "missing thresholds in %s", values);
    for (Map.Entry<Threshold, Integer> e : values.entrySet()) {
      checkArgument(e.getValue() >= 0, "threshold %s is negative: %s", e.getKey(), e.getValue());
    }
  }

  /** The model with every threshold at its starting value. */
  public static ChromeModel starting() {
    Map<Threshold, Integer> values = new EnumMap<>(Threshold.class);
    for (Threshold t : Threshold.values()) {
      values.put(t, t.start());
    }
    return new ChromeModel(ImmutableMap.copyOf(values));
  }

  /** The model shipped in the jar, read once. */
  public static ChromeModel shipped() {
    return Shipped.MODEL;
  }

  private static final class Shipped {
    static final ChromeModel MODEL = read();

    private static ChromeModel read() {
      try (InputStream in = ChromeModel.class.getResourceAsStream(RESOURCE)) {
        checkArgument(in != null, "missing resource %s", RESOURCE);
        Properties p = new Properties();
        p.load(in);
        return fromProperties(p);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Reads one {@code THRESHOLD=integer} per threshold; a missing one keeps its starting value. */
  public static ChromeModel fromProperties(Properties p) {
    Map<Threshold, Integer> values = new EnumMap<>(Threshold.class);
    for (Threshold t : Threshold.values()) {
      String value = p.getProperty(t.name());
      values.put(t, value == null ? t.start() : Integer.parseInt(value.strip()));
    }
    return new ChromeModel(ImmutableMap.copyOf(values));
  }

  /** The value of {@code threshold}. */
  public int get(Threshold threshold) {
    return values.get(threshold);
  }

  /** This model with {@code threshold} set to {@code value}. */
  public ChromeModel with(Threshold threshold, int value) {
    Map<Threshold, Integer> changed = new EnumMap<>(values);
    changed.put(threshold, value);
    return new ChromeModel(ImmutableMap.copyOf(changed));
  }

  /** The thresholds as {@code KEY=value} lines, in declaration order. */
  public String toProperties() {
    StringBuilder out = new StringBuilder();
    for (Threshold t : Threshold.values()) {
      out.append(String.format(Locale.ROOT, "%s=%d%n", t.name(), get(t)));
    }
    return out.toString();
  }
}
