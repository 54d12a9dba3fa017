package dev.newstidy.output;

import dev.newstidy.model.InputStats;
import dev.newstidy.model.Article;
import dev.newstidy.model.Flag;
import dev.newstidy.model.RemovalReason;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts what a run did, for the summary line on stderr. */
public final class RunSummary {
  private long articles;
  private long joins;
  private long warnings;
  private long blocks;
  private long repeatedStories;
  private long storiesRecorded;
  private final Map<Flag, Long> flags = new EnumMap<>(Flag.class);
  private final Map<RemovalReason, Long> removals = new EnumMap<>(RemovalReason.class);
  /** Repeats that {@code --keep-duplicates} marked but left in the text, per reason. */
  private final Map<RemovalReason, Long> kept = new EnumMap<>(RemovalReason.class);
  private final List<InputStats> inputs = new ArrayList<>();

  /** Counts one input read (or skipped as binary) with what reading it found. */
  public void count(InputStats input) {
    inputs.add(input);
  }

  /** What each input was, in the order read. */
  public List<InputStats> inputs() {
    return List.copyOf(inputs);
  }

  public void count(Article article) {
    articles++;
    joins += article.joins().size();
    warnings += article.warnings().size();
    article.flags().forEach(f -> flags.merge(f, 1L, Long::sum));
    article.removed().forEach(r -> removals.merge(r.reason(), 1L, Long::sum));
    article.removed().stream().filter(r -> r.kept()).forEach(r -> kept.merge(r.reason(), 1L, Long::sum));
  }

  /** Repeats marked but left in the text ({@code --keep-duplicates}), of {@code reason}. */
  public long kept(RemovalReason reason) {
    return kept.getOrDefault(reason, 0L);
  }

  /** Counts one whole story removed as a repeat ({@code --near article}): it has no record. */
  public void countRepeatedStory(boolean recorded) {
    repeatedStories++;
    if (recorded) {
      storiesRecorded++;
    }
  }

  public long repeatedStories() {
    return repeatedStories;
  }

  /** Counts {@code read} blocks read, for the share of blocks removed as repeats. */
  public void countBlocks(long read) {
    blocks += read;
  }

  public long blocks() {
    return blocks;
  }

  public long joins() {
    return joins;
  }

  public long warnings() {
    return warnings;
  }

  /** Articles per flag, in flag order. */
  public Map<Flag, Long> flags() {
    return new EnumMap<>(flags);
  }

  /** Removals per reason, in reason order. */
  public Map<RemovalReason, Long> removals() {
    return new EnumMap<>(removals);
  }

  /** Bytes read from all inputs, before decompression. */
  public long bytes() {
    return inputs.stream().mapToLong(InputStats::bytes).sum();
  }

  public long articles() {
    return articles;
  }

  public long removals(RemovalReason reason) {
    return removals.getOrDefault(reason, 0L);
  }

  public long flagged(Flag flag) {
    return flags.getOrDefault(flag, 0L);
  }

  /**
   * The one-line summary: {@code 8 articles from 1 file · 1 repeated paragraph removed · 11 joins ·
   * 2 truncated · 0.4 s}; with {@code --keep-duplicates}, {@code 1 repeated paragraph marked, kept in
   * the text} instead, pinned by {@code DedupOptionsTest}.
   */
  public String line(double seconds) {
    StringBuilder s = new StringBuilder();
    long skipped = inputs.stream().filter(InputStats::binary).count();
    long files = inputs.size() - skipped;
    s.append(plural(articles, "article")).append(" from ").append(plural(files, "file"));
    if (skipped > 0) {
      s.append(" (").append(skipped).append(" skipped)");
    }
    long keptRepeats = kept(RemovalReason.DUPLICATE);
    long repeats = removals(RemovalReason.DUPLICATE) - keptRepeats;
    if (keptRepeats > 0) {
      // --keep-duplicates: a repeat left in the text is not called removed.
      s.append(" · ").append(plural(keptRepeats, "repeated paragraph")).append(" marked, kept in the text");
    } else {
      s.append(" · ").append(plural(repeats, "repeated paragraph")).append(" removed");
    }
    long keptNear = kept(RemovalReason.NEAR_DUPLICATE);
    if (keptNear > 0) {
      s.append(" · ").append(plural(keptNear, "near copy", "near copies")).append(" marked, kept in the text");
    }
    long near = removals(RemovalReason.NEAR_DUPLICATE) - storiesRecorded - keptNear;
    if (repeatedStories > 0) {
      s.append(" · ").append(plural(repeatedStories, "repeated story", "repeated stories")).append(" removed");
    }
    if (near > 0) {
      s.append(" · ").append(plural(near, "near copy", "near copies")).append(" removed");
    }
    s.append(" · ").append(plural(joins, "join"));
    s.append(" · ").append(flagged(Flag.TRUNCATED)).append(" truncated");
    if (warnings > 0) {
      s.append(" · ").append(plural(warnings, "warning"));
    }
    s.append(" · ").append(String.format(java.util.Locale.ROOT, "%.1f s", seconds));
    return s.toString();
  }

  private static String plural(long n, String noun) {
    return plural(n, noun, noun + "s");
  }

  private static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
