package dev.newstidy.cli;

import dev.newstidy.config.DedupSettings;
import dev.newstidy.config.PunctuationStyle;
import dev.newstidy.config.RepairSettings;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options that switch repairs off or tune them, shared by every command that runs the chain. */
final class RepairOptions {
  @Option(
      names = "--min-repeat-chars",
      paramLabel = "N",
      defaultValue = "20",
      description = "Blocks shorter than N characters are never removed as repeats (default: ${DEFAULT-VALUE}).")
  int minRepeatChars;

  @Option(names = "--no-join", description = "Do not join paragraphs cut by page and column breaks.")
  boolean noJoin;

  @Option(names = "--no-byline", description = "Do not look for bylines; they stay in the text.")
  boolean noByline;

  @Option(names = "--no-dedup", description = "Do not remove repeated paragraphs.")
  boolean noDedup;

  @Option(
      names = "--dedup-scope",
      paramLabel = "SCOPE",
      defaultValue = "run",
      description = "Where a paragraph's first occurrence is looked for: run (across all inputs) or file (default: ${DEFAULT-VALUE}).")
  DedupSettings.Scope dedupScope;

  @Option(
      names = "--index",
      paramLabel = "FILE",
      description = "Keep the index of seen paragraphs in FILE between runs: loaded first (a missing file starts empty), saved when the run ends well. Paragraphs seen in earlier runs are removed.")
  Path index;

  @Option(
      names = "--near",
      paramLabel = "MODE",
      defaultValue = "off",
      description = "off (exact repeats only, after normalisation), paragraph (also near copies: MinHash, confirmed by exact Jaccard similarity) or article (also a whole story that ran again, removed as one unit) (default: ${DEFAULT-VALUE}). Paragraph and article keep a temporary file of about 1.6 times the input in $TMPDIR (default /tmp).")
  DedupSettings.NearMode near;

  @Option(
      names = "--near-threshold",
      paramLabel = "R",
      defaultValue = "0.8",
      description = "The least Jaccard similarity of a near copy, above 0 and at most 1 (default: ${DEFAULT-VALUE}).")
  double nearThreshold;

  @Option(names = "--keep-duplicates", description = "Mark repeats in the record (removed, with kept: true) without taking them out of the text.")
  boolean keepDuplicates;

  @Option(
      names = "--punctuation",
      paramLabel = "STYLE",
      defaultValue = "keep",
      description = "keep, fullwidth (restore ，：；？！（） in Chinese text) or halfwidth (default: ${DEFAULT-VALUE}).")
  PunctuationStyle punctuation;

  DedupSettings dedupSettings(CommandLine commandLine) {
    if (index != null && dedupScope == DedupSettings.Scope.FILE) {
      throw new CommandLine.ParameterException(commandLine, "--index keeps repeats across runs; it cannot go with --dedup-scope file");
    }
    if (!(nearThreshold > 0 && nearThreshold <= 1)) {
      throw new CommandLine.ParameterException(commandLine, "--near-threshold must be above 0 and at most 1, not " + nearThreshold);
    }
    return new DedupSettings(dedupScope, index, near, nearThreshold);
  }

  RepairSettings settings(CommandLine commandLine) {
    if (minRepeatChars < 1 || minRepeatChars > 1_000_000) {
      throw new CommandLine.ParameterException(
          commandLine, "--min-repeat-chars must be between 1 and 1000000, not " + minRepeatChars);
    }
    return new RepairSettings(!noJoin, !noByline, !noDedup, minRepeatChars, punctuation, keepDuplicates);
  }
}
