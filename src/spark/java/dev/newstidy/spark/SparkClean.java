package dev.newstidy.spark;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.Optional;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The job: the CLI's run over every split, with run-wide repeats decided globally so that the
 * records are the CLI's, ids and order included.
 *
 * <p>A repeat's verdict needs only what came before it: every fingerprint the earlier splits put
 * into the paragraph index, with its first place. So each round runs the pipeline on every split
 * with the verdicts of the round before joined in (round 0 with none: each split alone), gathers
 * the fingerprints each split put (blocks as scraped, and paragraphs a join made whole, which only
 * the pipeline knows), reduces them to their first split, and joins each back to the later splits
 * that hold it. When no split put other fingerprints than in the round before, the verdicts agree
 * with what they were drawn from and the records are the CLI's: split 0 sees no verdict, and each
 * split's verdicts are then its CLI index. That is two rounds, unless a split's removals change
 * which paragraphs its joins make, which adds a round (at most one per split, in order).
 */
final class SparkClean implements Serializable {
  private static final long serialVersionUID = 1L;

  private final JobOptions options;
  private final HadoopConf conf;

  SparkClean(JobOptions options, HadoopConf conf) {
    this.options = options;
    this.conf = conf;
  }

  /** The records of the run, in input order with run ids, one JSON object per element. */
  JavaRDD<String> records(JavaSparkContext sc, List<String> uris, Consumer<String> warnings) {
    int n = uris.size();
    SplitPartitioner partitioner =
        new SplitPartitioner(n, options.partitions() == 0 ? n : options.partitions());
    List<Tuple2<Integer, String>> numbered = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      numbered.add(new Tuple2<>(i, uris.get(i)));
    }
    JavaPairRDD<Integer, String> splits = sc.parallelizePairs(numbered).partitionBy(partitioner);
    JavaPairRDD<Integer, Map<Long, Span>> verdicts = JavaPairRDD.fromJavaRDD(sc.emptyRDD());
    Map<Integer, Long> before = null;
    JavaRDD<SplitResult> results = null;
    for (int round = 0; round <= n; round++) {
      JavaRDD<SplitResult> next = clean(splits.leftOuterJoin(verdicts, partitioner));
      next.persist(StorageLevel.MEMORY_AND_DISK());
      Map<Integer, Long> puts = next.mapToPair(r -> new Tuple2<>(r.split(), hash(r.puts()))).collectAsMap();
      if (results != null) {
        results.unpersist(false);
      }
      results = next;
      if (puts.equals(before)) {
        break;
      }
      before = new HashMap<>(puts);
      verdicts = verdictsOf(results, partitioner);
    }
    List<Tuple2<Integer, Integer>> counts = results.map(r -> new Tuple2<>(r.split(), r.records().size())).collect();
    long[] firstId = new long[n];
    long next = 1;
    List<Tuple2<Integer, Integer>> ordered = new ArrayList<>(counts);
    ordered.sort(Comparator.comparing(Tuple2::_1));
    for (Tuple2<Integer, Integer> c : ordered) {
      firstId[c._1()] = next;
      next += c._2();
    }
    results.map(r -> new Tuple2<>(r.split(), r.warnings())).collect().stream()
        .sorted(Comparator.comparing(Tuple2::_1))
        .forEach(w -> w._2().forEach(warnings));
    return results.flatMap(r -> numbered(r, firstId[r.split()]).iterator());
  }

  /** Runs each split of a partition in input order, with its verdicts. */
  private JavaRDD<SplitResult> clean(JavaPairRDD<Integer, Tuple2<String, Optional<Map<Long, Span>>>> joined) {
    return joined.mapPartitions(
        (Iterator<Tuple2<Integer, Tuple2<String, Optional<Map<Long, Span>>>>> it) -> {
          List<Tuple2<Integer, Tuple2<String, Optional<Map<Long, Span>>>>> mine = new ArrayList<>();
          it.forEachRemaining(mine::add);
          mine.sort(Comparator.comparing(Tuple2::_1));
          List<SplitResult> out = new ArrayList<>();
          for (Tuple2<Integer, Tuple2<String, Optional<Map<Long, Span>>>> s : mine) {
            String uri = s._2()._1();
            Map<Long, Span> earlier = s._2()._2().orElse(Collections.emptyMap());
            out.add(SplitCleaner.clean(s._1(), HadoopInputs.source(uri, conf), options, earlier));
          }
          return out.iterator();
        },
        true);
  }

  /**
   * For each split, the fingerprints it put whose first occurrence is in an earlier split, with
   * that occurrence: pass 1's fingerprints reduced to their first position, joined back in.
   */
  private static JavaPairRDD<Integer, Map<Long, Span>> verdictsOf(
      JavaRDD<SplitResult> results, SplitPartitioner partitioner) {
    JavaPairRDD<Long, Tuple2<Integer, Span>> occurrences =
        results.flatMapToPair(
            r -> {
              List<Tuple2<Long, Tuple2<Integer, Span>>> out = new ArrayList<>(r.puts().size());
              r.puts().forEach((fp, span) -> out.add(new Tuple2<>(fp, new Tuple2<>(r.split(), span))));
              return out.iterator();
            });
    JavaPairRDD<Long, Tuple2<Integer, Span>> first = occurrences.reduceByKey((a, b) -> a._1() <= b._1() ? a : b);
    return occurrences
        .join(first)
        .filter(t -> t._2()._2()._1() < t._2()._1()._1())
        .mapToPair(t -> new Tuple2<>(t._2()._1()._1(), new Tuple2<>(t._1(), t._2()._2()._2())))
        .aggregateByKey(
            new HashMap<Long, Span>(),
            partitioner,
            (m, v) -> {
              m.put(v._1(), v._2());
              return m;
            },
            (a, b) -> {
              a.putAll(b);
              return a;
            })
        .mapValues(m -> (Map<Long, Span>) m);
  }

  private static List<String> numbered(SplitResult r, long firstId) {
    List<String> out = new ArrayList<>(r.records().size());
    long id = firstId;
    for (String record : r.records()) {
      out.add(RecordIds.withId(record, id++));
    }
    return out;
  }

  /** A digest of a split's puts, independent of map order: equal digests, equal verdicts. */
  static long hash(Map<Long, Span> puts) {
    List<Map.Entry<Long, Span>> entries = new ArrayList<>(puts.entrySet());
    entries.sort(Map.Entry.comparingByKey());
    Hasher h = Hashing.sha256().newHasher();
    for (Map.Entry<Long, Span> e : entries) {
      Span s = e.getValue();
      h.putLong(e.getKey()).putString(s.path(), StandardCharsets.UTF_8).putLong(s.record())
          .putInt(s.firstLine()).putInt(s.lastLine());
    }
    return h.hash().asLong();
  }
}
