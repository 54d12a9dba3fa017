package dev.newstidy.spark;

import dev.newstidy.input.InputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/**
 * {@code spark-submit --class dev.newstidy.spark.SparkMain newstidy-spark.jar clean IN... --output
 * URI}: the job's entry point. Exit codes as the CLI's: 0 ok, 2 usage error, 3 input or output
 * error.
 */
public final class SparkMain {
  private SparkMain() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the job in the session {@code spark-submit} made (or a local one); returns the exit code. */
  static int run(String... args) {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      return 2;
    }
    SparkSession spark = SparkSession.builder().appName("newstidy clean").getOrCreate();
    try {
      run(spark, options);
      return 0;
    } catch (InputException e) {
      System.err.println("error: " + e.getMessage());
      return 3;
    } catch (IOException e) {
      System.err.println("error: " + options.output() + ": " + e.getMessage());
      return 3;
    }
  }

  /** Cleans the inputs into {@code options.output()} in {@code spark}; returns the rounds it took. */
  static int run(SparkSession spark, JobOptions options) throws IOException {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    HadoopConf conf = new HadoopConf(sc.hadoopConfiguration());
    List<String> uris = HadoopInputs.resolve(options.inputs(), conf.get());
    SparkClean job = new SparkClean(options, conf);
    if (options.kind() == JobOptions.OutputKind.FILES) {
      ArticleFiles.checkTarget(options.output(), conf);
      job.writeFiles(sc, uris, System.err::println);
      return job.rounds();
    }
    JavaRDD<String> records = job.records(sc, uris, System.err::println);
    switch (options.kind()) {
      case JSONL -> writeJsonLines(records, options.output(), conf);
      case PARQUET -> writeParquet(spark, records, options.output());
      case FILES -> throw new IllegalStateException("written above");
    }
    return job.rounds();
  }

  /** The parts, {@code part-00000}, … in order, then {@link PartManifest} beside them. */
  static void writeJsonLines(JavaRDD<String> records, String output, HadoopConf conf) throws IOException {
    records.saveAsTextFile(output);
    List<PartManifest.Part> parts =
        new ArrayList<>(records
            .mapPartitionsWithIndex(
                (Integer index, Iterator<String> it) -> {
                  long count = 0;
                  long bytes = 0;
                  while (it.hasNext()) {
                    count++;
                    bytes += it.next().getBytes(StandardCharsets.UTF_8).length + 1;
                  }
                  return List.of(new PartManifest.Part(index, count, bytes)).iterator();
                },
                true)
            .collect());
    parts.sort(Comparator.comparingInt(PartManifest.Part::index));
    Path manifest = new Path(output, PartManifest.NAME);
    FileSystem fs = manifest.getFileSystem(conf.get());
    try (OutputStream out = fs.create(manifest, false)) {
      out.write(PartManifest.render(parts).getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * One Parquet row per record, the columns of {@link RecordSchema}: the records are read with that
   * fixed schema (a record that does not fit it fails the job) and written one file per partition,
   * so the files in name order hold the rows in record order.
   */
  static void writeParquet(SparkSession spark, JavaRDD<String> records, String output) {
    Dataset<String> lines = spark.createDataset(records.rdd(), Encoders.STRING());
    spark.read().schema(RecordSchema.RECORD).option("mode", "FAILFAST").json(lines).write().parquet(output);
  }
}
