package dev.newstidy.spark;

import com.google.common.collect.Iterables;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import dev.newstidy.stage.dedup.NearDuplicateIndex;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
 * the task's start, with its first place, and with {@code --near paragraph} the earlier paragraphs
 * that share a MinHash band with it. So each round runs the pipeline on every task with the
 * verdicts of the round before joined in (round 0 with none: each task alone), gathers what each
 * task put on the lines it owns (blocks as scraped, and paragraphs a join made whole, which only
 * the pipeline knows), reduces fingerprints to their first place and bands to their 16 most recent
 * earlier members (all the near-copy index ever weighs), and joins them back to the tasks that
 * start after them. A part of a file reads on past its end until its records agree with those the
 * next part gives from its own start ({@link SplitSync}); what each owns follows from there. When
 * no task put other things than in the round before and the parts agree where they did, the
 * verdicts agree with what they were drawn from and the records are the CLI's.
 */
final class SparkClean implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Of each band's earlier paragraphs, the near-copy index weighs only this many most recent. */
  private static final int PER_BAND = 16;

  /** Bytes a part reads past its end at first; doubled for a part that did not meet the next. */
  static final long LOOKAHEAD = 256 * 1024;

  /** The records of the next part compared with a part's look-ahead. */
  private static final int HEAD = 4096;

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

  /** What the driver learns of a task after a round. */
  private record Summary(int split, long digest, int size, List<SplitSync.Mark> head, List<SplitSync.Mark> tail,
      int tailOffset, boolean cut) implements Serializable {}

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
    Share[] shares = new Share[n];
    for (int i = 0; i < n; i++) {
      SplitTask t = tasks.get(i);
      boolean first = i == 0 || tasks.get(i - 1).input() != t.input();
      // Half a part at most, so that a part's look-ahead ends before the part after next starts.
      long lookahead = Math.min(LOOKAHEAD, Math.max(1, options.splitBytes() / 2));
      shares[i] = t.whole() ? Share.ALL : new Share(lookahead, first ? 0 : t.startLine(), nextLine[i], 0, -1);
    }
    JavaPairRDD<Integer, Map<Long, Span>> verdicts = JavaPairRDD.fromJavaRDD(sc.emptyRDD());
    JavaPairRDD<Integer, List<NearItem>> nearSeeds = JavaPairRDD.fromJavaRDD(sc.emptyRDD());
    JavaPairRDD<Integer, Map<String, ShortSeed>> shortSeeds = JavaPairRDD.fromJavaRDD(sc.emptyRDD());
    long[] distinctBefore = new long[n];
    Long before = null;
    JavaRDD<SplitResult> results = null;
    for (int round = 0; ; round++) {
      if (round == MAX_ROUNDS) {
        throw new IllegalStateException("the run did not settle in " + MAX_ROUNDS + " rounds");
      }
      List<Tuple2<Integer, Tuple2<SplitTask, Share>>> numbered = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        numbered.add(new Tuple2<>(i, new Tuple2<>(tasks.get(i), shares[i])));
      }
      JavaPairRDD<Integer, Tuple2<SplitTask, Share>> splits = sc.parallelizePairs(numbered).partitionBy(partitioner);
      JavaRDD<SplitResult> next =
          clean(splits.cogroup(verdicts, nearSeeds, shortSeeds, partitioner), distinctBefore);
      next.persist(StorageLevel.MEMORY_AND_DISK());
      List<Summary> summaries = new ArrayList<>(next.map(r -> summary(r, nextLine[r.split()])).collect());
      summaries.sort(Comparator.comparingInt(Summary::split));
      if (results != null) {
        results.unpersist(false);
      }
      results = next;
      long state = firstPlacesDigest(results, startPos);
      for (Summary summary : summaries) {
        state += summary.digest();
      }
      // Round 0 ran without verdicts: a part and the next disagree wherever a repeat's first copy
      // lies before the next part, so where they agree says nothing yet.
      Share[] agreed = round == 0 ? shares : shares(tasks, shares, summaries);
      if (before != null && state == before && Arrays.equals(agreed, shares)) {
        rounds = round + 1;
        break;
      }
      before = state;
      verdicts = verdictsOf(results, startPos, partitioner);
      nearSeeds = nearSeedsOf(results, startPos, partitioner);
      if (round == 0) {
        // Triage comes before any repeat is judged, so what round 0 met is final; later rounds,
        // seeded, stop counting a line once it is furniture, and would under-count it.
        shortSeeds = shortLineSeedsOf(results, tasks, partitioner).persist(StorageLevel.MEMORY_AND_DISK());
        distinctBefore = distinctShortLinesBefore(results, startPos);
      }
      shares = agreed;
    }
    Share[] owned = shares;
    List<Tuple2<Integer, Integer>> counts =
        new ArrayList<>(results.map(r -> new Tuple2<>(r.split(), owned(r.records(), owned[r.split()]).size())).collect());
    counts.sort(Comparator.comparing(Tuple2::_1));
    long[] firstId = new long[n];
    long next = 1;
    for (Tuple2<Integer, Integer> c : counts) {
      firstId[c._1()] = next;
      next += c._2();
    }
    results.map(r -> new Tuple2<>(r.split(), ownedWarnings(r, tasks.get(r.split()), owned[r.split()]))).collect().stream()
        .sorted(Comparator.comparing(Tuple2::_1))
        .forEach(w -> w._2().forEach(warnings));
    return results.flatMap(r -> numbered(owned(r.records(), owned[r.split()]), firstId[r.split()]).iterator());
  }

  /** The records a task owns. */
  private static List<String> owned(List<String> records, Share share) {
    int to = share.toIndex() < 0 ? records.size() : share.toIndex();
    return records.subList(Math.min(share.fromIndex(), to), to);
  }

  /** The warnings of a task that name a line it owns, or no line; a whole input's all. */
  private static List<String> ownedWarnings(SplitResult r, SplitTask task, Share share) {
    if (task.whole()) {
      return r.warnings();
    }
    String prefix = "warning: " + task.uri() + ":";
    List<String> out = new ArrayList<>();
    for (String w : r.warnings()) {
      if (!w.startsWith(prefix)) {
        out.add(w);
        continue;
      }
      int end = prefix.length();
      while (end < w.length() && Character.isDigit(w.charAt(end))) {
        end++;
      }
      if (end == prefix.length() || share.ownsLine(Integer.parseInt(w.substring(prefix.length(), end)))) {
        out.add(w);
      }
    }
    return out;
  }

  private static Summary summary(SplitResult r, int nextLine) {
    List<SplitSync.Mark> head = new ArrayList<>();
    for (int i = 0; i < Math.min(HEAD, r.records().size()); i++) {
      head.add(SplitSync.Mark.of(r.lines().get(i), r.records().get(i)));
    }
    List<SplitSync.Mark> tail = new ArrayList<>();
    int offset = r.records().size();
    if (nextLine != Integer.MAX_VALUE) {
      for (int i = 0; i < r.records().size(); i++) {
        if (r.lines().get(i) >= nextLine) {
          offset = Math.min(offset, i);
          tail.add(SplitSync.Mark.of(r.lines().get(i), r.records().get(i)));
        }
      }
    }
    return new Summary(r.split(), digest(r), r.records().size(), head, tail, offset, r.cut());
  }

  /**
   * What each task owns after a round: each part up to where its look-ahead agrees with the next
   * part, which owns from there; a part whose look-ahead met no agreement reads twice as far next
   * round, or, having read to the end of the file, owns all of it from its start on.
   */
  private static Share[] shares(List<SplitTask> tasks, Share[] ran, List<Summary> summaries) {
    Share[] out = new Share[tasks.size()];
    int fromLine = 0;
    int fromIndex = 0;
    for (int i = 0; i < tasks.size(); i++) {
      SplitTask t = tasks.get(i);
      if (t.whole()) {
        out[i] = Share.ALL;
        continue;
      }
      if (i == 0 || tasks.get(i - 1).input() != t.input()) {
        fromLine = 0;
        fromIndex = 0;
      }
      Summary s = summaries.get(i);
      if (fromLine == Integer.MAX_VALUE) {
        // An earlier part read to the end of the file: this one owns nothing.
        out[i] = new Share(ran[i].lookahead(), fromLine, fromLine, s.size(), s.size());
        continue;
      }
      if (!t.hasNext()) {
        out[i] = new Share(ran[i].lookahead(), fromLine, Integer.MAX_VALUE, Math.min(fromIndex, s.size()), -1);
        continue;
      }
      Summary after = summaries.get(i + 1);
      List<SplitSync.Mark> head = after.head();
      if (after.cut() && head.size() == after.size() && !head.isEmpty()) {
        // The next part's last record was ended by its own cut: not comparable either.
        head = head.subList(0, head.size() - 1);
      }
      int[] at = SplitSync.agree(s.tail(), s.tailOffset(), s.cut(), head);
      if (at != null && at[2] >= fromLine && at[0] >= fromIndex) {
        out[i] = new Share(ran[i].lookahead(), fromLine, at[2], fromIndex, at[0]);
        fromIndex = at[1];
        fromLine = at[2];
      } else if (!s.cut()) {
        out[i] = new Share(ran[i].lookahead(), fromLine, Integer.MAX_VALUE, fromIndex, -1);
        fromLine = Integer.MAX_VALUE;
      } else {
        // No agreement yet: the nominal cut for now, and twice the look-ahead next round.
        int nominal = tasks.get(i + 1).startLine();
        out[i] = new Share(ran[i].lookahead() * 2, fromLine, Math.max(fromLine, nominal), fromIndex, s.tailOffset());
        fromLine = Math.max(fromLine, nominal);
        fromIndex = 0;
      }
    }
    return out;
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
          for (Map.Entry<Integer, Tuple4<Iterable<Tuple2<SplitTask, Share>>, Iterable<Map<Long, Span>>, Iterable<List<NearItem>>, Iterable<Map<String, ShortSeed>>>> s :
              mine.entrySet()) {
            Tuple2<SplitTask, Share> task = Iterables.getOnlyElement(s.getValue()._1());
            Map<Long, Span> earlier = Iterables.getOnlyElement(s.getValue()._2(), Collections.emptyMap());
            List<NearItem> seeds = Iterables.getOnlyElement(s.getValue()._3(), List.of());
            Map<String, ShortSeed> lines = Iterables.getOnlyElement(s.getValue()._4(), Collections.emptyMap());
            Map<String, Integer> pages = new HashMap<>();
            Set<String> inPage = new HashSet<>();
            lines.forEach((key, seed) -> {
              pages.put(key, seed.pages());
              if (seed.inPage()) {
                inPage.add(key);
              }
            });
            long[] where = {task._1().startPos()};
            SeededShortLines shortLines = new SeededShortLines(pages, inPage, distinctBefore[s.getKey()], () -> where[0]);
            out.add(SplitCleaner.clean(task._1(), task._2(), conf, options, earlier, seeds, shortLines, where));
          }
          return out.iterator();
        },
        true);
  }

  /**
   * For each task, the fingerprints it asked about whose first occurrence, over what every task
   * put on the lines it owns, lies before the task's start, with that occurrence.
   */
  private static JavaPairRDD<Integer, Map<Long, Span>> verdictsOf(
      JavaRDD<SplitResult> results, long[] startPos, SplitPartitioner partitioner) {
    JavaPairRDD<Long, Tuple2<Long, Span>> first = firstPlaces(results, startPos);
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
   * The first place of every fingerprint, over what every task put on the lines it owns: its
   * run-order position ({@link SplitTask#pos}) and its span. The one source of both the verdicts
   * ({@link #verdictsOf}) and their digest ({@link #firstPlacesDigest}).
   */
  private static JavaPairRDD<Long, Tuple2<Long, Span>> firstPlaces(JavaRDD<SplitResult> results, long[] startPos) {
    return results
        .flatMapToPair(
            r -> {
              List<Tuple2<Long, Tuple2<Long, Span>>> out = new ArrayList<>(r.puts().size());
              int input = (int) (startPos[r.split()] >>> 40);
              r.puts().forEach((fp, span) -> out.add(
                  new Tuple2<>(fp, new Tuple2<>(SplitTask.pos(input, span.firstLine()), span))));
              return out.iterator();
            })
        .reduceByKey((a, b) -> a._1() <= b._1() ? a : b);
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
   * For each task, the paragraphs before its start that its near-copy index must hold to answer
   * as the CLI's: grouped by MinHash band key, each task that files a paragraph under a key gets
   * the {@value #PER_BAND} most recent owned paragraphs filed under it before its start (older
   * ones are never weighed), in run order. A paragraph only looked up (just under the index's
   * least length) asks like one filed, but is never sent on.
   */
  private static JavaPairRDD<Integer, List<NearItem>> nearSeedsOf(
      JavaRDD<SplitResult> results, long[] startPos, SplitPartitioner partitioner) {
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
        .flatMapToPair(
            band -> {
              List<NearItem> owned = new ArrayList<>();
              Set<Integer> askers = new TreeSet<>();
              for (NearItem item : band._2()) {
                askers.add(item.split());
                if (item.owned()) {
                  owned.add(item);
                }
              }
              owned.sort(Comparator.comparingLong(SparkClean::order));
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
   * For each task, the short lines it met that were met before its start, with the documents they
   * stood in there (2 is as many as the triage counts): what the CLI's memory of short lines held
   * when it reached the task. A file cut into parts is one document: it counts once for the inputs
   * after it, and a part starts with the lines the parts before it met marked as in its page.
   */
  private static JavaPairRDD<Integer, Map<String, ShortSeed>> shortLineSeedsOf(
      JavaRDD<SplitResult> results, List<SplitTask> tasks, SplitPartitioner partitioner) {
    return mapPerSplit(
        results
            .flatMapToPair(
                r -> {
                  List<Tuple2<String, long[]>> out = new ArrayList<>(r.firstSeen().size());
                  r.firstSeen().forEach((key, pos) -> out.add(
                      new Tuple2<>(key, new long[] {r.split(), r.shortLines().getOrDefault(key, 0), pos})));
                  return out.iterator();
                })
            .groupByKey()
            .flatMapToPair(
                line -> {
                  List<long[]> seen = new ArrayList<>();
                  line._2().forEach(seen::add);
                  seen.sort(Comparator.comparingLong(s -> s[0]));
                  List<Tuple2<Integer, Tuple2<String, ShortSeed>>> out = new ArrayList<>();
                  for (long[] s : seen) {
                    SplitTask task = tasks.get((int) s[0]);
                    int before = 0;
                    boolean inPage = false;
                    // Pages per earlier input: a whole input's documents, or 1 for a file in parts.
                    Map<Integer, Integer> perInput = new TreeMap<>();
                    for (long[] e : seen) {
                      SplitTask other = tasks.get((int) e[0]);
                      if (other.input() < task.input()) {
                        perInput.merge(other.input(), (int) e[1], other.whole() ? Integer::sum : Math::max);
                      } else if (other.input() == task.input() && !task.whole() && e[2] < task.startPos()) {
                        inPage = true;
                      }
                    }
                    for (int pages : perInput.values()) {
                      before += pages;
                    }
                    int pages = Math.min(before, 2);
                    if (inPage) {
                      pages = Math.min(pages + 1, 2);
                    }
                    if (pages > 0 || inPage) {
                      out.add(new Tuple2<>(task.index(), new Tuple2<>(line._1(), new ShortSeed(pages, inPage))));
                    }
                  }
                  return out.iterator();
                }),
        partitioner);
  }

  /** For each task, how many distinct short lines were met before its start. */
  private static long[] distinctShortLinesBefore(JavaRDD<SplitResult> results, long[] startPos) {
    Map<Integer, Long> byBucket =
        results
            .flatMapToPair(
                r -> {
                  List<Tuple2<String, Long>> out = new ArrayList<>(r.firstSeen().size());
                  r.firstSeen().forEach((key, pos) -> out.add(new Tuple2<>(key, pos)));
                  return out.iterator();
                })
            .reduceByKey(Math::min)
            .values()
            .map(pos -> {
              // The tasks that start at or before the place: the first task it is before the start of.
              int i = Arrays.binarySearch(startPos, pos);
              return i >= 0 ? i + 1 : -i - 1;
            })
            .countByValue();
    long[] before = new long[startPos.length];
    long sum = 0;
    for (int i = 0; i < startPos.length; i++) {
      sum += byBucket.getOrDefault(i, 0L);
      before[i] = sum;
    }
    return before;
  }

  /** An item's place in the run as one sortable number. */
  private static long order(NearItem item) {
    return ((long) item.split() << 32) | item.seq();
  }

  private static List<String> numbered(List<String> records, long firstId) {
    List<String> out = new ArrayList<>(records.size());
    long id = firstId;
    for (String record : records) {
      out.add(RecordIds.withId(record, id++));
    }
    return out;
  }

  /**
   * A digest of the first place of every fingerprint, over what every task put on the lines it
   * owns, independent of order: what the verdicts are drawn from. Owned lines move as parts find
   * where they agree, and the first places stay.
   */
  private static long firstPlacesDigest(JavaRDD<SplitResult> results, long[] startPos) {
    return firstPlaces(results, startPos)
        .map(t -> putSpan(Hashing.sha256().newHasher().putLong(t._1()), t._2()._2()).hash().asLong())
        .fold(0L, Long::sum);
  }

  /**
   * A digest of what a task asked its indexes and added to its near-copy index, independent of
   * set order: with {@link #firstPlacesDigest}, equal digests give equal verdicts.
   */
  static long digest(SplitResult r) {
    Hasher h = Hashing.sha256().newHasher().putInt(r.split());
    List<Long> asked = new ArrayList<>(r.asked());
    Collections.sort(asked);
    asked.forEach(h::putLong);
    for (NearItem item : r.nearAdds()) {
      putSpan(h.putBoolean(item.owned()), item.span()).putString(item.text(), StandardCharsets.UTF_8);
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
