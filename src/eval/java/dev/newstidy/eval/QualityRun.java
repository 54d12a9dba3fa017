package dev.newstidy.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One measurement: a damaged dump generated from a seed, cleaned by newstidy in-process, and
 * scored against its truth.
 */
public record QualityRun(long seed, DamageRates rates, DamagedDump dump, NewstidyRun run, QualityScores scores) {
  /**
   * Generates, cleans and scores; the dump is written to {@code dumpFile}, or to a temporary file
   * that is removed afterwards when it is null.
   */
  public static QualityRun measure(long seed, int articles, DamageRates rates, Path dumpFile) throws IOException {
    return measure(seed, articles, rates, dumpFile, java.util.List.of());
  }

  /** The same, with extra options for newstidy such as {@code --near paragraph}. */
  public static QualityRun measure(
      long seed, int articles, DamageRates rates, Path dumpFile, java.util.List<String> options) throws IOException {
    DamagedDump dump = DamagedDump.generate(seed, articles, rates);
    Path file = dumpFile != null ? dumpFile : Files.createTempFile("newstidy-quality-", ".txt");
    try {
      Files.writeString(file, dump.text(), StandardCharsets.UTF_8);
      NewstidyRun run = NewstidyRun.clean(file, options);
      return new QualityRun(seed, rates, dump, run, QualityScorer.score(dump.truth(), run.records()));
    } finally {
      if (dumpFile == null) {
        Files.deleteIfExists(file);
      }
    }
  }
}
