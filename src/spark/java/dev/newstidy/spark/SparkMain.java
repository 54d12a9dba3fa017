package dev.newstidy.spark;

import dev.newstidy.input.InputException;
import java.io.IOException;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
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

  /** Cleans the inputs into {@code options.output()} in {@code spark}. */
  static void run(SparkSession spark, JobOptions options) throws IOException {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    HadoopConf conf = new HadoopConf(sc.hadoopConfiguration());
    List<String> uris = HadoopInputs.resolve(options.inputs(), conf.get());
    JavaRDD<String> records = new SparkClean(options, conf).records(sc, uris, System.err::println);
    records.saveAsTextFile(options.output());
  }
}
