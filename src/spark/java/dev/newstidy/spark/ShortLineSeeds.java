package dev.newstidy.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Gives each task what the CLI's memory of short lines (furniture by repetition) held when it
 * reached the task's start: for each short line the task met, the documents it stood in before
 * (2 is as many as the triage counts), and how many distinct short lines were met before. Drawn
 * from round 0 only: triage comes before any repeat is judged, so what round 0 met is final.
 *
 * <p>Example: a line met in 3 documents of input 0 and again in input 1 seeds input 1's task with
 * 2 pages; a file cut into parts is one document, so the same line met in two parts of input 0
 * counts once for input 1, and the second part starts with it marked as already in its page
 * (pinned end to end by {@code SparkSplitTest}; {@link SeededShortLines} by {@code
 * SeededShortLinesTest}).
 */
final class ShortLineSeeds {
  private ShortLineSeeds() {}

  /** For each task, the short lines it met that were met before its start, with their pages. */
  static JavaPairRDD<Integer, Map<String, ShortSeed>> of(
      JavaRDD<SplitResult> results, List<SplitTask> tasks, SplitPartitioner partitioner) {
    return ExactVerdicts.mapPerSplit(
        results
            .flatMapToPair(
                r -> {
                  List<Tuple2<String, long[]>> out = new ArrayList<>(r.firstSeen().size());
                  r.firstSeen().forEach((key, pos) -> out.add(
                      new Tuple2<>(key, new long[] {r.split(), r.shortLines().getOrDefault(key, 0), pos})));
                  return out.iterator();
                })
            .groupByKey()
            .flatMapToPair(line -> seedsOfLine(line._1(), line._2(), tasks)),
        partitioner);
  }

  /** One line's seeds: for each task that met it, the pages before the task's start. */
  private static java.util.Iterator<Tuple2<Integer, Tuple2<String, ShortSeed>>> seedsOfLine(
      String key, Iterable<long[]> met, List<SplitTask> tasks) {
    List<long[]> seen = new ArrayList<>();
    met.forEach(seen::add);
    seen.sort(Comparator.comparingLong(s -> s[0]));
    List<Tuple2<Integer, Tuple2<String, ShortSeed>>> out = new ArrayList<>();
    for (long[] s : seen) {
      SplitTask task = tasks.get((int) s[0]);
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
      int before = 0;
      for (int pages : perInput.values()) {
        before += pages;
      }
      int pages = Math.min(before, 2);
      if (inPage) {
        pages = Math.min(pages + 1, 2);
      }
      if (pages > 0 || inPage) {
        out.add(new Tuple2<>(task.index(), new Tuple2<>(key, new ShortSeed(pages, inPage))));
      }
    }
    return out.iterator();
  }

  /** For each task, how many distinct short lines were met before its start. */
  static long[] distinctBefore(JavaRDD<SplitResult> results, long[] startPos) {
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
}
