package dev.newstidy.app;

import dev.newstidy.config.DedupSettings;
import dev.newstidy.config.RepairSettings;
import dev.newstidy.input.InputException;
import dev.newstidy.input.InputSource;
import dev.newstidy.input.ReadSettings;
import dev.newstidy.model.Article;
import dev.newstidy.model.Block;
import dev.newstidy.model.Origin;
import dev.newstidy.model.Warning;
import dev.newstidy.output.ArticleSink;
import dev.newstidy.output.RunSummary;
import dev.newstidy.segment.ArticleSegmenter;
import dev.newstidy.stage.Pipeline;
import dev.newstidy.stage.dedup.InMemoryParagraphIndex;
import dev.newstidy.stage.dedup.NearDuplicateIndex;
import dev.newstidy.stage.dedup.ParagraphIndex;
import dev.newstidy.stage.dedup.ParagraphStore;
import dev.newstidy.stage.furniture.ShortLineMemory;
import dev.newstidy.store.IndexFile;
import dev.newstidy.store.TempFileParagraphStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;

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
  private Consumer<ArticleSegmenter.Candidate> boundaries = c -> {};
  private Consumer<Block> blockListener = b -> {};
  private Origin origin = Origin.UTF8;
  private ParagraphStore texts;
  /** Makes near-copy sketches ahead of the cleaning, with two threads and {@code --near paragraph}. */
  private SketchAhead sketchAhead;
  private LongSupplier bytes = () -> 0;
  private int threads = 2;
  private boolean saveIndex = true;
  /** The paragraph index a distributed run brings, or null for a fresh one in memory. */
  private ParagraphIndex givenIndex;
  /** Makes the near-copy index over a text store, when a distributed run brings its own. */
  private Function<ParagraphStore, NearDuplicateIndex> nearFactory;
  /** The memory of short lines a distributed run brings, or null for a fresh one. */
  private ShortLineMemory givenShortLines;
  /** Where the current input's first invalid UTF-8 was, its message, and on how many lines. */
  private String firstInvalidAt;
  private String firstInvalid;
  private long invalidLines;

  /** Hears how far a run has come, after each article. */
  public interface ProgressListener {
    ProgressListener NONE = (bytes, articles) -> {};

    /**
     * @param bytesRead bytes read so far from all inputs, before decompression
     */
    void progress(long bytesRead, long articles);
  }

  /**
   * With {@code threads} 2, the default, reads in a thread of its own and finishes and writes the
   * articles in a third, beside the cleaning; with 1, does all in the caller's. The output is the
   * same.
   */
  public CleanRun withThreads(int count) {
    this.threads = count;
    return this;
  }

  /** Whether the index file is saved at the end; a dry run reads it only. */
  public CleanRun withIndexSaved(boolean save) {
    this.saveIndex = save;
    return this;
  }

  /**
   * Looks repeats up in {@code index} instead of a fresh in-memory index: the seam through which a
   * distributed run joins in what other splits saw first. Not with an index file.
   */
  public CleanRun withParagraphIndex(ParagraphIndex index) {
    this.givenIndex = index;
    return this;
  }

  /**
   * Makes the near-copy index over the run's text store with {@code factory} (seeded with what
   * earlier splits saw) instead of a fresh one; used with {@code --near paragraph} only.
   */
  public CleanRun withNearIndex(Function<ParagraphStore, NearDuplicateIndex> factory) {
    this.nearFactory = factory;
    return this;
  }

  /**
   * Remembers short lines (furniture from their third page on) in {@code memory} instead of a fresh
   * memory: the seam through which a distributed run joins in what earlier splits saw.
   */
  public CleanRun withShortLineMemory(ShortLineMemory memory) {
    this.givenShortLines = memory;
    return this;
  }

  /**
   * Shows {@code listener} every block before the pipeline takes it: the seam through which a
   * distributed run learns where in its input the run-wide memories were asked.
   */
  public CleanRun withBlockListener(Consumer<Block> listener) {
    this.blockListener = listener;
    return this;
  }

  /** Reports every weighed headline candidate to {@code listener}, for {@code -v}. */
  public CleanRun withBoundaryLog(Consumer<ArticleSegmenter.Candidate> listener) {
    this.boundaries = listener;
    return this;
  }

  /** Reports progress to {@code listener}. */
  public CleanRun withProgress(ProgressListener listener) {
    this.progress = listener;
    return this;
  }

  /**
   * @param dedup the scope of repeats, and the index kept between runs
   * @param stdin what {@code -} reads
   * @param diagnostics receives one-line warnings about the input ({@code warning: PATH:LINE: …})
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
    Function<Pipeline.Unfinished, Article> finishing = Pipeline.finishing(repairs);
    BiConsumer<Pipeline.Unfinished, Origin> written = (article, from) -> write(sink, nextId[0]++, finishing.apply(article), from);
    StoryRepeatWindow stories = null;
    if (dedup.near() == DedupSettings.NearMode.ARTICLE) {
      stories = new StoryRepeatWindow((id, a, o) -> write(sink, id, a, o), summary::countRepeatedStory);
      StoryRepeatWindow window = stories;
      written = (article, from) -> window.accept(finishing.apply(article), from);
    }
    IndexFile file = dedup.index() == null ? null : IndexFile.lock(dedup.index());
    // With two threads, the reader thread also makes the block fingerprints the repeats need.
    BlockFeed feed = new BlockFeed(reading, stdin, threads > 1 && repairs.dedup());
    // With two threads, a third finishes and writes the articles in order: see ArticleHandOff.
    ArticleHandOff handOff = null;
    if (threads > 1) {
      // Articles reach the sink in batches: its records may leave once a batch.
      sink.writeInBatches();
      handOff = new ArticleHandOff(written, () -> flush(sink));
    }
    BiConsumer<Pipeline.Unfinished, Origin> direct = written;
    ArticleOut out = handOff != null ? handOff::accept : (article, from, weight) -> direct.accept(article, from);
    if (threads > 1 && dedup.near() == DedupSettings.NearMode.PARAGRAPH) {
      sketchAhead = new SketchAhead();
    }
    try {
      NearDuplicateIndex near = nearIndex();
      InMemoryParagraphIndex index = file == null ? new InMemoryParagraphIndex() : file.load(near);
      Chain chain = new Chain(out, givenIndex != null && file == null ? givenIndex : index, near);
      chain.onInputEnd = handOff == null ? () -> {} : handOff::flush;
      this.bytes = feed::bytesRead;
      try {
        if (threads > 1) {
          ArticleHandOff finished = handOff;
          feed.feedInBackground(
              inputs,
              chain::on,
              sketchAhead != null ? sketchAhead : BlockFeed.BatchWatcher.NONE,
              // The input paused: the articles finished so far go to the sink now, not with a full batch.
              () -> flush(finished));
        } else {
          feed.feed(inputs, chain::on);
        }
        if (handOff != null) {
          handOff.finish();
        }
      } finally {
        if (handOff != null) {
          // After a failure, the articles completed before it are written, as in one thread.
          handOff.drain();
        }
        if (stories != null) {
          // The held articles are complete: they are written even when the run fails after them.
          stories.flush();
        }
      }
      if (file != null && saveIndex) {
        file.save(index, near);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      if (sketchAhead != null) {
        sketchAhead.close();
        sketchAhead = null;
      }
      closeQuietly(texts);
      if (file != null) {
        file.close();
      }
    }
    return summary;
  }

  /** A step that may fail with an I/O error. */
  private interface IoAction {
    void run() throws IOException;
  }

  /** Where the cleaning half sends each article whose run-wide verdicts are made. */
  private interface ArticleOut {
    /**
     * @param weight the input bytes the article was made from
     */
    void accept(Pipeline.Unfinished article, Origin from, long weight) throws IOException;
  }

  /** The cleaning half of a run: takes the feed's events in order and drives the pipeline. */
  private final class Chain {
    private final Consumer<Pipeline.Unfinished> out;
    /** Called after each input's last article went out. */
    private IoAction onInputEnd = () -> {};
    private Pipeline pipeline;
    private boolean firstInput = true;
    /** UTF-8 bytes of the blocks, removed ones included, given to the pipeline since its last article. */
    private long articleBytes;
    /**
     * Blocks read of the current input, added to the summary at its end: the summary's counters
     * share a cache line, and the writing thread adds to them at every article.
     */
    private long blocks;

    Chain(ArticleOut out, ParagraphIndex index, NearDuplicateIndex near) {
      this.out =
          article -> {
            long weight = articleBytes;
            articleBytes = 0;
            try {
              out.accept(article, origin, weight);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          };
      this.pipeline =
          Pipeline.createUnfinished(
              repairs, index, near, this.out, boundaries,
              givenShortLines != null ? givenShortLines : ShortLineMemory.inMemory());
    }

    /**
     * Cuts the article in progress when its text, removed repeats included, would pass {@code
     * --max-article-bytes}: it ends as a document ends, and the rest goes on as a new record, so
     * that nothing is lost and one article never holds more than the limit (a page of 10⁶ copies of
     * one paragraph). {@code warning: dump.txt:812: article over --max-article-bytes 1024; cut here,
     * the rest goes on as a new record}; exit 3 under {@code --strict}. Pinned by {@code
     * ArticleLimitTest}.
     */
    private void limitArticle(Block block, long size) throws IOException {
      if (articleBytes > 0 && articleBytes + size > reading.maxArticleBytes()) {
        String what = "article over --max-article-bytes " + reading.maxArticleBytes();
        if (reading.strict()) {
          throw new InputException(block.span().position(), what + " (--strict)");
        }
        diagnostics.accept(
            "warning: " + block.span().position() + ": " + what + "; cut here, the rest goes on as a new record");
        pipeline.endDocument();
        articleBytes = 0;
      }
      articleBytes += size;
    }

    void on(FeedEvent event) {
      try {
        dispatch(event);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void dispatch(FeedEvent event) throws IOException {
      if (event instanceof FeedEvent.NextBlock next) {
        Block block = next.block();
        for (Warning w : block.warnings()) {
          if (w.code().equals("invalid-utf8")) {
            // One warning per input, not per line: a damaged file would bury everything else.
            if (invalidLines++ == 0) {
              firstInvalidAt = block.span().position();
              firstInvalid = w.message();
            }
            continue;
          }
          diagnostics.accept("warning: " + block.span().position() + ": " + w.message());
        }
        blocks++;
        limitArticle(block, next.utf8Bytes());
        blockListener.accept(block);
        pipeline.accept(block, next.print());
      } else if (event instanceof FeedEvent.DocumentStart start) {
        origin = start.origin();
      } else if (event instanceof FeedEvent.DocumentEnd) {
        pipeline.endDocument();
        articleBytes = 0;
      } else if (event instanceof FeedEvent.InputStart) {
        if (dedup.scope() == DedupSettings.Scope.FILE && !firstInput) {
          // Repeats are looked for within each input only: a fresh memory for every file.
          closeQuietly(texts);
          texts = null;
          pipeline =
              Pipeline.createUnfinished(
                  repairs, new InMemoryParagraphIndex(), nearIndex(), out, boundaries, ShortLineMemory.inMemory());
          articleBytes = 0;
        }
        firstInput = false;
      } else if (event instanceof FeedEvent.InputEnd end) {
        onInputEnd.run();
        warnInvalidUtf8();
        summary.countBlocks(blocks);
        blocks = 0;
        summary.count(end.stats());
      } else if (event instanceof FeedEvent.Note note) {
        diagnostics.accept(note.message());
      }
    }
  }

  /**
   * The input's invalid UTF-8 as one warning: the line's own when there is one, else {@code
   * warning: dump.txt:3: invalid UTF-8 replaced with U+FFFD on 25 lines, the first here; each
   * record's warnings name its lines}. Pinned by {@code CleanCommandTest}.
   */
  private void warnInvalidUtf8() {
    if (invalidLines == 1) {
      diagnostics.accept("warning: " + firstInvalidAt + ": " + firstInvalid);
    } else if (invalidLines > 1) {
      diagnostics.accept("warning: " + firstInvalidAt + ": invalid UTF-8 replaced with U+FFFD on " + invalidLines
          + " lines, the first here; each record's warnings name its lines");
    }
    invalidLines = 0;
    firstInvalid = null;
  }

  /** A near-duplicate index over a fresh paragraph store, or null when near copies are not looked for. */
  private NearDuplicateIndex nearIndex() throws IOException {
    if (dedup.near() == DedupSettings.NearMode.OFF) {
      return null;
    }
    texts = TempFileParagraphStore.create();
    NearDuplicateIndex near = nearFactory != null ? nearFactory.apply(texts) : new NearDuplicateIndex(dedup.nearThreshold(), texts);
    return sketchAhead != null ? near.withSketches(sketchAhead.asFunction()) : near;
  }

  private static void closeQuietly(ParagraphStore store) throws IOException {
    if (store != null) {
      store.close();
    }
  }

  private static void flush(ArticleHandOff handOff) {
    try {
      handOff.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void flush(ArticleSink sink) {
    try {
      sink.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(ArticleSink sink, long id, Article article, Origin from) {
    // What the record or front matter states outright wins over what was read from the text.
    Article stated = from.metadata().isEmpty() ? article : article.withMetadata(from.metadata().plus(article.metadata()));
    try {
      sink.write(id, stated, from);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    summary.count(article);
    progress.progress(bytes.getAsLong(), summary.articles());
  }
}
