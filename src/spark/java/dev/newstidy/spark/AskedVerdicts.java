package dev.newstidy.spark;

import com.google.common.collect.Iterables;
import dev.newstidy.stage.dedup.NearDuplicateIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;
import scala.Tuple3;

/**
 * Digests the verdicts a round ran with, narrowed to what its tasks asked: a verdict for a
 * fingerprint a task did not ask about, or a near seed that shares no band key with a paragraph the
 * task looked up, was never consulted, so it cannot have changed the round. The round is the last
 * when this digest equals that of the verdicts drawn again from its records ({@link
 * ExactVerdicts#digest}, {@link NearSeeds#digest}), which hold only what was asked.
 *
 * <p>Example: round 0 ran without exact verdicts, so a repeat of an earlier task's paragraph was
 * looked up in the near-copy index and asked for seeds under its band keys; round 1, with the
 * verdict, removes it as an exact repeat and asks no more: the seeds it got for those keys alone
 * are left out, and round 1 is the last if the rest agree (pinned by {@code AskedVerdictsTest}, and
 * end to end by {@code SparkLargeDumpTest}, which prints the rounds).
 */
final class AskedVerdicts {
  private AskedVerdicts() {}

  /** The digest of {@code exact} and {@code near} narrowed to what each task of {@code results} asked. */
  static long digest(
      JavaRDD<SplitResult> results,
      JavaPairRDD<Integer, Map<Long, Span>> exact,
      JavaPairRDD<Integer, List<NearItem>> near,
      SplitPartitioner partitioner) {
    JavaPairRDD<Integer, Tuple2<Set<Long>, Set<Long>>> asked =
        results.mapToPair(r -> new Tuple2<>(r.split(), new Tuple2<>(asked(r), bandKeys(r))));
    Tuple2<Long, Long> sums =
        asked
            .cogroup(exact, near, partitioner)
            .map(t -> narrowedHashes(t._1(), t._2()))
            .fold(new Tuple2<>(0L, 0L), (a, b) -> new Tuple2<>(a._1() + b._1(), a._2() + b._2()));
    return sums._1() * 31 + sums._2();
  }

  private static Set<Long> asked(SplitResult r) {
    return new HashSet<>(r.asked());
  }

  /** Every band key a task filed or looked up a paragraph under. */
  static Set<Long> bandKeys(SplitResult r) {
    Set<Long> keys = new HashSet<>();
    for (List<NearItem> items : List.of(r.nearAdds(), r.nearLookups())) {
      for (NearItem item : items) {
        for (long key : NearDuplicateIndex.bandKeysOf(item.text())) {
          keys.add(key);
        }
      }
    }
    return keys;
  }

  /** The exact verdicts for the fingerprints a task asked about. */
  static Map<Long, Span> narrowExact(Map<Long, Span> given, Set<Long> asked) {
    Map<Long, Span> out = new HashMap<>(given);
    out.keySet().retainAll(asked);
    return out;
  }

  /** The near seeds, in order, that share a band key with a paragraph the task filed or looked up. */
  static List<NearItem> narrowNear(List<NearItem> seeds, Set<Long> bandKeys) {
    List<NearItem> out = new ArrayList<>();
    for (NearItem seed : seeds) {
      for (long key : NearDuplicateIndex.bandKeysOf(seed.text())) {
        if (bandKeys.contains(key)) {
          out.add(seed);
          break;
        }
      }
    }
    return out;
  }

  /** One task's exact and near hashes, each 0 when nothing asked was given, as a drawn one lacks. */
  private static Tuple2<Long, Long> narrowedHashes(
      int split, Tuple3<Iterable<Tuple2<Set<Long>, Set<Long>>>, Iterable<Map<Long, Span>>, Iterable<List<NearItem>>> t) {
    Tuple2<Set<Long>, Set<Long>> asked = Iterables.getOnlyElement(t._1(), new Tuple2<>(Set.of(), Set.of()));
    Map<Long, Span> exact = narrowExact(Iterables.getOnlyElement(t._2(), Collections.emptyMap()), asked._1());
    List<NearItem> near = narrowNear(Iterables.getOnlyElement(t._3(), List.<NearItem>of()), asked._2());
    return new Tuple2<>(
        exact.isEmpty() ? 0L : ExactVerdicts.hash(split, exact), near.isEmpty() ? 0L : NearSeeds.hash(split, near));
  }
}
