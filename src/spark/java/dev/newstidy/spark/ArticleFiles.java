package dev.newstidy.spark;

import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.newstidy.model.Article;
import dev.newstidy.model.Origin;
import dev.newstidy.output.ArticleRenderer;
import dev.newstidy.output.ArticleSink;
import dev.newstidy.output.DirectorySink;
import dev.newstidy.output.FileNamer;
import dev.newstidy.output.OutputFormat;
import dev.newstidy.output.RecordJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;

/**
 * The CLI's {@code --output DIR} layout written from a cluster ({@code --output-format files}): one
 * file per article, named by the CLI's {@link FileNamer} and rendered by its {@link
 * ArticleRenderer}, and {@code manifest.jsonl} with the CLI's line per article ({@link RecordJson}
 * without the body, plus {@code file}), to any Hadoop filesystem.
 *
 * <p>Each task writes the articles it owns with their run ids, every file under a hidden temporary
 * name renamed into place, so that a failed task never leaves a half-written file under its final
 * name, and its manifest lines to a part of its own ({@code _manifest-parts/task-00007}). The
 * driver then joins the parts in task order, which is run order, into {@code manifest.jsonl}
 * (written under a temporary name, then renamed) and removes them: the manifest is there only once
 * every file is. Example, pinned by {@code SparkFilesTest}: {@code samples/} gives the files and
 * the manifest of {@code newstidy clean --output DIR samples/}, byte for byte, {@code source}
 * holding the input's URI.
 */
final class ArticleFiles implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Where the tasks leave their manifest lines until the driver joins them. */
  static final String MANIFEST_PARTS = "_manifest-parts";

  private final String output;
  private final JobOptions options;
  private final HadoopConf conf;
  /** The run id of each task's first owned article. */
  private final long[] firstId;

  ArticleFiles(String output, JobOptions options, HadoopConf conf, long[] firstId) {
    this.output = output;
    this.options = options;
    this.conf = conf;
    this.firstId = firstId.clone();
  }

  /**
   * Refuses an output that holds anything, before the job runs: nothing would say which files are
   * this run's (the CLI's rule for a folder without a manifest; the job has no {@code --overwrite}).
   */
  static void checkTarget(String output, HadoopConf conf) throws IOException {
    Path folder = new Path(output);
    FileSystem fs = folder.getFileSystem(conf.get());
    if (!fs.exists(folder)) {
      return;
    }
    FileStatus status = fs.getFileStatus(folder);
    if (!status.isDirectory() || fs.listStatus(folder).length > 0) {
      throw new IOException("exists and is not an empty folder; per-article files go into a new or empty one");
    }
  }

  /**
   * The filesystem of the output, without the {@code .crc} file that Hadoop's local filesystem
   * writes beside each file: the CLI's folder has none.
   */
  private static FileSystem fileSystem(Path path, HadoopConf conf) throws IOException {
    FileSystem fs = path.getFileSystem(conf.get());
    return fs instanceof ChecksumFileSystem checked ? checked.getRawFileSystem() : fs;
  }

  /** A sink, on an executor, for the articles of {@code task}: those it owns are written. */
  Writer open(SplitTask task, Share owned) throws IOException {
    return new Writer(task, owned);
  }

  /** Joins the tasks' manifest parts in order into {@code manifest.jsonl}, then removes them. */
  void finish(int tasks) throws IOException {
    Path folder = new Path(output);
    FileSystem fs = fileSystem(folder, conf);
    Path parts = new Path(folder, MANIFEST_PARTS);
    Path manifest = new Path(folder, DirectorySink.MANIFEST);
    Path temp = new Path(folder, "." + DirectorySink.MANIFEST + ".part");
    try (OutputStream out = fs.create(temp, true)) {
      for (int i = 0; i < tasks; i++) {
        Path part = partOf(parts, i);
        if (fs.exists(part)) {
          try (InputStream in = fs.open(part)) {
            in.transferTo(out);
          }
        }
      }
    }
    moveIntoPlace(fs, temp, manifest);
    fs.delete(parts, true);
  }

  private static Path partOf(Path parts, int task) {
    return new Path(parts, String.format(Locale.ROOT, "task-%05d", task));
  }

  /** Renames {@code temp} to {@code target}, replacing what a failed attempt of the task left. */
  private static void moveIntoPlace(FileSystem fs, Path temp, Path target) throws IOException {
    if (fs.exists(target)) {
      fs.delete(target, false);
    }
    if (!fs.rename(temp, target)) {
      throw new IOException("cannot rename " + temp + " to " + target);
    }
  }

  /** Writes one task's owned articles as they come, in run order; {@link #close} ends its manifest part. */
  final class Writer implements ArticleSink {
    private final FileSystem fs;
    private final Path folder = new Path(output);
    private final Share owned;
    private final long firstOwnedId;
    private final OutputFormat format = options.fileFormat();
    private final FileNamer namer = options.namer();
    private final ArticleRenderer renderer = new ArticleRenderer();
    private final JsonFactory json = new JsonFactory();
    private final Path part;
    private final Path partTemp;
    /** Ends each temporary name: two attempts of one task (speculation, a retry) never share one. */
    private final String attempt;
    private OutputStream manifest;
    /** The task's articles met so far, owned or not: a record's index in the task's run. */
    private int seen;
    private int written;

    private Writer(SplitTask task, Share owned) throws IOException {
      this.fs = fileSystem(folder, conf);
      this.owned = owned;
      this.firstOwnedId = firstId[task.index()];
      this.part = partOf(new Path(folder, MANIFEST_PARTS), task.index());
      TaskContext context = TaskContext.get();
      this.attempt = ".part-" + (context == null ? 0 : context.taskAttemptId());
      this.partTemp = new Path(part.getParent(), "." + part.getName() + attempt);
    }

    @Override
    public void write(long localId, Article article, Origin origin) throws IOException {
      int index = seen++;
      if (index < owned.fromIndex() || (owned.toIndex() >= 0 && index >= owned.toIndex())) {
        return;
      }
      long id = firstOwnedId + written++;
      String name = namer.relativeBase(id, article, origin) + "." + format.extension();
      Path target = new Path(folder, name);
      Path temp = new Path(target.getParent(), "." + target.getName() + attempt);
      try (OutputStream out = fs.create(temp, true)) {
        out.write(renderer.render(id, article, origin, format).getBytes(StandardCharsets.UTF_8));
      } catch (IOException | RuntimeException e) {
        fs.delete(temp, false);
        throw e;
      }
      moveIntoPlace(fs, temp, target);
      StringWriter line = new StringWriter();
      try (JsonGenerator g = json.createGenerator(line)) {
        RecordJson.write(g, id, article, origin, false, name);
      }
      if (manifest == null) {
        manifest = fs.create(partTemp, true);
      }
      manifest.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** How many owned articles were written. */
    int written() {
      return written;
    }

    @Override
    public void close() throws IOException {
      if (manifest != null) {
        manifest.close();
        manifest = null;
        moveIntoPlace(fs, partTemp, part);
      }
      checkState(seen >= owned.fromIndex(), "the task gave %s records, fewer than it owns from", seen);
    }

    @Override
    public void abort() {
      try {
        if (manifest != null) {
          manifest.close();
          fs.delete(partTemp, false);
        }
      } catch (IOException e) {
        // The task is failing already; its retry writes the part afresh.
      }
    }
  }
}
