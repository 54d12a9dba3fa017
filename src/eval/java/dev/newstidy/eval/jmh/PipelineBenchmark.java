package dev.newstidy.eval.jmh;

import dev.newstidy.config.RepairSettings;
import dev.newstidy.model.Article;
import dev.newstidy.model.Block;
import dev.newstidy.model.Origin;
import dev.newstidy.model.Piece;
import dev.newstidy.output.JsonLinesSink;
import dev.newstidy.stage.ArticleStage;
import dev.newstidy.stage.Pipeline;
import dev.newstidy.stage.dedup.InMemoryParagraphIndex;
import dev.newstidy.stage.dedup.ParagraphFingerprint;
import dev.newstidy.stage.dedup.RepeatedParagraphRemover;
import dev.newstidy.stage.byline.BylineDetector;
import dev.newstidy.stage.byline.ChineseNames;
import dev.newstidy.stage.furniture.BlockTriage;
import dev.newstidy.stage.furniture.BoilerplateDetector;
import dev.newstidy.stage.furniture.MetadataLineParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The stages after reading, each over the blocks or articles of the same 10 MB dump: the whole
 * pipeline (repeats, segmenter, article stages), the fingerprints alone, each article stage alone,
 * and the JSON Lines sink.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xss4m"})
public class PipelineBenchmark {
  private List<Block> blocks;
  private List<ParagraphFingerprint.Fingerprint> prints;
  private List<Piece> pieces;
  private List<Article> segmented;
  private List<Article> finished;
  private List<ArticleStage> stages;

  @Setup
  public void prepare() {
    blocks = BenchmarkDump.blocks(BenchmarkDump.bytes());
    prints = blocks.stream().map(b -> ParagraphFingerprint.of(b.text())).toList();
    RepeatedParagraphRemover repeats =
        new RepeatedParagraphRemover(new InMemoryParagraphIndex(), RepairSettings.defaults().minRepeatChars());
    pieces = blocks.stream().map(repeats::apply).toList();
    segmented = BenchmarkDump.segment(pieces);
    Pipeline pipeline = Pipeline.create(RepairSettings.defaults(), new InMemoryParagraphIndex(), a -> {});
    stages = pipeline.stages();
    finished = segmented.stream().map(this::applyAll).toList();
  }

  private Article applyAll(Article article) {
    Article result = article;
    for (ArticleStage stage : stages) {
      result = stage.apply(result);
    }
    return result;
  }

  /** Repeats, segmenter and every article stage, as {@code clean} runs them, into a blackhole. */
  @Benchmark
  public void pipeline(Blackhole sink) {
    Pipeline pipeline = Pipeline.create(RepairSettings.defaults(), new InMemoryParagraphIndex(), sink::consume);
    for (Block block : blocks) {
      pipeline.accept(block);
    }
    pipeline.endDocument();
  }

  /** Block-level repeats alone: fingerprint, index look-up and filing, every block. */
  @Benchmark
  public void repeatedParagraphRemover(Blackhole sink) {
    RepeatedParagraphRemover repeats =
        new RepeatedParagraphRemover(new InMemoryParagraphIndex(), RepairSettings.defaults().minRepeatChars());
    for (Block block : blocks) {
      sink.consume(repeats.apply(block));
    }
  }

  /**
   * Block-level repeats given the fingerprints made ahead, as the cleaning thread runs them when
   * the reader thread makes the prints: the index look-up and filing, every block.
   */
  @Benchmark
  public void repeatedParagraphRemoverGivenPrints(Blackhole sink) {
    RepeatedParagraphRemover repeats =
        new RepeatedParagraphRemover(new InMemoryParagraphIndex(), RepairSettings.defaults().minRepeatChars());
    for (int i = 0; i < blocks.size(); i++) {
      sink.consume(repeats.apply(blocks.get(i), prints.get(i)));
    }
  }

  /** The furniture triage alone (patterns, metadata lines, short lines seen on earlier pages). */
  @Benchmark
  public void blockTriage(Blackhole sink) {
    BylineDetector names = new BylineDetector(ChineseNames.load());
    BlockTriage triage =
        new BlockTriage(BoilerplateDetector.load(), new MetadataLineParser(), line -> names.parseWhole(line).isPresent());
    for (Block block : blocks) {
      sink.consume(triage.apply(block));
    }
  }

  /** The segmenter alone, on the pieces the repeat removal left (no article stage run). */
  @Benchmark
  public void segmenter(Blackhole sink) {
    sink.consume(BenchmarkDump.segment(pieces));
  }

  /** NFKC, case folded, white space removed, then hashed: the work of repeat detection per block. */
  @Benchmark
  public void paragraphFingerprint(Blackhole sink) {
    for (Block block : blocks) {
      sink.consume(ParagraphFingerprint.ofNormalised(ParagraphFingerprint.normalise(block.text())));
    }
  }

  /** The fingerprint as repeat detection takes it: normalised while hashed, per block. */
  @Benchmark
  public void paragraphFingerprintOf(Blackhole sink) {
    for (Block block : blocks) {
      sink.consume(ParagraphFingerprint.of(block.text()));
    }
  }

  @Benchmark
  public void emphasisMarkupRemover(Blackhole sink) {
    runStage("EmphasisMarkupRemover", sink);
  }

  @Benchmark
  public void oddityFinder(Blackhole sink) {
    runStage("OddityFinder", sink);
  }

  @Benchmark
  public void brokenParagraphJoiner(Blackhole sink) {
    runStage("BrokenParagraphJoiner", sink);
  }

  @Benchmark
  public void truncationFlagger(Blackhole sink) {
    runStage("TruncationFlagger", sink);
  }

  private void runStage(String name, Blackhole sink) {
    ArticleStage stage =
        stages.stream().filter(s -> s.getClass().getSimpleName().equals(name)).findFirst().orElseThrow();
    for (Article article : segmented) {
      sink.consume(stage.apply(article));
    }
  }

  /** Finished articles rendered as JSON Lines into a writer that discards them. */
  @Benchmark
  public void jsonLinesSink() throws IOException {
    JsonLinesSink out = new JsonLinesSink(new PrintWriter(Writer.nullWriter()));
    long id = 1;
    for (Article article : finished) {
      out.write(id++, article, Origin.UTF8);
    }
    out.close();
  }

  /**
   * As {@code clean --output -} wrote until now: a UTF-8 encoder behind the writer, into a
   * stream that discards the bytes. Compare with {@link #jsonLinesSinkBytes}.
   */
  @Benchmark
  public void jsonLinesSinkEncoded() throws IOException {
    JsonLinesSink out =
        new JsonLinesSink(
            new PrintWriter(
                new java.io.BufferedWriter(
                    new java.io.OutputStreamWriter(java.io.OutputStream.nullOutputStream(), java.nio.charset.StandardCharsets.UTF_8),
                    1 << 16)));
    long id = 1;
    for (Article article : finished) {
      out.write(id++, article, Origin.UTF8);
    }
    out.close();
  }

  /** As {@code clean --output -} writes: Jackson's UTF-8 generator on the byte stream. */
  @Benchmark
  public void jsonLinesSinkBytes() throws IOException {
    JsonLinesSink out = new JsonLinesSink(java.io.OutputStream.nullOutputStream(), () -> null);
    long id = 1;
    for (Article article : finished) {
      out.write(id++, article, Origin.UTF8);
    }
    out.close();
  }
}
