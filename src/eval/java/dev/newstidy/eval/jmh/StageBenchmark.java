package dev.newstidy.eval.jmh;

import dev.newstidy.config.RepairSettings;
import dev.newstidy.model.Article;
import dev.newstidy.model.Block;
import dev.newstidy.stage.ArticleStage;
import dev.newstidy.stage.Pipeline;
import dev.newstidy.stage.dedup.InMemoryParagraphIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Each article stage of the default mode on its own, over the articles of the same 10 MB dump as
 * the stages before it left them (the repeat removal and the segmenter alone are in {@link
 * PipelineBenchmark}). {@code src/bench/jmh.sh} turns the scores into MB/s of dump.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xss4m"})
public class StageBenchmark {
  /** The article stages in the order a run applies them ({@code Pipeline.stages()}). */
  @Param({
    "EmphasisMarkupRemover",
    "DatelineExtractor",
    "EditorCreditMover",
    "CaptionCreditBylineDropper",
    "SiteSuffixSplitter",
    "OddityFinder",
    "BrokenParagraphJoiner",
    "Dehyphenator",
    "TruncationFlagger",
    "PunctuationWidthNormaliser"
  })
  public String stage;

  private ArticleStage chosen;
  private List<Article> input;

  @Setup
  public void prepare() {
    List<Block> blocks = BenchmarkDump.blocks(BenchmarkDump.bytes());
    List<ArticleStage> stages =
        Pipeline.create(RepairSettings.defaults(), new InMemoryParagraphIndex(), a -> {}).stages();
    input = new ArrayList<>(BenchmarkDump.segmentedArticles(blocks));
    for (ArticleStage each : stages) {
      if (each.getClass().getSimpleName().equals(stage)) {
        chosen = each;
        return;
      }
      input.replaceAll(each::apply);
    }
    throw new IllegalArgumentException("no stage " + stage + " in " + stages);
  }

  /** The chosen article stage over every article, as the stages before it left them. */
  @Benchmark
  public void articleStage(Blackhole sink) {
    for (Article article : input) {
      sink.consume(chosen.apply(article));
    }
  }
}
