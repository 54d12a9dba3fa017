package dev.newstidy.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The Spark session every job test runs in: {@code local[2]} as on a 2-core machine, no web UI, the
 * driver on the loopback address (with {@code SPARK_LOCAL_IP=127.0.0.1}, as CI runs it), and few
 * shuffle partitions, since the test inputs are small.
 */
final class LocalSpark {
  private LocalSpark() {}

  static SparkSession start(String appName) {
    return SparkSession.builder()
        .master("local[2]")
        .appName(appName)
        .config("spark.ui.enabled", false)
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", 4)
        .getOrCreate();
  }
}
