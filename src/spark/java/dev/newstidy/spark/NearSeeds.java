package dev.newstidy.spark;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import dev.newstidy.stage.dedup.NearDuplicateIndex;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Groups the paragraphs the tasks of a round met in their near-copy indexes by MinHash band key,
 * in one shuffle, and gives each task the paragraphs before its start that its index must hold to
 * answer as the CLI's: for each band key it files or looks up a paragraph under, the {@value
 * #PER_BAND} most recent paragraphs filed under that key on lines their tasks own (older ones are
 * never weighed), in run order. The task's own index then confirms candidates by exact Jaccard
 * similarity and keeps the earliest, as the CLI's does.
 *
 * <p>Example: 20 owned paragraphs share a band key before task 3's start and task 3 files one
 * under it: task 3 gets the 16 most recent of them; a paragraph in task 2's look-ahead (owned by
 * task 3) seeds nobody before task 3 (pinned end to end by {@code SparkSplitTest} and {@code
 * SparkCleanTest}).
 */
final class NearSeeds {
  /** Of each band's earlier paragraphs, the near-copy index weighs only this many most recent. */
  static final int PER_BAND = 16;

  private NearSeeds() {}

  /** For each task, its seeds in run order, under {@code shares}' ownership. */
  static JavaPairRDD<Integer, List<NearItem>> of(
      JavaRDD<SplitResult> results, long[] startPos, Share[] shares, SplitPartitioner partitioner) {
    return results
        .flatMap(
            r -> {
              List<NearItem> asking = new ArrayList<>(r.nearAdds().size() + r.nearLookups().size());
              asking.addAll(r.nearAdds());
              asking.addAll(r.nearLookups());
              return asking.iterator();
            })
        .flatMapToPair(
            item -> {
              List<Tuple2<Long, NearItem>> out = new ArrayList<>();
              for (long key : NearDuplicateIndex.bandKeysOf(item.text())) {
                out.add(new Tuple2<>(key, item));
              }
              return out.iterator();
            })
        .groupByKey()
        .flatMapToPair(band -> seedsOfBand(band._2(), startPos, shares))
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

  /** Of one band's paragraphs, the most recent owned ones before each asking task's start. */
  private static java.util.Iterator<Tuple2<Integer, NearItem>> seedsOfBand(
      Iterable<NearItem> band, long[] startPos, Share[] shares) {
    List<NearItem> owned = new ArrayList<>();
    Set<Integer> askers = new TreeSet<>();
    for (NearItem item : band) {
      askers.add(item.split());
      if (item.filed() && shares[item.split()].ownsLine(item.span().firstLine())) {
        owned.add(item);
      }
    }
    owned.sort(Comparator.comparingLong(NearSeeds::order));
    List<Tuple2<Integer, NearItem>> out = new ArrayList<>();
    for (int split : askers) {
      int end = 0;
      while (end < owned.size() && owned.get(end).pos() < startPos[split]) {
        end++;
      }
      for (int k = Math.max(0, end - PER_BAND); k < end; k++) {
        out.add(new Tuple2<>(split, owned.get(k)));
      }
    }
    return out.iterator();
  }

  /** An item's place in the run as one sortable number. */
  private static long order(NearItem item) {
    return ((long) item.split() << 32) | item.seq();
  }

  /** A digest of every task's seeds, independent of task order: equal digests, equal seeds. */
  static long digest(JavaPairRDD<Integer, List<NearItem>> seeds) {
    return seeds.map(t -> hash(t._1(), t._2())).fold(0L, Long::sum);
  }

  /** A digest of one task's seeds, in their order. */
  static long hash(int split, List<NearItem> seeds) {
    Hasher h = Hashing.sha256().newHasher().putInt(split);
    for (NearItem item : seeds) {
      ExactVerdicts.putSpan(h.putLong(item.pos()), item.span()).putString(item.text(), StandardCharsets.UTF_8);
    }
    return h.hash().asLong();
  }
}
