package dev.newstidy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Repeats across inputs, across runs with an index file, marked only, and within one file. */
class DedupOptionsTest {
  private static final String DUMP =
      "# 河道清淤工程完工\n\n全市河道清淤工程近日完工,共清理淤泥八万立方米,河水明显变清。\n\n"
          + "附近居民表示,过去一到夏天河边就有异味,现在傍晚散步的人多了起来。\n";

  @TempDir Path temp;

  @Test
  void aSecondRunWithTheIndexRemovesEveryParagraphAndNamesTheEarlierRun() throws IOException {
    Path first = Files.writeString(temp.resolve("monday.txt"), DUMP);
    Path second = Files.writeString(temp.resolve("tuesday.txt"), DUMP);
    Path index = temp.resolve("seen.idx");

    CliRun.of("clean", "-q", "-o", "-", "--index", index.toString(), first.toString());
    CliRun run = CliRun.of("clean", "-q", "-o", "-", "--index", index.toString(), second.toString());

    JsonNode record = InputFormatsTest.records(run.out()).get(0);
    assertThat(record.get("body").toString()).doesNotContain("paragraph");
    assertThat(record.get("removed")).hasSize(2);
    assertThat(record.get("removed").get(0).get("first_seen").toString())
        .isEqualTo("{\"path\":\"" + first + "\",\"line\":3}");
    assertThat(record.get("flags").toString()).contains("empty");
    assertThat(temp.resolve("seen.idx.lock")).doesNotExist();
  }

  @Test
  void aCorruptIndexExitsThree() throws IOException {
    Path dump = Files.writeString(temp.resolve("d.txt"), DUMP);
    Path index = Files.writeString(temp.resolve("bad.idx"), "NEWSTIDXjunk");

    CliRun run = CliRun.of("clean", "-o", "-", "--index", index.toString(), dump.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).startsWith("error: " + index + ": ").contains("index");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aTemporaryFolderThatIsNotThereStopsANearRunWithOneLineThatNamesIt() throws Exception {
    // Java's temporary folder is a system property: the run gets a JVM of its own.
    Path dump = Files.writeString(temp.resolve("d.txt"), DUMP);
    Path missing = temp.resolve("no such folder");

    CliRun run =
        CliRun.inOwnJvm(temp, List.of("-Djava.io.tmpdir=" + missing), "clean", "--near", "paragraph", "-o", "-", dump.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .isEqualTo(
            "error: " + missing + ": cannot create the near-copy store: no such file or directory (--near keeps it"
                + " in the temporary folder; choose another with TMPDIR=DIR, or -Djava.io.tmpdir=DIR for java -jar)"
                + System.lineSeparator());
    assertThat(run.out()).isEmpty();
  }

  @Test
  void keepDuplicatesMarksRepeatsAndLeavesThemInTheText() throws IOException {
    Path dump = Files.writeString(temp.resolve("d.txt"), DUMP + "\n" + DUMP.substring(DUMP.indexOf("全市")));

    JsonNode record = InputFormatsTest.records(CliRun.of("clean", "-q", "-o", "-", "--keep-duplicates", dump.toString()).out()).get(0);

    assertThat(record.get("body")).hasSize(4);
    assertThat(record.get("removed")).hasSize(2);
    assertThat(record.get("removed").get(0).get("kept").asBoolean()).isTrue();
  }

  @Test
  void fileScopeLooksForRepeatsWithinEachInputOnly() throws IOException {
    Path a = Files.writeString(temp.resolve("a.txt"), DUMP);
    Path b = Files.writeString(temp.resolve("b.txt"), DUMP);

    List<JsonNode> run = InputFormatsTest.records(CliRun.of("clean", "-q", "-o", "-", a.toString(), b.toString()).out());
    List<JsonNode> file = InputFormatsTest.records(CliRun.of("clean", "-q", "-o", "-", "--dedup-scope", "file", a.toString(), b.toString()).out());

    assertThat(run.get(1).get("removed")).hasSize(2);
    assertThat(file.get(1).get("removed")).isEmpty();
    assertThat(CliRun.of("clean", "--dedup-scope", "file", "--index", "x.idx", a.toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void widenedPunctuationDoubledSpacesAndCaseStillCountAsTheSameParagraph() throws IOException {
    Path dump =
        Files.writeString(
            temp.resolve("d.txt"),
            "# 题\n\n居民表示，过去河边有异味，现在散步的人多了起来。\n\n居民表示,过去河边有异味,现在散步的人多了起来。\n\n"
                + "# Title\n\nThe  County Board met on Monday to vote on the plan.\n\nthe county board met on monday to vote on the plan.\n");

    List<JsonNode> records = InputFormatsTest.records(CliRun.of("clean", "-q", "-o", "-", dump.toString()).out());

    assertThat(records.get(0).get("removed")).hasSize(1);
    assertThat(records.get(1).get("removed")).hasSize(1);
  }

  @Test
  void nearModeRemovesACopyWithADroppedCharacterWithItsSimilarity() throws IOException {
    String text = "临江市今年新建城乡公交线路十二条,覆盖全市所有行政村,市交通运输局负责人介绍,下一步将继续优化线路和班次,方便群众出行。";
    Path dump = Files.writeString(temp.resolve("d.txt"), "# 一\n\n" + text + "\n\n# 二\n\n" + text.replace("和", "") + "\n");

    List<JsonNode> off = InputFormatsTest.records(CliRun.of("clean", "-q", "-o", "-", dump.toString()).out());
    CliRun on = CliRun.of("clean", "-o", "-", "--near", "paragraph", dump.toString());

    assertThat(off.get(1).get("removed")).isEmpty();
    JsonNode removal = InputFormatsTest.records(on.out()).get(1).get("removed").get(0);
    assertThat(removal.get("reason").asText()).isEqualTo("near-duplicate");
    assertThat(removal.get("first_seen").toString()).isEqualTo("{\"path\":\"" + dump + "\",\"line\":3}");
    assertThat(removal.get("similarity").asDouble()).isBetween(0.8, 1.0);
    assertThat(on.err()).contains("1 near copy removed");
  }

  @Test
  void nearThresholdOutOfRangeIsAUsageError() throws IOException {
    Path dump = Files.writeString(temp.resolve("d.txt"), DUMP);

    assertThat(CliRun.of("clean", "--near", "paragraph", "--near-threshold", "1.5", dump.toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void articleModeRemovesAWholeRepeatedStoryAndTheOriginalListsIt() throws IOException {
    String story = DUMP;
    Path dump = Files.writeString(temp.resolve("d.txt"), story + "\n# 另一篇\n\n另一篇新闻的正文内容,和前面的不一样。\n\n" + story.replace("。", "."));

    CliRun run = CliRun.of("clean", "-o", "-", "--near", "article", dump.toString());

    List<JsonNode> records = InputFormatsTest.records(run.out());
    assertThat(records).extracting(r -> r.get("title").asText()).containsExactly("河道清淤工程完工", "另一篇");
    JsonNode removal = records.get(0).get("removed").get(0);
    assertThat(removal.get("reason").asText()).isEqualTo("near-duplicate");
    assertThat(removal.get("line").asInt()).isEqualTo(11);
    assertThat(run.err()).contains("1 repeated story removed");
  }

  @Test
  void theIndexKeepsNearCopyStateSoTomorrowsNearCopiesOfTodaysParagraphsGo() throws IOException {
    String text = "临江市今年新建城乡公交线路十二条,覆盖全市所有行政村,市交通运输局负责人介绍,下一步将继续优化线路和班次,方便群众出行。";
    Path monday = Files.writeString(temp.resolve("monday.txt"), "# 一\n\n" + text + "\n");
    Path tuesday = Files.writeString(temp.resolve("tuesday.txt"), "# 二\n\n" + text.replace("和", "与") + "\n");
    Path index = temp.resolve("seen.idx");

    CliRun.of("clean", "-q", "-o", "-", "--near", "paragraph", "--index", index.toString(), monday.toString());
    CliRun run = CliRun.of("clean", "-q", "-o", "-", "--near", "paragraph", "--index", index.toString(), tuesday.toString());

    JsonNode removal = InputFormatsTest.records(run.out()).get(0).get("removed").get(0);
    assertThat(removal.get("reason").asText()).isEqualTo("near-duplicate");
    assertThat(removal.get("first_seen").get("path").asText()).isEqualTo(monday.toString());
  }

  @Test
  void aSecondRunOverTheSameDumpRemovesEveryParagraphOfTwentyCharactersOrMoreEvenShortHalves() throws IOException {
    String dump = "# 题一\n\n第一段完整的正文,讲述了全镇道路建设的进展情况和下一步的安排计划。\n\n"
        + "第二段被分页截断的前半句,前半句有二十多个字符,后面还有\n\n另外半句在这里,后半句也有二十多个字符,全句完整。\n\n"
        + "# Title\n\nThe county board met on Monday to approve the bridge repairs, and members said\n\n"
        + "the work will start in the spring, officials said.\n";
    Path first = Files.writeString(temp.resolve("a.txt"), dump);
    Path second = Files.writeString(temp.resolve("b.txt"), dump);
    Path index = temp.resolve("seen.idx");

    CliRun.of("clean", "-q", "-o", "-", "--index", index.toString(), first.toString());
    List<JsonNode> records = InputFormatsTest.records(CliRun.of("clean", "-q", "-o", "-", "--index", index.toString(), second.toString()).out());

    for (JsonNode record : records) {
      assertThat(record.get("body").toString()).as(record.get("title").asText()).doesNotContain("\"paragraph\"");
    }
  }
}
