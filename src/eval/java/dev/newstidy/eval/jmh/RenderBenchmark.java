package dev.newstidy.eval.jmh;

import dev.newstidy.config.RepairSettings;
import dev.newstidy.model.Article;
import dev.newstidy.model.Block;
import dev.newstidy.model.Origin;
import dev.newstidy.output.ArticleRenderer;
import dev.newstidy.output.OutputFormat;
import dev.newstidy.stage.Pipeline;
import dev.newstidy.stage.dedup.InMemoryParagraphIndex;
import java.io.IOException;
import java.util.ArrayList;
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
 * The per-article file content: every article of the 10 MB dump, as the pipeline finishes it,
 * rendered as Markdown with its front matter ({@code --output DIR}'s default format).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xss4m"})
public class RenderBenchmark {
  private final ArticleRenderer renderer = new ArticleRenderer();
  private List<Article> articles;

  @Setup
  public void prepare() {
    List<Article> finished = new ArrayList<>();
    Pipeline pipeline = Pipeline.create(RepairSettings.defaults(), new InMemoryParagraphIndex(), finished::add);
    for (Block block : BenchmarkDump.blocks(BenchmarkDump.bytes())) {
      pipeline.accept(block);
    }
    pipeline.endDocument();
    articles = finished;
  }

  @Benchmark
  public void markdown(Blackhole sink) throws IOException {
    long id = 1;
    for (Article article : articles) {
      sink.consume(renderer.render(id++, article, Origin.UTF8, OutputFormat.MD));
    }
  }
}
