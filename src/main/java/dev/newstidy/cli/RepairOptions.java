package dev.newstidy.cli;

import dev.newstidy.config.PunctuationStyle;
import dev.newstidy.config.RepairSettings;
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
      names = "--punctuation",
      paramLabel = "STYLE",
      defaultValue = "keep",
      description = "keep, fullwidth (restore ，：；？！（） in Chinese text) or halfwidth (default: ${DEFAULT-VALUE}).")
  PunctuationStyle punctuation;

  RepairSettings settings(CommandLine commandLine) {
    if (minRepeatChars < 1 || minRepeatChars > 1_000_000) {
      throw new CommandLine.ParameterException(
          commandLine, "--min-repeat-chars must be between 1 and 1000000, not " + minRepeatChars);
    }
    return new RepairSettings(!noJoin, !noByline, !noDedup, minRepeatChars, punctuation);
  }
}
