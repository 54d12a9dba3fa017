package dev.newstidy.app;

import dev.newstidy.config.RepairSettings;
import dev.newstidy.input.BlockReader;
import dev.newstidy.input.InputException;
import dev.newstidy.input.InputSource;
import dev.newstidy.input.LineReader;
import dev.newstidy.model.Article;
import dev.newstidy.model.Block;
import dev.newstidy.model.Warning;
import dev.newstidy.output.ArticleSink;
import dev.newstidy.stage.Pipeline;
import dev.newstidy.stage.dedup.InMemoryParagraphIndex;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * One run of {@code newstidy clean}: reads the inputs in the order given, feeds their blocks through
 * the pipeline, and hands each finished article to the sink with its run id. It owns the loop and
 * the closing; it holds no text rules.
 */
public final class CleanRun {
  private final RepairSettings repairs;
  private final boolean strict;
  private final InputStream stdin;
  private final Consumer<String> diagnostics;
  private final RunSummary summary = new RunSummary();

  /**
   * @param stdin what {@code -} reads
   * @param diagnostics receives one-line warnings about the input ({@code warning: PATH:LINE: …})
   */
  public CleanRun(
      RepairSettings repairs, boolean strict, InputStream stdin, Consumer<String> diagnostics) {
    this.repairs = repairs;
    this.strict = strict;
    this.stdin = stdin;
    this.diagnostics = diagnostics;
  }

  /** Reads every input into {@code sink}; the caller closes or aborts the sink. */
  public RunSummary run(List<InputSource> inputs, ArticleSink sink) throws IOException {
    long[] nextId = {1};
    Pipeline pipeline =
        Pipeline.create(
            repairs,
            new InMemoryParagraphIndex(),
            article -> write(sink, nextId[0]++, article));
    try {
      for (InputSource input : inputs) {
        readDocument(input, pipeline);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return summary;
  }

  private void write(ArticleSink sink, long id, Article article) {
    try {
      sink.write(id, article);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    summary.count(article);
  }

  private void readDocument(InputSource input, Pipeline pipeline) throws IOException {
    try (InputStream in = input.open(stdin)) {
      LineReader lines = new LineReader(in);
      if (lines.isBinary()) {
        diagnostics.accept("warning: " + input.label() + ": binary file (NUL bytes), skipped");
        summary.countSkipped();
        return;
      }
      summary.countFile();
      BlockReader blocks = new BlockReader(lines, input.label(), strict);
      for (Block block = nextBlock(blocks, input); block != null; block = nextBlock(blocks, input)) {
        for (Warning w : block.warnings()) {
          diagnostics.accept("warning: " + input.label() + ":" + w.line() + ": " + w.message());
        }
        pipeline.accept(block);
      }
      pipeline.endDocument();
    }
  }

  /** The next block; a failing read names the input it failed on. */
  private static Block nextBlock(BlockReader blocks, InputSource input) throws IOException {
    try {
      return blocks.next();
    } catch (InputException e) {
      throw e;
    } catch (IOException e) {
      throw new InputException(input.label(), "read failed: " + e.getMessage(), e);
    }
  }
}
