package dev.newstidy.spark;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Reduces what the tasks of a round put into their paragraph indexes to each fingerprint's first
 * place, over the lines each task owns, and joins it back to every task that asked about that
 * fingerprint and starts after it: the exact-repeat verdicts of the next round.
 *
 * <p>Example: task 0 owns lines 1–40 of {@code a.txt} and put fingerprint 7 at line 12; task 1
 * starts at line 41 and asked about 7; task 1 gets {@code 7 → a.txt:12}, task 0 gets nothing for
 * it (pinned end to end by {@code SparkSplitTest}; {@link #hash} by {@code RecordingIndexTest}).
 */
final class ExactVerdicts {
  private ExactVerdicts() {}

  /** For each task, the fingerprints it asked about whose first owned place lies before its start. */
  static JavaPairRDD<Integer, Map<Long, Span>> of(
      JavaRDD<SplitResult> results, long[] startPos, Share[] shares, SplitPartitioner partitioner) {
    JavaPairRDD<Long, Tuple2<Long, Span>> first = firstPlaces(results, startPos, shares);
    JavaPairRDD<Long, Integer> asked =
        results.flatMapToPair(
            r -> {
              List<Tuple2<Long, Integer>> out = new ArrayList<>(r.asked().size());
              r.asked().forEach(fp -> out.add(new Tuple2<>(fp, r.split())));
              return out.iterator();
            });
    return mapPerSplit(
        asked
            .join(first)
            .filter(t -> t._2()._2()._1() < startPos[t._2()._1()])
            .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2()._2()))),
        partitioner);
  }

  /**
   * The first place of every fingerprint over what every task put on the lines it owns: its
   * run-order position ({@link SplitTask#pos}) and its span.
   */
  private static JavaPairRDD<Long, Tuple2<Long, Span>> firstPlaces(
      JavaRDD<SplitResult> results, long[] startPos, Share[] shares) {
    return results
        .flatMapToPair(
            r -> {
              Map<Long, Span> owned = RecordingIndex.firstOwned(r.puts(), shares[r.split()]);
              List<Tuple2<Long, Tuple2<Long, Span>>> out = new ArrayList<>(owned.size());
              int input = (int) (startPos[r.split()] >>> 40);
              owned.forEach((fp, span) -> out.add(
                  new Tuple2<>(fp, new Tuple2<>(SplitTask.pos(input, span.firstLine()), span))));
              return out.iterator();
            })
        .reduceByKey((a, b) -> a._1() <= b._1() ? a : b);
  }

  /** Gathers the (key, value) pairs meant for each split into one map per split. */
  static <K, V> JavaPairRDD<Integer, Map<K, V>> mapPerSplit(
      JavaPairRDD<Integer, Tuple2<K, V>> pairs, SplitPartitioner partitioner) {
    return pairs
        .aggregateByKey(
            new HashMap<K, V>(),
            partitioner,
            (m, v) -> {
              m.put(v._1(), v._2());
              return m;
            },
            (a, b) -> {
              a.putAll(b);
              return a;
            })
        .mapValues(m -> (Map<K, V>) m);
  }

  /** A digest of every task's verdicts, independent of order: equal digests, equal verdicts. */
  static long digest(JavaPairRDD<Integer, Map<Long, Span>> verdicts) {
    return verdicts.map(t -> hash(t._1(), t._2())).fold(0L, Long::sum);
  }

  /** A digest of one task's verdicts, independent of map order. */
  static long hash(int split, Map<Long, Span> verdicts) {
    List<Map.Entry<Long, Span>> entries = new ArrayList<>(verdicts.entrySet());
    entries.sort(Map.Entry.comparingByKey());
    Hasher h = Hashing.sha256().newHasher().putInt(split);
    for (Map.Entry<Long, Span> e : entries) {
      putSpan(h.putLong(e.getKey()), e.getValue());
    }
    return h.hash().asLong();
  }

  static Hasher putSpan(Hasher h, Span s) {
    return h.putString(s.path(), StandardCharsets.UTF_8).putLong(s.record()).putInt(s.firstLine()).putInt(s.lastLine());
  }
}
