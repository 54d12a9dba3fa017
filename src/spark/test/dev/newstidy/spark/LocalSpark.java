package dev.newstidy.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The Spark session every job test runs in: {@code local[2]} as on a 2-core machine, no web UI, the
 * driver on the loopback address (with {@code SPARK_LOCAL_IP=127.0.0.1}, as CI runs it), and few
 * shuffle partitions, since the test inputs are small. One session serves every test class of the
 * JVM (starting one costs seconds); Spark stops it when the JVM exits.
 */
final class LocalSpark {
  private LocalSpark() {}

  static SparkSession start() {
    return SparkSession.builder()
        .master("local[2]")
        .appName("newstidy-test")
        .config("spark.ui.enabled", false)
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", 4)
        .getOrCreate();
  }
}
