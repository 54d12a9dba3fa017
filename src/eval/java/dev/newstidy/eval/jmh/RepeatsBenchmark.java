package dev.newstidy.eval.jmh;

import dev.newstidy.config.RepairSettings;
import dev.newstidy.model.Block;
import dev.newstidy.stage.Pipeline;
import dev.newstidy.stage.dedup.InMemoryParagraphIndex;
import java.nio.charset.StandardCharsets;
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
 * One article of N paragraphs through the whole pipeline (repeats, segmenter, article stages):
 * every paragraph a copy of the first ({@code repeated}: N − 1 repeats removed inside one article),
 * or every paragraph different ({@code distinct}). Time must grow linearly with N for both, and a
 * repeat must cost no more than a kept paragraph: {@code repeated} at most 2× {@code distinct} for
 * the same N. Before the segmenter counted its queued text blocks, {@code repeated} was quadratic.
 *
 * <pre>src/bench/jmh.sh RepeatsBenchmark                      # N = 10⁵ and 10⁶ (about 2 minutes)
 * src/bench/jmh.sh RepeatsBenchmark -p paragraphs=100000  # N = 10⁵ only</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xss4m", "-Xmx2g"})
public class RepeatsBenchmark {
  @Param({"100000", "1000000"})
  public int paragraphs;

  @Param({"repeated", "distinct"})
  public String kind;

  private List<Block> blocks;

  @Setup
  public void prepare() {
    StringBuilder dump = new StringBuilder("# 青石镇新修河岸步道\n\n");
    for (int i = 0; i < paragraphs; i++) {
      String number = kind.equals("repeated") ? "" : Integer.toString(i);
      dump.append("青石镇的河岸今年新修了步道").append(number).append(",傍晚散步的居民比往年多了许多。\n\n");
    }
    blocks = BenchmarkDump.blocks(dump.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The article's blocks through the pipeline, as {@code clean} runs them, into a blackhole. */
  @Benchmark
  public void oneArticle(Blackhole sink) {
    Pipeline pipeline = Pipeline.create(RepairSettings.defaults(), new InMemoryParagraphIndex(), sink::consume);
    for (Block block : blocks) {
      pipeline.accept(block);
    }
    pipeline.endDocument();
  }
}
