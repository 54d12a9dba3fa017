package dev.newstidy.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's outputs beside the JSON Lines parts: {@code _manifest.jsonl} lists the parts, and
 * {@code --output-format parquet} gives one row per record, the same records in the same order.
 */
class SparkOutputTest {
  static final Path SAMPLES = Path.of("samples").toAbsolutePath();

  static SparkSession spark;

  @TempDir Path temp;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start();
  }


  @Test
  void manifestListsThePartsWithTheirRecordsAndBytes() throws IOException {
    Path out = run(); // one part per input: the two samples
    List<String> manifest = Files.readAllLines(out.resolve(PartManifest.NAME), StandardCharsets.UTF_8);
    List<Path> parts = parts(out, "part-");
    assertThat(manifest).hasSize(parts.size()).hasSize(2);
    ObjectMapper json = new ObjectMapper();
    long nextId = 1;
    for (int i = 0; i < parts.size(); i++) {
      JsonNode line = json.readTree(manifest.get(i));
      List<String> records = Files.readAllLines(parts.get(i), StandardCharsets.UTF_8);
      assertThat(line.get("file").asText()).isEqualTo(parts.get(i).getFileName().toString());
      assertThat(line.get("records").asLong()).isEqualTo(records.size());
      assertThat(line.get("bytes").asLong()).isEqualTo(Files.size(parts.get(i)));
      if (!records.isEmpty()) {
        assertThat(line.get("first_id").asLong()).isEqualTo(json.readTree(records.get(0)).get("id").asLong()).isEqualTo(nextId);
        assertThat(line.get("last_id").asLong())
            .isEqualTo(json.readTree(records.get(records.size() - 1)).get("id").asLong());
      } else {
        assertThat(line.get("first_id").isNull()).isTrue();
      }
      nextId += records.size();
    }
    assertThat(nextId).isGreaterThan(1);
  }

  @Test
  void parquetRowsAreTheJsonLinesRecordsInOrder() throws IOException {
    Path jsonOut = run("--partitions", "2");
    Path parquetOut = run("--partitions", "2", "--output-format", "parquet");
    List<String> records = new ArrayList<>();
    for (Path part : parts(jsonOut, "part-")) {
      records.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
    }
    List<Row> rows = new ArrayList<>();
    for (Path file : parts(parquetOut, "part-")) {
      rows.addAll(spark.read().parquet(file.toUri().toString()).collectAsList());
    }
    assertThat(rows).hasSize(records.size()).isNotEmpty();
    assertThat(rows.get(0).schema()).isEqualTo(RecordSchema.RECORD);

    ObjectMapper json = new ObjectMapper();
    for (int i = 0; i < records.size(); i++) {
      JsonNode record = json.readTree(records.get(i));
      Row row = rows.get(i);
      assertThat(row.<Long>getAs("id")).isEqualTo(record.get("id").asLong());
      for (String scalar : List.of("lang", "title", "subtitle", "dateline", "date", "publisher", "url")) {
        JsonNode value = record.get(scalar);
        assertThat(row.<String>getAs(scalar)).as("%s of record %d", scalar, i).isEqualTo(value.isNull() ? null : value.asText());
      }
      assertThat(row.<Long>getAs("schema")).isEqualTo(record.get("schema").asLong());
      List<String> body = new ArrayList<>();
      record.get("body").forEach(p -> body.add(p.get("text").asText()));
      List<String> rowBody = new ArrayList<>();
      row.<scala.collection.Seq<Row>>getAs("body").foreach(p -> rowBody.add(p.<String>getAs("text")));
      assertThat(rowBody).isEqualTo(body);
      assertThat(row.<Row>getAs("source").<String>getAs("path")).isEqualTo(record.get("source").get("path").asText());
    }
    // Every column, nested ones included: the JSON Lines read with the same fixed schema.
    Dataset<String> lines = spark.createDataset(records, Encoders.STRING());
    assertThat(spark.read().schema(RecordSchema.RECORD).json(lines).collectAsList()).isEqualTo(rows);
  }

  @Test
  void schemaHasEveryFieldTheRecordsHold() throws IOException {
    Path out = run("--keep-duplicates", "--near", "paragraph");
    Set<String> fields = new LinkedHashSet<>();
    ObjectMapper json = new ObjectMapper();
    for (Path part : parts(out, "part-")) {
      for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
        Iterator<String> names = json.readTree(line).fieldNames();
        names.forEachRemaining(fields::add);
      }
    }
    assertThat(List.of(RecordSchema.RECORD.fieldNames())).containsExactlyElementsOf(fields);
  }

  @Test
  void aRecordThatDoesNotFitTheSchemaFailsTheJobInsteadOfBecomingNulls() {
    // An id that is not a number: Spark's lenient reader would write a row of nulls.
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<String> records = sc.parallelize(List.of("{\"schema\":2,\"id\":\"seven\",\"lang\":\"zh-Hans\"}"), 1);
    String out = temp.resolve("bad").toUri().toString();
    assertThatThrownBy(() -> SparkMain.writeParquet(spark, records, out)).hasStackTraceContaining("seven");
  }

  @Test
  void aRecordWithoutItsOptionalFieldsGivesNullColumns() {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<String> records = sc.parallelize(List.of("{\"schema\":2,\"id\":3,\"lang\":\"zh-Hans\",\"title\":\"柳河镇新桥通车\","
                + "\"source\":{\"path\":\"a.jsonl\",\"fields\":{\"section\":\"要闻\",\"page\":3,\"tags\":[\"桥\"]}}}"),
            1);
    String out = temp.resolve("sparse").toUri().toString();
    SparkMain.writeParquet(spark, records, out);
    Row row = spark.read().parquet(out).first();
    assertThat(row.schema()).isEqualTo(RecordSchema.RECORD);
    assertThat(row.<String>getAs("title")).isEqualTo("柳河镇新桥通车");
    assertThat(row.<Object>getAs("byline")).isNull();
    // source.fields: a string stays itself, another value is kept as its JSON text.
    assertThat(row.<Row>getAs("source").getJavaMap(row.<Row>getAs("source").fieldIndex("fields")))
        .containsEntry("section", "要闻")
        .containsEntry("page", "3")
        .containsEntry("tags", "[\"桥\"]");
  }

  private Path run(String... options) throws IOException {
    Path out = temp.resolve("out-" + System.nanoTime());
    List<String> args = new ArrayList<>(List.of("clean", SAMPLES.toString(), "--output", out.toUri().toString()));
    args.addAll(List.of(options));
    SparkMain.run(spark, JobOptions.parse(args.toArray(String[]::new)));
    return out;
  }

  private static List<Path> parts(Path folder, String prefix) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
    }
  }
}
