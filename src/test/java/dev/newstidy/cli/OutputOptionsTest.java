package dev.newstidy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Naming, fan-out, dry runs, verbose decisions, completion, config defaults and determinism. */
class OutputOptionsTest {
  private static final String DUMP =
      "# 甲镇新闻\n\n甲镇今天召开了全镇大会,部署冬季工作。\n\n# 乙镇新闻\n\n乙镇今天举办了农产品展销会。\n\n# 丙镇新闻\n\n丙镇今天开通了公交线路。\n";

  @TempDir Path temp;

  @Test
  void dryRunListsTheFilesAndWritesNothing() throws IOException {
    Path dump = Files.writeString(temp.resolve("dump.txt"), DUMP);
    Path out = temp.resolve("out");

    CliRun run = CliRun.of("clean", "--dry-run", "-q", "-o", out.toString(), dump.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines())
        .containsExactly(
            out.resolve("000001-甲镇新闻.md").toString(),
            out.resolve("000002-乙镇新闻.md").toString(),
            out.resolve("000003-丙镇新闻.md").toString(),
            out.resolve("manifest.jsonl").toString());
    assertThat(out).doesNotExist();
  }

  @Test
  void fanoutPutsFilesInSubfoldersOfNAndTheManifestSaysWhere() throws IOException {
    Path dump = Files.writeString(temp.resolve("dump.txt"), DUMP);
    Path out = temp.resolve("out");

    CliRun.of("clean", "-q", "--fanout", "2", "-o", out.toString(), dump.toString());

    assertThat(out.resolve("000001-000002/000001-甲镇新闻.md")).isRegularFile();
    assertThat(out.resolve("000003-000004/000003-丙镇新闻.md")).isRegularFile();
    assertThat(Files.readString(out.resolve("manifest.jsonl"))).contains("\"file\":\"000003-000004/000003-丙镇新闻.md\"");
  }

  @Test
  void nameTemplateUsesCommonsTextVariablesAndStaysSafe() throws IOException {
    Path pages = Files.writeString(temp.resolve("feed.jsonl"), "{\"date\":\"2024-01-02\",\"text\":\"# 新闻\\n\\n正文。\"}\n");
    Path out = temp.resolve("out");

    CliRun run = CliRun.of("clean", "-q", "--name-template", "../${source}_${date}_${record}/${slug}", "-o", out.toString(), pages.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(listing(out)).containsExactly("feed_2024-01-02_1-新闻.md", "manifest.jsonl");
  }

  @Test
  void verboseExplainsEachDecisionWithItsLine() throws IOException {
    Path dump = Files.writeString(temp.resolve("dump.txt"), "# 标题\n\n正文说完了。王书 曹波\n\n图片新闻的说明文字。\n");

    CliRun run = CliRun.of("clean", "-v", "-o", "-", dump.toString());

    assertThat(run.err())
        .contains(dump + ":1: article 1 starts at headline \"标题\"")
        .contains(dump + ":3: byline \"王书 曹波\" moved to metadata (2 names)")
        .contains(dump + ":5: article 2 starts untitled (no headline before it)");
  }

  @Test
  void verboseShowsEachWeighedHeadlineWithItsScoreAndReasons() throws IOException {
    Path dump =
        Files.writeString(
            temp.resolve("plain.txt"),
            "东岭村种茶\n\n东岭村今年种了三百亩茶树,村民们正在\n\n青石镇新桥通车\n\n记者 柳明川\n\n"
                + "本报讯 青石镇新桥昨日通车,两岸村民出行更方便了。\n");

    CliRun run = CliRun.of("clean", "-v", "-o", "-", dump.toString());

    assertThat(run.err())
        .containsPattern(
            "plain\\.txt:5: headline candidate \"青石镇新桥通车\" scored \\+\\d+\\.\\d, new article \\(.*credit_after.*\\)")
        .contains(dump + ":5: article 2 starts at headline \"青石镇新桥通车\"");
  }

  @Test
  void completionPrintsABashScript() {
    CliRun run = CliRun.of("completion");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("complete -F").contains("clean").contains("--min-repeat-chars");
    assertThat(run.out()).endsWith("complete -F _complete_newstidy -o default ./newstidy\n");
  }

  @Test
  void configFileSuppliesDefaultsThatTheCommandLineOverrides() throws IOException {
    Path dump = Files.writeString(temp.resolve("dump.txt"), DUMP);
    Path out = temp.resolve("from-config");
    Path config = Files.writeString(temp.resolve("n.properties"), "output=" + out + "\nclean.format=txt\n");

    CliRun run = CliRun.of("clean", "-q", "--config", config.toString(), dump.toString());
    CliRun help = CliRun.of("clean", "--config", config.toString(), "--help");
    CliRun overridden = CliRun.of("clean", "-q", "--config", config.toString(), "--format", "json", "-o", temp.resolve("cli").toString(), dump.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(out.resolve("000001-甲镇新闻.txt")).isRegularFile();
    assertThat(help.out()).contains("(default: txt)").contains("Option defaults read from " + config);
    assertThat(overridden.exitCode()).isZero();
    assertThat(temp.resolve("cli/000001-甲镇新闻.json")).isRegularFile();
  }

  @Test
  void missingConfigFileIsAnInputError() {
    CliRun run = CliRun.of("clean", "--config", temp.resolve("none.properties").toString(), "x.txt");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).startsWith("error: " + temp.resolve("none.properties") + ": cannot read option defaults");
  }

  @Test
  void outputDoesNotDependOnTheMachineLocale() throws IOException {
    Path dump = Files.writeString(temp.resolve("dump.txt"), DUMP + "\n# TITLE WITH I\n\nBody text here.\n");
    Locale saved = Locale.getDefault();
    String english;
    String turkish;
    try {
      Locale.setDefault(Locale.US);
      english = CliRun.of("clean", "-q", "-o", "-", dump.toString()).out();
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      turkish = CliRun.of("clean", "-q", "-o", "-", dump.toString()).out();
    } finally {
      Locale.setDefault(saved);
    }
    assertThat(turkish).isEqualTo(english);
  }

  private static List<String> listing(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
