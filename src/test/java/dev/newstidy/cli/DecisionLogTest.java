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
  void aLineThatYieldsToTheLineUnderItSaysSo() throws IOException {
    // The rest of a cut sentence over the next headline: -v names the score it yielded to.
    Path dump =
        Files.writeString(
            temp.resolve("y.txt"),
            String.join(
                "\n\n",
                "柳溪镇新修村道通车",
                "柳溪镇今年新修村道两条,村民出行方便了许多。镇里还请来施工队,把村口的老路拓宽了一倍。",
                "过去一到雨天,孩子上学要绕远路。如今镇上又请来园林队,在新路两旁栽",
                "下香樟和桂花,五月底就能完",
                "青石县茶农喜迎春茶开采",
                "清明前后,青石县的茶园里满是采茶人。今年春茶开采比往年早了一周,茶农们说,春茶的价钱也比去年好。",
                "青石县农业局介绍,全县茶园面积今年扩大到三万亩,春茶产量预计增长一成。\n"));

    CliRun run = CliRun.of("clean", "-v", "-o", "-", dump.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err())
        .containsPattern(dump + ":7: headline candidate \"下香樟和桂花,五月底就能完\" scored \\+\\d\\.\\d, "
            + "stays in the article \\([^)]*\\); the next line scores \\+\\d\\.\\d\n")
        .contains(dump + ":9: article 2 starts at headline \"青石县茶农喜迎春茶开采\"");
  }

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
