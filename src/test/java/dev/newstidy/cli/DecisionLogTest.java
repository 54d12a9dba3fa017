package dev.newstidy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -v}: each decision on stderr at the line it is about. */
class DecisionLogTest {
  @TempDir Path temp;

  @Test
  void aBylineIsReportedAtItsOwnLineNotAtTheArticlesLast() throws IOException {
    // The byline closes the text on line 3; a page-navigation line on line 5 still belongs to the
    // article, so the article ends on line 5.
    Path dump =
        Files.writeString(
            temp.resolve("d.txt"),
            "# 南湾村建成文化广场\n\n南湾村文化广场昨日落成,村民们在广场上跳起了舞。许安 曹宁\n\n上一篇\n");

    CliRun run = CliRun.of("clean", "-v", "-o", "-", dump.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("\"last_line\":5");
    assertThat(run.err()).contains(dump + ":3: byline \"许安 曹宁\" moved to metadata (2 names)\n");
  }

  @Test
  void aBylineOnTheLastLineIsStillReportedThere() throws IOException {
    Path dump = Files.writeString(temp.resolve("d.txt"), "# 南湾村建成文化广场\n\n南湾村文化广场昨日落成,村民们在广场上跳起了舞。\n\n许安 曹宁\n");

    CliRun run = CliRun.of("clean", "-v", "-o", "-", dump.toString());

    assertThat(run.err()).contains(dump + ":5: byline \"许安 曹宁\" moved to metadata (2 names)\n");
  }
}
