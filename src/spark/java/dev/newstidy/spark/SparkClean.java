package dev.newstidy.spark;

import com.google.common.collect.Iterables;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;
import scala.Tuple4;

/**
 * The job: the CLI's run over every task, with run-wide repeats decided globally so that the
 * records are the CLI's, ids and order included.
 *
 * <p>A task is a whole input, or a part of a large text dump ({@link SplitPlan}). A repeat's
 * verdict needs only what came before it: every fingerprint put into the paragraph index before
 * the task's start, with its first place ({@link ExactVerdicts}), with {@code --near paragraph} the
 * earlier paragraphs that share a MinHash band with it ({@link NearSeeds}), and the short lines met
 * before ({@link ShortLineSeeds}). So each round runs the pipeline on every task with the verdicts
 * drawn from the round before joined in (round 0 with none: each task alone). After a round the
 * driver decides what each task owns ({@link PartOwnership}: a part of a file up to where its
 * look-ahead agrees with the next part) and draws the verdicts again from the round's own records
 * under that ownership. When they equal the verdicts the round ran with, and every part met the
 * next, the round agrees with what it was drawn from: by induction over the tasks, it is the CLI's
 * run, and it is the last. A near verdict costs no round of its own: the band keys are grouped in
 * the same pass as the fingerprints.
 */
final class SparkClean implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Rounds after which a run that still changes is a fault, not a slow convergence. */
  private static final int MAX_ROUNDS = 64;

  private final JobOptions options;
  private final HadoopConf conf;
  /** The rounds the last run took, for the tests and the README's figures. */
  private int rounds;

  SparkClean(JobOptions options, HadoopConf conf) {
    this.options = options;
    this.conf = conf;
  }

  int rounds() {
    return rounds;
  }

  /** The verdicts a round runs with, and their digest. */
  private record Verdicts(
      JavaPairRDD<Integer, Map<Long, Span>> exact, JavaPairRDD<Integer, List<NearItem>> near, long digest) {}

  /** The records of the run, in input order with run ids, one JSON object per element. */
  JavaRDD<String> records(JavaSparkContext sc, List<String> uris, Consumer<String> warnings) throws IOException {
    List<SplitTask> tasks = SplitPlan.plan(sc, uris, options, conf, options.splitBytes());
    int n = tasks.size();
    SplitPartitioner partitioner =
        new SplitPartitioner(n, options.partitions() == 0 ? n : options.partitions());
    long[] startPos = new long[n];
    int[] nextLine = new int[n];
    for (int i = 0; i < n; i++) {
      startPos[i] = tasks.get(i).startPos();
      nextLine[i] = tasks.get(i).hasNext() ? tasks.get(i + 1).startLine() : Integer.MAX_VALUE;
    }
    Share[] shares = PartOwnership.initial(tasks, options.splitBytes());
    Verdicts given = new Verdicts(JavaPairRDD.fromJavaRDD(sc.emptyRDD()), JavaPairRDD.fromJavaRDD(sc.emptyRDD()), 0);
    JavaPairRDD<Integer, Map<String, ShortSeed>> shortSeeds = JavaPairRDD.fromJavaRDD(sc.emptyRDD());
    long[] distinctBefore = new long[n];
    JavaRDD<SplitResult> results;
    for (int round = 0; ; round++) {
      if (round == MAX_ROUNDS) {
        throw new IllegalStateException("the run did not settle in " + MAX_ROUNDS + " rounds");
      }
      List<Tuple2<Integer, Tuple2<SplitTask, Share>>> numbered = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        numbered.add(new Tuple2<>(i, new Tuple2<>(tasks.get(i), shares[i])));
      }
      JavaPairRDD<Integer, Tuple2<SplitTask, Share>> splits = sc.parallelizePairs(numbered).partitionBy(partitioner);
      results = clean(splits.cogroup(given.exact(), given.near(), shortSeeds, partitioner), distinctBefore);
      results.persist(StorageLevel.MEMORY_AND_DISK());
      List<PartOwnership.Summary> summaries =
          new ArrayList<>(results.map(r -> PartOwnership.summary(r, nextLine[r.split()])).collect());
      summaries.sort(Comparator.comparingInt(PartOwnership.Summary::split));
      // Round 0 ran without verdicts: a part and the next disagree wherever a repeat's first copy
      // lies before the next part, so where they agree says nothing yet.
      Share[] agreed = round == 0 ? shares : PartOwnership.shares(tasks, shares, summaries);
      Verdicts drawn = verdictsOf(results, startPos, agreed, partitioner);
      // Round 0 ran without short-line seeds too: it is the last only when it is the only task.
      boolean settled = (round > 0 || n == 1) && PartOwnership.allAgreed(shares, agreed);
      boolean same = settled && drawn.digest() == AskedVerdicts.digest(results, given.exact(), given.near(), partitioner);
      given.exact().unpersist(false);
      given.near().unpersist(false);
      if (same) {
        drawn.exact().unpersist(false);
        drawn.near().unpersist(false);
        shares = agreed;
        rounds = round + 1;
        break;
      }
      if (round == 0) {
        // Triage comes before any repeat is judged, so what round 0 met is final; later rounds,
        // seeded, stop counting a line once it is furniture, and would under-count it.
        shortSeeds = ShortLineSeeds.of(results, tasks, partitioner).persist(StorageLevel.MEMORY_AND_DISK());
        distinctBefore = ShortLineSeeds.distinctBefore(results, startPos);
      }
      // The drawn verdicts are materialised (their digest), so the round's results may go.
      results.unpersist(false);
      given = drawn;
      shares = agreed;
    }
    return numberedRecords(results, tasks, shares, warnings);
  }

  /** The verdicts drawn from a round's results under {@code shares}' ownership, kept for the next. */
  private static Verdicts verdictsOf(
      JavaRDD<SplitResult> results, long[] startPos, Share[] shares, SplitPartitioner partitioner) {
    JavaPairRDD<Integer, Map<Long, Span>> exact =
        ExactVerdicts.of(results, startPos, shares, partitioner).persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Integer, List<NearItem>> near =
        NearSeeds.of(results, startPos, shares, partitioner).persist(StorageLevel.MEMORY_AND_DISK());
    return new Verdicts(exact, near, ExactVerdicts.digest(exact) * 31 + NearSeeds.digest(near));
  }

  /** The owned records of the last round with their run ids; its owned warnings to {@code warnings}. */
  private static JavaRDD<String> numberedRecords(
      JavaRDD<SplitResult> results, List<SplitTask> tasks, Share[] owned, Consumer<String> warnings) {
    List<Tuple2<Integer, Integer>> counts =
        new ArrayList<>(results
            .map(r -> new Tuple2<>(r.split(), PartOwnership.owned(r.records(), owned[r.split()]).size()))
            .collect());
    counts.sort(Comparator.comparing(Tuple2::_1));
    long[] firstId = new long[tasks.size()];
    long next = 1;
    for (Tuple2<Integer, Integer> c : counts) {
      firstId[c._1()] = next;
      next += c._2();
    }
    results
        .map(r -> new Tuple2<>(r.split(), PartOwnership.ownedWarnings(r, tasks.get(r.split()), owned[r.split()])))
        .collect()
        .stream()
        .sorted(Comparator.comparing(Tuple2::_1))
        .forEach(w -> w._2().forEach(warnings));
    return results.flatMap(
        r -> numbered(PartOwnership.owned(r.records(), owned[r.split()]), firstId[r.split()]).iterator());
  }

  /** Runs each task of a partition in run order, with its verdicts. */
  private JavaRDD<SplitResult> clean(
      JavaPairRDD<Integer, Tuple4<Iterable<Tuple2<SplitTask, Share>>, Iterable<Map<Long, Span>>, Iterable<List<NearItem>>, Iterable<Map<String, ShortSeed>>>> joined,
      long[] distinctBefore) {
    return joined.mapPartitions(
        (Iterator<Tuple2<Integer, Tuple4<Iterable<Tuple2<SplitTask, Share>>, Iterable<Map<Long, Span>>, Iterable<List<NearItem>>, Iterable<Map<String, ShortSeed>>>>> it) -> {
          TreeMap<Integer, Tuple4<Iterable<Tuple2<SplitTask, Share>>, Iterable<Map<Long, Span>>, Iterable<List<NearItem>>, Iterable<Map<String, ShortSeed>>>> mine =
              new TreeMap<>();
          it.forEachRemaining(t -> mine.put(t._1(), t._2()));
          List<SplitResult> out = new ArrayList<>();
          for (var s : mine.entrySet()) {
            Tuple2<SplitTask, Share> task = Iterables.getOnlyElement(s.getValue()._1());
            Map<Long, Span> earlier = Iterables.getOnlyElement(s.getValue()._2(), Collections.emptyMap());
            List<NearItem> seeds = Iterables.getOnlyElement(s.getValue()._3(), List.of());
            Map<String, ShortSeed> lines = Iterables.getOnlyElement(s.getValue()._4(), Collections.emptyMap());
            out.add(cleanTask(task._1(), task._2(), earlier, seeds, lines, distinctBefore[s.getKey()]));
          }
          return out.iterator();
        },
        true);
  }

  private SplitResult cleanTask(
      SplitTask task, Share share, Map<Long, Span> earlier, List<NearItem> seeds, Map<String, ShortSeed> lines,
      long distinctBefore) throws IOException {
    Map<String, Integer> pages = new HashMap<>();
    Set<String> inPage = new HashSet<>();
    lines.forEach((key, seed) -> {
      pages.put(key, seed.pages());
      if (seed.inPage()) {
        inPage.add(key);
      }
    });
    long[] where = {task.startPos()};
    SeededShortLines shortLines = new SeededShortLines(pages, inPage, distinctBefore, () -> where[0]);
    return SplitCleaner.clean(task, share, conf, options, earlier, seeds, shortLines, where);
  }

  private static List<String> numbered(List<String> records, long firstId) {
    List<String> out = new ArrayList<>(records.size());
    long id = firstId;
    for (String record : records) {
      out.add(RecordIds.withId(record, id++));
    }
    return out;
  }
}
