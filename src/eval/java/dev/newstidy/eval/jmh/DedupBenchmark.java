package dev.newstidy.eval.jmh;

import dev.newstidy.model.Block;
import dev.newstidy.stage.dedup.InMemoryParagraphIndex;
import dev.newstidy.stage.dedup.ListParagraphStore;
import dev.newstidy.stage.dedup.NearDuplicateIndex;
import dev.newstidy.stage.dedup.ParagraphFingerprint;
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
 * Repeat detection over every block of the 10 MB dump: the exact path (normalise, fingerprint,
 * look up in the primitive index) and the near-copy path (shingles, MinHash signature, LSH lookup,
 * candidates confirmed against texts kept in memory here instead of a file). The score is
 * milliseconds for the whole dump, so MB/s is 10,000 ÷ score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xss4m"})
public class DedupBenchmark {
  private List<Block> blocks;

  @Setup
  public void prepare() {
    blocks = BenchmarkDump.blocks(BenchmarkDump.bytes());
  }

  /** Normalise, fingerprint and look up every block in a fresh exact index. */
  @Benchmark
  public void exactIndex(Blackhole sink) {
    InMemoryParagraphIndex index = new InMemoryParagraphIndex();
    for (Block block : blocks) {
      long fingerprint = ParagraphFingerprint.of(block.text()).hash();
      sink.consume(index.putIfAbsent(fingerprint, block.span()));
    }
  }

  /** MinHash signature and LSH lookup for every block, with each candidate confirmed. */
  @Benchmark
  public void nearIndex(Blackhole sink) {
    NearDuplicateIndex index = new NearDuplicateIndex(0.8, new ListParagraphStore());
    for (Block block : blocks) {
      sink.consume(index.findAndAdd(block.text(), block.span()));
    }
  }
}
