package dev.newstidy.spark;

import dev.newstidy.input.Compression;
import dev.newstidy.input.Decoding;
import dev.newstidy.input.InputFormat;
import dev.newstidy.input.InputResolver;
import dev.newstidy.input.ReadSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * Cuts the inputs into the job's tasks: a text dump of more than {@code splitBytes} into parts of
 * at least that size, each starting at the first block start in its byte range, with its lines
 * before counted by one parallel pass (per-range line ends, summed in order); every other input
 * (compressed, structured, another encoding, front matter, or small) is one task.
 *
 * <p>Example, pinned by {@code SparkSplitTest}: the 21.5 kB reference dump with {@code
 * --split-bytes 2000} is 10 ranges, each part starting at the first line after an empty line in
 * its range ({@link LineScan}); {@code SplitPlanTest} pins which files are read whole: {@code
 * ---} front matter, a byte-order mark, markup, GB18030 or NUL bytes in the opening.
 */
final class SplitPlan {
  private SplitPlan() {}

  /** The tasks over {@code uris}, in run order. */
  static List<SplitTask> plan(
      JavaSparkContext sc, List<String> uris, JobOptions options, HadoopConf conf, long splitBytes)
      throws IOException {
    List<Tuple2<Integer, long[]>> ranges = new ArrayList<>();
    long[] lengths = new long[uris.size()];
    boolean[] splittable = new boolean[uris.size()];
    for (int i = 0; i < uris.size(); i++) {
      Path path = new Path(uris.get(i));
      FileSystem fs = path.getFileSystem(conf.get());
      lengths[i] = fs.getFileStatus(path).getLen();
      splittable[i] = lengths[i] >= 2 * splitBytes && isSplittable(uris.get(i), fs, path, options.reading());
      if (splittable[i]) {
        int parts = (int) Math.min(Integer.MAX_VALUE / 2, lengths[i] / splitBytes);
        for (int j = 0; j < parts; j++) {
          ranges.add(new Tuple2<>(i, new long[] {lengths[i] * j / parts, lengths[i] * (j + 1) / parts}));
        }
      }
    }
    List<LineScan> scans =
        ranges.isEmpty()
            ? List.of()
            : sc.parallelize(ranges, ranges.size()).map(r -> scan(uris.get(r._1()), r._2(), conf)).collect();
    List<SplitTask> tasks = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < uris.size(); i++) {
      if (!splittable[i]) {
        tasks.add(SplitTask.whole(tasks.size(), i, uris.get(i)));
        continue;
      }
      List<long[]> starts = new ArrayList<>();
      long lines = 0;
      for (; next < ranges.size() && ranges.get(next)._1() == i; next++) {
        LineScan s = scans.get(next);
        if (s.start() >= 0 && (starts.isEmpty() || s.start() > starts.get(starts.size() - 1)[0])) {
          starts.add(new long[] {s.start(), lines + s.linesToStart()});
        }
        lines += s.lineEnds();
      }
      for (int j = 0; j < starts.size(); j++) {
        long end = j + 1 < starts.size() ? starts.get(j + 1)[0] : -1;
        tasks.add(new SplitTask(tasks.size(), i, uris.get(i), starts.get(j)[0], end, Math.toIntExact(starts.get(j)[1]),
            false));
      }
    }
    return tasks;
  }

  /**
   * Whether the CLI reads the file as one text document in UTF-8 that a part can be read from the
   * middle of: not compressed, named or set as text and not markup, decided UTF-8 without a mark,
   * and no front matter (whose fields every article of the file carries).
   */
  static boolean isSplittable(String uri, FileSystem fs, Path path, ReadSettings reading) throws IOException {
    InputFormat format = reading.format();
    String name = path.getName().toLowerCase(Locale.ROOT);
    boolean text = format == InputFormat.TEXT
        || (format == InputFormat.AUTO && (name.endsWith(".txt") || name.endsWith(".md")) && InputResolver.isDumpName(name));
    if (!text) {
      return false;
    }
    try (InputStream in = fs.open(path)) {
      Compression.Opened opened = Compression.open(in, uri);
      if (opened.compression() != Compression.NONE) {
        return false;
      }
      byte[] prefix = opened.stream().readNBytes(Decoding.PREFIX);
      return isPlainUtf8Text(prefix, reading);
    }
  }

  /** The opening of a file, as the reader decides it: UTF-8 text with no mark, markup or front matter. */
  static boolean isPlainUtf8Text(byte[] prefix, ReadSettings reading) {
    Decoding.Decision d = Decoding.decide(prefix, prefix.length, reading.encoding());
    if (!d.charset().equals(StandardCharsets.UTF_8) || d.bomLength() > 0 || d.binary() || d.detected()) {
      return false;
    }
    String start = new String(prefix, StandardCharsets.UTF_8).stripLeading();
    boolean markup = start.startsWith("<") || start.startsWith("WARC/") || start.startsWith("{") || start.startsWith("[");
    return (reading.format() == InputFormat.TEXT || !markup) && !start.startsWith("---");
  }

  private static LineScan scan(String uri, long[] range, HadoopConf conf) throws IOException {
    Path path = new Path(uri);
    try (FSDataInputStream in = path.getFileSystem(conf.get()).open(path)) {
      in.seek(Math.max(0, range[0] - 1));
      return LineScan.of(in, range[0], range[1]);
    }
  }
}
