package dev.newstidy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The record and report schemas shipped in the jar ({@code dev/newstidy/schema/}) hold for real
 * output: the samples, the reference dump, JSON Lines pages, {@code --keep-duplicates} and {@code
 * --near paragraph} runs, files, manifest and report. And they have teeth: a renamed, missing or
 * misspelt field is refused.
 */
class RecordSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema RECORD = load("record.schema.json");
  private static final Schema REPORT = load("report.schema.json");
  /** The reference dump, read where CI reads it; the test is skipped where it is absent. */
  private static final Path REFERENCE = Path.of("..", "shared", "seeds", "000_76d1ea9befcd34c7.txt");

  private static final String REPEATS =
      "# 桥头镇新建文化广场投用\n\n桥头镇文化广场日前投入使用,占地一万二千平方米,设有健身区和儿童游乐区。\n\n"
          + "记者 程远航 摄\n\n# 桥头镇文化广场迎来首批游客\n\n"
          + "桥头镇文化广场日前投入使用,占地一万二千平方米,设有健身区和儿童游乐区。\n\n"
          + "周末前来游玩的市民络绎不绝,不少人专程从县城赶来。\n";

  @TempDir Path temp;

  @Test
  void everyRecordOfTheSamplesHoldsOnStdoutInFilesAndInTheManifest() throws IOException {
    assertRecords(CliRun.of("clean", "-q", "-o", "-", "samples").out(), 5);

    Path out = temp.resolve("out");
    Path report = temp.resolve("r.json");
    CliRun run = CliRun.of("clean", "-q", "-o", out.toString(), "--format", "json", "--report", report.toString(), "samples");

    assertThat(run.exitCode()).isZero();
    List<Path> files;
    try (Stream<Path> s = Files.list(out)) {
      files = s.filter(p -> p.toString().endsWith(".json")).toList();
    }
    assertThat(files).hasSizeGreaterThan(4);
    for (Path file : files) {
      assertHolds(RECORD, JSON.readTree(file.toFile()), file.toString());
    }
    assertRecords(Files.readString(out.resolve("manifest.jsonl")), files.size());
    assertHolds(REPORT, JSON.readTree(report.toFile()), "--report");
  }

  @Test
  void theReportOfStatsHolds() throws IOException {
    CliRun run = CliRun.of("stats", "--json", "samples");

    assertHolds(REPORT, JSON.readTree(run.out()), "stats --json");
  }

  @Test
  void everyRecordOfTheReferenceDumpHolds() throws IOException {
    assumeTrue(Files.isRegularFile(REFERENCE), "the reference dump is not here");

    assertRecords(CliRun.of("clean", "-q", "-o", "-", REFERENCE.toString()).out(), 8);
    assertHolds(REPORT, JSON.readTree(CliRun.of("stats", "--json", REFERENCE.toString()).out()), "stats");
  }

  @Test
  void jsonLinesPagesWithTheirFieldsAndAMalformedLineHold() throws IOException {
    Path pages = temp.resolve("pages.jsonl");
    Files.writeString(
        pages,
        JSON.writeValueAsString(JSON.createObjectNode().put("id", 17).put("url", "https://example.org/a/17")
                .put("date", "2024-03-05").put("text", REPEATS)) + "\n"
            + "{not json\n"
            + JSON.writeValueAsString(JSON.createObjectNode().put("id", "p-18").putNull("url")
                .put("text", "# 柳河村喜获丰收\n\n来源:临溪日报\n\n柳河村今年种植的二百亩水稻喜获丰收,亩产比去年提高一成。\n")) + "\n");

    List<JsonNode> records = assertRecords(CliRun.of("clean", "-q", "-o", "-", pages.toString()).out(), 3);
    assertThat(records.get(0).get("source").get("record").asInt()).isEqualTo(1);
    assertThat(records.get(0).get("source").get("fields").get("id").asInt()).isEqualTo(17);
    assertHolds(REPORT, JSON.readTree(CliRun.of("stats", "--json", pages.toString()).out()), "stats");
  }

  @Test
  void keptRepeatsHold() throws IOException {
    Path dump = Files.writeString(temp.resolve("d.txt"), REPEATS);

    List<JsonNode> records = assertRecords(CliRun.of("clean", "-q", "-o", "-", "--keep-duplicates", dump.toString()).out(), 2);

    assertThat(records.get(1).get("removed").get(0).get("kept").asBoolean()).isTrue();
    assertHolds(REPORT, JSON.readTree(CliRun.of("stats", "--json", "--keep-duplicates", dump.toString()).out()), "stats");
  }

  @Test
  void nearCopiesWithTheirSimilarityHold() throws IOException {
    String text = "石门县今年新修农村公路八十公里,连通全县所有村民小组,县交通局负责人介绍,明年将继续加密班线,方便山区群众出行。";
    Path dump = Files.writeString(temp.resolve("d.txt"), "# 一\n\n" + text + "\n\n# 二\n\n" + text.replace("所有", "") + "\n");

    List<JsonNode> records = assertRecords(CliRun.of("clean", "-q", "-o", "-", "--near", "paragraph", dump.toString()).out(), 2);

    assertThat(records.get(1).get("removed").findValues("similarity")).isNotEmpty();
  }

  @Test
  void theRecordSchemaRefusesAMissingARenamedAndAMisspeltField() throws IOException {
    Path dump = Files.writeString(temp.resolve("d.txt"), REPEATS);
    JsonNode good = JSON.readTree(CliRun.of("clean", "-q", "-o", "-", dump.toString()).out().lines().toList().get(1));
    assertThat(RECORD.validate(good)).isEmpty();

    ObjectNode missing = good.deepCopy();
    missing.remove("flags");
    ObjectNode renamed = good.deepCopy();
    renamed.set("headline", renamed.remove("title"));
    ObjectNode badReason = good.deepCopy();
    ((ObjectNode) badReason.get("removed").get(0)).put("reason", "dupe");
    ObjectNode badLine = good.deepCopy();
    ((ObjectNode) badLine.get("source")).put("first_line", 0);

    assertThat(RECORD.validate(missing)).isNotEmpty();
    assertThat(RECORD.validate(renamed)).isNotEmpty();
    assertThat(RECORD.validate(badReason)).isNotEmpty();
    assertThat(RECORD.validate(badLine)).isNotEmpty();
  }

  @Test
  void theReportSchemaRefusesAnUnknownFlagAndANegativeCount() throws IOException {
    JsonNode good = JSON.readTree(CliRun.of("stats", "--json", "samples").out());
    ObjectNode unknownFlag = good.deepCopy();
    ((ObjectNode) unknownFlag.get("flags")).put("orphan", 1);
    ObjectNode negative = good.deepCopy();
    negative.put("articles", -1);

    assertThat(REPORT.validate(unknownFlag)).isNotEmpty();
    assertThat(REPORT.validate(negative)).isNotEmpty();
  }

  private static List<JsonNode> assertRecords(String jsonLines, int atLeast) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    List<String> lines = jsonLines.lines().filter(l -> !l.isBlank()).toList();
    for (int i = 0; i < lines.size(); i++) {
      JsonNode record = JSON.readTree(lines.get(i));
      assertHolds(RECORD, record, "line " + (i + 1));
      records.add(record);
    }
    assertThat(records.size()).as("records").isGreaterThanOrEqualTo(atLeast);
    return records;
  }

  private static void assertHolds(Schema schema, JsonNode node, String where) {
    List<Error> errors = schema.validate(node);
    assertThat(errors).as(where).isEmpty();
  }

  private static Schema load(String name) {
    try (InputStream in = RecordSchemaTest.class.getResourceAsStream("/dev/newstidy/schema/" + name)) {
      assertThat(in).as(name + " in the jar's resources").isNotNull();
      return REGISTRY.getSchema(JSON.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
