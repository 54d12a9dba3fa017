package dev.newstidy.spark;

import com.google.common.collect.Iterables;
import dev.newstidy.output.NullSink;
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

  /**
   * The last round of a run, which gave the CLI's records: its results, the tasks, what each owns,
   * and what the round ran with (kept, so that a task can run again as it did).
   */
  private record Settled(
      JavaRDD<SplitResult> results,
      List<SplitTask> tasks,
      Share[] owned,
      SplitPartitioner partitioner,
      Verdicts given,
      JavaPairRDD<Integer, Map<String, ShortSeed>> shortSeeds,
      long[] distinctBefore) {
    void release() {
      given.exact().unpersist(false);
      given.near().unpersist(false);
    }
  }

  /** The records of the run, in input order with run ids, one JSON object per element. */
  JavaRDD<String> records(JavaSparkContext sc, List<String> uris, Consumer<String> warnings) throws IOException {
    Settled last = settle(sc, uris);
    last.release();
    long[] firstId = firstIds(last);
    emitWarnings(last, warnings);
    Share[] owned = last.owned();
    return last.results().flatMap(
        r -> numbered(PartOwnership.owned(r.records(), owned[r.split()]), firstId[r.split()]).iterator());
  }

  /**
   * Writes the run's articles as the CLI's {@code --output DIR} does ({@link ArticleFiles}): each
   * task runs once more as in the last round, with its verdicts, and writes the articles it owns
   * with their run ids; then the manifest. The task's records are checked to be those the last
   * round gave.
   */
  void writeFiles(JavaSparkContext sc, List<String> uris, Consumer<String> warnings) throws IOException {
    Settled last = settle(sc, uris);
    long[] firstId = firstIds(last);
    emitWarnings(last, warnings);
    ArticleFiles files = new ArticleFiles(options.output(), options, conf, firstId);
    Share[] owned = last.owned();
    Map<Integer, Integer> expected = ownedDigests(last.results(), owned);
    List<Tuple2<Integer, Tuple2<SplitTask, Share>>> numbered = new ArrayList<>();
    for (int i = 0; i < last.tasks().size(); i++) {
      numbered.add(new Tuple2<>(i, new Tuple2<>(last.tasks().get(i), owned[i])));
    }
    JavaPairRDD<Integer, Tuple2<SplitTask, Share>> splits =
        sc.parallelizePairs(numbered).partitionBy(last.partitioner());
    JavaRDD<SplitResult> again =
        clean(splits.cogroup(last.given().exact(), last.given().near(), last.shortSeeds(), last.partitioner()),
            last.distinctBefore(), files);
    Map<Integer, Integer> written = ownedDigests(again, owned);
    last.release();
    last.results().unpersist(false);
    if (!written.equals(expected)) {
      throw new IllegalStateException("a task ran again gave other records than in its last round");
    }
    files.finish(last.tasks().size());
  }

  /** A digest of each task's owned records, by task. */
  private static Map<Integer, Integer> ownedDigests(JavaRDD<SplitResult> results, Share[] owned) {
    Map<Integer, Integer> out = new TreeMap<>();
    results
        .map(r -> new Tuple2<>(r.split(), PartOwnership.owned(r.records(), owned[r.split()]).hashCode()))
        .collect()
        .forEach(t -> out.put(t._1(), t._2()));
    return out;
  }

  /** Runs rounds until the verdicts stand; the last round's results stay cached. */
  private Settled settle(JavaSparkContext sc, List<String> uris) throws IOException {
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
      results = clean(splits.cogroup(given.exact(), given.near(), shortSeeds, partitioner), distinctBefore, null);
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
      given.exact().unpersist(false);
      given.near().unpersist(false);
      given = drawn;
      shares = agreed;
    }
    return new Settled(results, tasks, shares, partitioner, given, shortSeeds, distinctBefore);
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

  /** The run id of each task's first owned record: the owned counts summed in task order. */
  private static long[] firstIds(Settled last) {
    Share[] owned = last.owned();
    List<Tuple2<Integer, Integer>> counts =
        new ArrayList<>(last.results()
            .map(r -> new Tuple2<>(r.split(), PartOwnership.owned(r.records(), owned[r.split()]).size()))
            .collect());
    counts.sort(Comparator.comparing(Tuple2::_1));
    long[] firstId = new long[last.tasks().size()];
    long next = 1;
    for (Tuple2<Integer, Integer> c : counts) {
      firstId[c._1()] = next;
      next += c._2();
    }
    return firstId;
  }

  /** The last round's owned warnings, in task order, to {@code warnings}. */
  private static void emitWarnings(Settled last, Consumer<String> warnings) {
    Share[] owned = last.owned();
    List<SplitTask> tasks = last.tasks();
    last.results()
        .map(r -> new Tuple2<>(r.split(), PartOwnership.ownedWarnings(r, tasks.get(r.split()), owned[r.split()])))
        .collect()
        .stream()
        .sorted(Comparator.comparing(Tuple2::_1))
        .forEach(w -> w._2().forEach(warnings));
  }

  /**
   * Runs each task of a partition in run order, with its verdicts; with {@code files} (else null)
   * each task also writes the articles it owns.
   */
  private JavaRDD<SplitResult> clean(
      JavaPairRDD<Integer, Tuple4<Iterable<Tuple2<SplitTask, Share>>, Iterable<Map<Long, Span>>, Iterable<List<NearItem>>, Iterable<Map<String, ShortSeed>>>> joined,
      long[] distinctBefore,
      ArticleFiles files) {
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
            out.add(cleanTask(task._1(), task._2(), earlier, seeds, lines, distinctBefore[s.getKey()], files));
          }
          return out.iterator();
        },
        true);
  }

  private SplitResult cleanTask(
      SplitTask task, Share share, Map<Long, Span> earlier, List<NearItem> seeds, Map<String, ShortSeed> lines,
      long distinctBefore, ArticleFiles files) throws IOException {
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
    if (files == null) {
      return SplitCleaner.clean(task, share, conf, options, earlier, seeds, shortLines, where, new NullSink());
    }
    ArticleFiles.Writer writer = files.open(task, share);
    try {
      SplitResult result = SplitCleaner.clean(task, share, conf, options, earlier, seeds, shortLines, where, writer);
      writer.close();
      return result;
    } catch (IOException | RuntimeException e) {
      writer.abort();
      throw e;
    }
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
