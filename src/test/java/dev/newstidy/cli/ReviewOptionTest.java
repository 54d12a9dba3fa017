package dev.newstidy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --html FILE} of {@code clean} and {@code stats}: wired, checked before the run, deterministic. */
class ReviewOptionTest {
  @TempDir Path temp;

  @Test
  void statsAndCleanWriteTheSamePageAndTheSameRunWritesItByteForByte() throws Exception {
    Path fromStats = temp.resolve("stats.html");
    Path fromClean = temp.resolve("clean.html");
    Path again = temp.resolve("again.html");

    assertThat(CliRun.of("stats", "--quiet", "--html", fromStats.toString(), "samples").exitCode()).isZero();
    assertThat(CliRun.of("clean", "--quiet", "--html", fromClean.toString(), "samples").exitCode()).isZero();
    assertThat(CliRun.of("clean", "--quiet", "--threads", "1", "--html", again.toString(), "samples").exitCode()).isZero();

    assertThat(Files.readString(fromClean)).isEqualTo(Files.readString(fromStats)).isEqualTo(Files.readString(again));
    assertThat(Files.readString(fromClean)).contains("<span class=\"n\" data-count=\"articles\">12</span>");
  }

  @Test
  void aDryRunWritesNoPage() {
    Path page = temp.resolve("review.html");

    CliRun run = CliRun.of("clean", "--quiet", "--dry-run", "--output", temp.resolve("out").toString(), "--html", page.toString(), "samples");

    assertThat(run.exitCode()).isZero();
    assertThat(page).doesNotExist();
  }

  @Test
  void aPageThatCannotBeWrittenStopsTheRunBeforeItStartsInOneLine() {
    CliRun run = CliRun.of("clean", "--html", temp.resolve("no/such/review.html").toString(), "samples");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).startsWith("error: " + temp.resolve("no/such/review.html") + ": ").contains("no such folder");
  }
}
