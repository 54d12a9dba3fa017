package dev.newstidy.spark;

import com.google.common.collect.Iterables;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import dev.newstidy.stage.dedup.NearDuplicateIndex;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;
import scala.Tuple4;

/**
 * The job: the CLI's run over every split, with run-wide repeats decided globally so that the
 * records are the CLI's, ids and order included.
 *
 * <p>A repeat's verdict needs only what came before it: every fingerprint the earlier splits put
 * into the paragraph index, with its first place, and with {@code --near paragraph} the earlier
 * paragraphs that share a MinHash band with it. So each round runs the pipeline on every split with
 * the verdicts of the round before joined in (round 0 with none: each split alone), gathers what
 * each split put (blocks as scraped, and paragraphs a join made whole, which only the pipeline
 * knows), reduces fingerprints to their first split and bands to their 16 most recent earlier
 * members (all the near-copy index ever weighs), and joins them back to the later splits that hold
 * them. When no split put other things than in the round before, the verdicts agree with what they
 * were drawn from and the records are the CLI's: split 0 sees no verdict, and each split's verdicts
 * are then what the CLI's indexes held when it got there. That is two rounds, unless a split's
 * removals change which paragraphs its joins make, which adds a round (at most one per split).
 */
final class SparkClean implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Of each band's earlier paragraphs, the near-copy index weighs only this many most recent. */
  private static final int PER_BAND = 16;

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
    JavaPairRDD<Integer, List<NearItem>> nearSeeds = JavaPairRDD.fromJavaRDD(sc.emptyRDD());
    JavaPairRDD<Integer, Map<String, Integer>> shortSeeds = JavaPairRDD.fromJavaRDD(sc.emptyRDD());
    long[] distinctBefore = new long[n];
    Map<Integer, Long> before = null;
    JavaRDD<SplitResult> results = null;
    for (int round = 0; round <= n; round++) {
      JavaRDD<SplitResult> next = clean(splits.cogroup(verdicts, nearSeeds, shortSeeds, partitioner), distinctBefore);
      next.persist(StorageLevel.MEMORY_AND_DISK());
      Map<Integer, Long> puts = new HashMap<>(next.mapToPair(r -> new Tuple2<>(r.split(), digest(r))).collectAsMap());
      if (results != null) {
        results.unpersist(false);
      }
      results = next;
      if (puts.equals(before)) {
        break;
      }
      before = puts;
      verdicts = verdictsOf(results, partitioner);
      nearSeeds = nearSeedsOf(results, partitioner);
      if (round == 0) {
        // Triage comes before any repeat is judged, so what round 0 met is final; later rounds,
        // seeded, stop counting a line once it is furniture, and would under-count it.
        shortSeeds = shortLineSeedsOf(results, partitioner).persist(StorageLevel.MEMORY_AND_DISK());
        distinctBefore = distinctShortLinesBefore(results, n);
      }
    }
    List<Tuple2<Integer, Integer>> counts =
        new ArrayList<>(results.map(r -> new Tuple2<>(r.split(), r.records().size())).collect());
    counts.sort(Comparator.comparing(Tuple2::_1));
    long[] firstId = new long[n];
    long next = 1;
    for (Tuple2<Integer, Integer> c : counts) {
      firstId[c._1()] = next;
      next += c._2();
    }
    results.map(r -> new Tuple2<>(r.split(), r.warnings())).collect().stream()
        .sorted(Comparator.comparing(Tuple2::_1))
        .forEach(w -> w._2().forEach(warnings));
    return results.flatMap(r -> numbered(r, firstId[r.split()]).iterator());
  }

  /** Runs each split of a partition in input order, with its verdicts. */
  private JavaRDD<SplitResult> clean(
      JavaPairRDD<Integer, Tuple4<Iterable<String>, Iterable<Map<Long, Span>>, Iterable<List<NearItem>>, Iterable<Map<String, Integer>>>> joined, long[] distinctBefore) {
    return joined.mapPartitions(
        (Iterator<Tuple2<Integer, Tuple4<Iterable<String>, Iterable<Map<Long, Span>>, Iterable<List<NearItem>>, Iterable<Map<String, Integer>>>>> it) -> {
          TreeMap<Integer, Tuple4<Iterable<String>, Iterable<Map<Long, Span>>, Iterable<List<NearItem>>, Iterable<Map<String, Integer>>>> mine =
              new TreeMap<>();
          it.forEachRemaining(t -> mine.put(t._1(), t._2()));
          List<SplitResult> out = new ArrayList<>();
          for (Map.Entry<Integer, Tuple4<Iterable<String>, Iterable<Map<Long, Span>>, Iterable<List<NearItem>>, Iterable<Map<String, Integer>>>> s :
              mine.entrySet()) {
            String uri = Iterables.getOnlyElement(s.getValue()._1());
            Map<Long, Span> earlier = Iterables.getOnlyElement(s.getValue()._2(), Collections.emptyMap());
            List<NearItem> seeds = Iterables.getOnlyElement(s.getValue()._3(), List.of());
            Map<String, Integer> lines = Iterables.getOnlyElement(s.getValue()._4(), Collections.emptyMap());
            SeededShortLines shortLines = new SeededShortLines(lines, distinctBefore[s.getKey()]);
            out.add(
                SplitCleaner.clean(s.getKey(), HadoopInputs.source(uri, conf), options, earlier, seeds, shortLines));
          }
          return out.iterator();
        },
        true);
  }

  /**
   * For each split, the fingerprints it put whose first occurrence is in an earlier split, with
   * that occurrence: the fingerprints reduced to their first position, joined back in.
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
    return mapPerSplit(
        occurrences
            .join(first)
            .filter(t -> t._2()._2()._1() < t._2()._1()._1())
            .mapToPair(t -> new Tuple2<>(t._2()._1()._1(), new Tuple2<>(t._1(), t._2()._2()._2()))),
        partitioner);
  }

  /** Gathers the (key, value) pairs meant for each split into one map per split. */
  private static <K, V> JavaPairRDD<Integer, Map<K, V>> mapPerSplit(
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

  /**
   * For each split, the paragraphs of earlier splits its near-copy index must hold to answer as the
   * CLI's: grouped by MinHash band key, each split that files or looks up a paragraph under a key
   * gets the {@value #PER_BAND} most recent paragraphs that earlier splits filed under it (older
   * ones are never weighed), in run order. A paragraph only looked up (just under the index's least
   * length) is routed like one filed, but is never sent on.
   */
  private static JavaPairRDD<Integer, List<NearItem>> nearSeedsOf(
      JavaRDD<SplitResult> results, SplitPartitioner partitioner) {
    return results
        .flatMapToPair(
            r -> {
              List<Tuple2<NearItem, Boolean>> out = new ArrayList<>(r.nearAdds().size() + r.nearLookups().size());
              r.nearAdds().forEach(item -> out.add(new Tuple2<>(item, true)));
              r.nearLookups().forEach(item -> out.add(new Tuple2<>(item, false)));
              return out.iterator();
            })
        .flatMapToPair(
            tagged -> {
              List<Tuple2<Long, Tuple2<NearItem, Boolean>>> out = new ArrayList<>();
              for (long key : NearDuplicateIndex.bandKeysOf(tagged._1().text())) {
                out.add(new Tuple2<>(key, tagged));
              }
              return out.iterator();
            })
        .groupByKey()
        .flatMapToPair(
            band -> {
              List<Tuple2<NearItem, Boolean>> items = new ArrayList<>();
              band._2().forEach(items::add);
              items.sort(
                  Comparator.comparing((Tuple2<NearItem, Boolean> t) -> t._1().split())
                      .thenComparing(t -> !t._2())
                      .thenComparing(t -> t._1().seq()));
              List<Tuple2<Integer, NearItem>> out = new ArrayList<>();
              // The filed paragraphs of the splits before the current one, in run order.
              List<NearItem> filedBefore = new ArrayList<>();
              List<NearItem> filedHere = new ArrayList<>();
              for (int i = 0; i < items.size(); i++) {
                NearItem item = items.get(i)._1();
                if (i == 0 || item.split() != items.get(i - 1)._1().split()) {
                  filedBefore.addAll(filedHere);
                  filedHere.clear();
                  for (int k = Math.max(0, filedBefore.size() - PER_BAND); k < filedBefore.size(); k++) {
                    out.add(new Tuple2<>(item.split(), filedBefore.get(k)));
                  }
                }
                if (items.get(i)._2()) {
                  filedHere.add(item);
                }
              }
              return out.iterator();
            })
        .aggregateByKey(
            new TreeMap<Long, NearItem>(),
            partitioner,
            (m, item) -> {
              m.put(order(item), item);
              return m;
            },
            (a, b) -> {
              a.putAll(b);
              return a;
            })
        .mapValues(m -> (List<NearItem>) new ArrayList<>(m.values()));
  }

  /**
   * For each split, the short lines it met that earlier splits met too, with the documents of
   * earlier splits they stood in (2 is as many as the triage counts): what the CLI's memory of
   * short lines held when it reached the split.
   */
  private static JavaPairRDD<Integer, Map<String, Integer>> shortLineSeedsOf(
      JavaRDD<SplitResult> results, SplitPartitioner partitioner) {
    return mapPerSplit(
        results
            .flatMapToPair(
                r -> {
                  List<Tuple2<String, Tuple2<Integer, Integer>>> out = new ArrayList<>(r.shortLines().size());
                  r.shortLines().forEach((key, docs) -> out.add(new Tuple2<>(key, new Tuple2<>(r.split(), docs))));
                  return out.iterator();
                })
            .groupByKey()
            .flatMapToPair(
                line -> {
                  List<Tuple2<Integer, Integer>> seen = new ArrayList<>();
                  line._2().forEach(seen::add);
                  seen.sort(Comparator.comparing(Tuple2::_1));
                  List<Tuple2<Integer, Tuple2<String, Integer>>> out = new ArrayList<>();
                  int before = 0;
                  for (Tuple2<Integer, Integer> s : seen) {
                    if (before > 0) {
                      out.add(new Tuple2<>(s._1(), new Tuple2<>(line._1(), Math.min(before, 2))));
                    }
                    before += s._2();
                  }
                  return out.iterator();
                }),
        partitioner);
  }

  /** For each split, how many distinct short lines the splits before it met. */
  private static long[] distinctShortLinesBefore(JavaRDD<SplitResult> results, int n) {
    Map<Integer, Long> firstMet =
        results
            .flatMapToPair(
                r -> {
                  List<Tuple2<String, Integer>> out = new ArrayList<>(r.shortLines().size());
                  r.shortLines().keySet().forEach(key -> out.add(new Tuple2<>(key, r.split())));
                  return out.iterator();
                })
            .reduceByKey(Math::min)
            .values()
            .countByValue();
    long[] before = new long[n];
    long sum = 0;
    for (int i = 0; i < n; i++) {
      before[i] = sum;
      sum += firstMet.getOrDefault(i, 0L);
    }
    return before;
  }

  /** An item's place in the run as one sortable number. */
  private static long order(NearItem item) {
    return ((long) item.split() << 32) | item.seq();
  }

  private static List<String> numbered(SplitResult r, long firstId) {
    List<String> out = new ArrayList<>(r.records().size());
    long id = firstId;
    for (String record : r.records()) {
      out.add(RecordIds.withId(record, id++));
    }
    return out;
  }

  /**
   * A digest of what a split put into its indexes, independent of map order: equal digests, equal
   * verdicts for the splits after it.
   */
  static long digest(SplitResult r) {
    Hasher h = Hashing.sha256().newHasher();
    h.putLong(hash(r.puts()));
    for (NearItem item : r.nearAdds()) {
      putSpan(h, item.span()).putString(item.text(), StandardCharsets.UTF_8);
    }
    // What a split looks up decides what reaches it next round, though it files nothing.
    h.putInt(r.nearLookups().size());
    for (NearItem item : r.nearLookups()) {
      putSpan(h, item.span()).putString(item.text(), StandardCharsets.UTF_8);
    }
    return h.hash().asLong();
  }

  /** A digest of a split's fingerprint puts, independent of map order. */
  static long hash(Map<Long, Span> puts) {
    List<Map.Entry<Long, Span>> entries = new ArrayList<>(puts.entrySet());
    entries.sort(Map.Entry.comparingByKey());
    Hasher h = Hashing.sha256().newHasher();
    for (Map.Entry<Long, Span> e : entries) {
      putSpan(h.putLong(e.getKey()), e.getValue());
    }
    return h.hash().asLong();
  }

  private static Hasher putSpan(Hasher h, Span s) {
    return h.putString(s.path(), StandardCharsets.UTF_8).putLong(s.record()).putInt(s.firstLine()).putInt(s.lastLine());
  }
}
