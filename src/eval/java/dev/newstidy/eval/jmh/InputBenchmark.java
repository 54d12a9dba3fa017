package dev.newstidy.eval.jmh;

import dev.newstidy.input.BlockReader;
import dev.newstidy.input.Document;
import dev.newstidy.input.DumpReader;
import dev.newstidy.input.InputSource;
import dev.newstidy.input.Line;
import dev.newstidy.input.LineReader;
import dev.newstidy.input.ReadSettings;
import dev.newstidy.model.Block;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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
 * Reading 10 MB of dump: bytes to decoded lines ({@code LineReader}), then lines to blocks ({@code
 * BlockReader}), and the whole reading half of a run ({@code DumpReader}: decoding, the line filter
 * of {@code LineNormaliser}, blocks).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xss4m"})
public class InputBenchmark {
  private byte[] dump;

  @Setup
  public void generate() {
    dump = BenchmarkDump.bytes();
  }

  @Benchmark
  public void lineReader(Blackhole sink) throws IOException {
    LineReader reader = new LineReader(new ByteArrayInputStream(dump));
    for (Line line = reader.next(); line != null; line = reader.next()) {
      sink.consume(line);
    }
  }

  @Benchmark
  public void blockReader(Blackhole sink) throws IOException {
    BlockReader reader = new BlockReader(new LineReader(new ByteArrayInputStream(dump)), "bench.txt", false);
    for (Block block = reader.next(); block != null; block = reader.next()) {
      sink.consume(block);
    }
  }

  @Benchmark
  public void dumpReader(Blackhole sink) throws IOException {
    InputSource input = InputSource.opened("bench.txt", () -> new ByteArrayInputStream(dump));
    try (DumpReader reader = DumpReader.open(input, ReadSettings.defaults(), null, sink::consume)) {
      for (Document d = reader.next(); d != null; d = reader.next()) {
        BlockReader blocks = BlockReader.of(d, false);
        for (Block block = blocks.next(); block != null; block = blocks.next()) {
          sink.consume(block);
        }
      }
    }
  }
}
