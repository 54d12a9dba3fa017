package dev.newstidy.app;

import dev.newstidy.config.DedupSettings;
import dev.newstidy.config.RepairSettings;
import dev.newstidy.input.BlockReader;
import dev.newstidy.input.Document;
import dev.newstidy.input.DumpReader;
import dev.newstidy.input.InputException;
import dev.newstidy.input.InputSource;
import dev.newstidy.input.ReadSettings;
import dev.newstidy.model.Article;
import dev.newstidy.model.Block;
import dev.newstidy.model.Origin;
import dev.newstidy.model.Warning;
import dev.newstidy.output.ArticleSink;
import dev.newstidy.output.RunSummary;
import dev.newstidy.stage.Pipeline;
import dev.newstidy.stage.dedup.InMemoryParagraphIndex;
import dev.newstidy.stage.dedup.NearDuplicateIndex;
import dev.newstidy.stage.dedup.TextStore;
import dev.newstidy.store.IndexFile;
import dev.newstidy.store.TempFileTextStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * One run over the inputs: reads them in the order given, feeds their blocks through the pipeline,
 * and hands each finished article to the sink with its run id and its document's origin. It owns the
 * loop and the closing; it holds no text rules.
 */
public final class CleanRun {
  private final RepairSettings repairs;
  private final DedupSettings dedup;
  private final ReadSettings reading;
  private final InputStream stdin;
  private final Consumer<String> diagnostics;
  private final RunSummary summary = new RunSummary();
  private ProgressListener progress = ProgressListener.NONE;
  private Origin origin = Origin.UTF8;
  private DumpReader current;
  private long bytesBefore;

  /** Hears how far a run has come, after each article. */
  public interface ProgressListener {
    ProgressListener NONE = (bytes, articles) -> {};

    /**
     * @param bytesRead bytes read so far from all inputs, before decompression
     */
    void progress(long bytesRead, long articles);
  }

  /** Reports progress to {@code listener}. */
  public CleanRun withProgress(ProgressListener listener) {
    this.progress = listener;
    return this;
  }

  /**
   * @param stdin what {@code -} reads
   * @param diagnostics receives one-line warnings about the input ({@code warning: PATH:LINE: …})
   */
  public CleanRun(
      RepairSettings repairs, ReadSettings reading, InputStream stdin, Consumer<String> diagnostics) {
    this(repairs, DedupSettings.defaults(), reading, stdin, diagnostics);
  }

  /**
   * @param dedup the scope of repeats, and the index kept between runs
   */
  public CleanRun(
      RepairSettings repairs,
      DedupSettings dedup,
      ReadSettings reading,
      InputStream stdin,
      Consumer<String> diagnostics) {
    this.repairs = repairs;
    this.dedup = dedup;
    this.reading = reading;
    this.stdin = stdin;
    this.diagnostics = diagnostics;
  }

  /**
   * Reads every input into {@code sink}; the caller closes or aborts the sink. With an index file,
   * the file is locked for the run, loaded first and saved only when every input was read.
   */
  public RunSummary run(List<InputSource> inputs, ArticleSink sink) throws IOException {
    long[] nextId = {1};
    Consumer<Article> out = article -> write(sink, nextId[0]++, article);
    IndexFile file = dedup.index() == null ? null : IndexFile.lock(dedup.index());
    TextStore texts = null;
    try {
      InMemoryParagraphIndex index = file == null ? new InMemoryParagraphIndex() : file.load();
      NearDuplicateIndex near = null;
      if (dedup.near() == DedupSettings.NearMode.PARAGRAPH) {
        texts = TempFileTextStore.create();
        near = new NearDuplicateIndex(dedup.nearThreshold(), texts);
      }
      Pipeline pipeline = Pipeline.create(repairs, index, near, out);
      boolean first = true;
      for (InputSource input : inputs) {
        if (dedup.scope() == DedupSettings.Scope.FILE && !first) {
          // Repeats are looked for within each input only: a fresh memory for every file.
          if (near != null) {
            texts.close();
            texts = TempFileTextStore.create();
            near = new NearDuplicateIndex(dedup.nearThreshold(), texts);
          }
          pipeline = Pipeline.create(repairs, new InMemoryParagraphIndex(), near, out);
        }
        first = false;
        readInput(input, pipeline);
      }
      if (file != null) {
        file.save(index);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      if (texts != null) {
        texts.close();
      }
      if (file != null) {
        file.close();
      }
    }
    return summary;
  }

  private void write(ArticleSink sink, long id, Article article) {
    try {
      sink.write(id, article, origin);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    summary.count(article);
    progress.progress(bytesBefore + (current == null ? 0 : current.stats().bytes()), summary.articles());
  }

  private void readInput(InputSource input, Pipeline pipeline) throws IOException {
    try (DumpReader reader = DumpReader.open(input, reading, stdin, diagnostics)) {
      current = reader;
      if (reader.isBinary()) {
        diagnostics.accept("warning: " + input.label() + ": binary file (NUL bytes), skipped");
        summary.count(reader.stats());
        bytesBefore += reader.stats().bytes();
        return;
      }
      for (Document document = next(reader, input); document != null; document = next(reader, input)) {
        origin = document.origin();
        BlockReader blocks = BlockReader.of(document, reading.strict());
        for (Block block = next(blocks, input); block != null; block = next(blocks, input)) {
          for (Warning w : block.warnings()) {
            diagnostics.accept("warning: " + block.span().position() + ": " + w.message());
          }
          summary.countBlock();
          pipeline.accept(block);
        }
        pipeline.endDocument();
      }
      summary.count(reader.stats());
      bytesBefore += reader.stats().bytes();
    } finally {
      current = null;
    }
  }

  /** The next document; a failing read names the input it failed on. */
  private static Document next(DumpReader reader, InputSource input) throws IOException {
    try {
      return reader.next();
    } catch (InputException e) {
      throw e;
    } catch (IOException e) {
      throw new InputException(input.label(), "read failed: " + e.getMessage(), e);
    }
  }

  /** The next block; a failing read names the input it failed on. */
  private static Block next(BlockReader blocks, InputSource input) throws IOException {
    try {
      return blocks.next();
    } catch (InputException e) {
      throw e;
    } catch (IOException e) {
      throw new InputException(input.label(), "read failed: " + e.getMessage(), e);
    }
  }
}
