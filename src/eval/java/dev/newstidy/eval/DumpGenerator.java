package dev.newstidy.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a damaged dump of a given size for speed measurements, streaming, in flat memory: Chinese
 * and English articles mixed half and half, with the default damage rates. The same seed and size
 * give the same bytes. {@code DumpGenerator --size-mb N [--seed S] --out FILE}
 */
public final class DumpGenerator {
  private DumpGenerator() {}

  public static void main(String[] args) throws IOException {
    double sizeMb = 0;
    long seed = 6;
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--size-mb" -> sizeMb = Double.parseDouble(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (out == null || sizeMb <= 0) {
      throw new IllegalArgumentException("usage: DumpGenerator --size-mb N [--seed S] --out FILE");
    }
    long start = System.nanoTime();
    Summary s;
    try (Writer writer =
        new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 16)) {
      s = write(writer, (long) (sizeMb * 1_000_000), seed);
    }
    System.err.printf(Locale.ROOT, "generated %s: %.1f MB, %d lines, %d articles in %.1f s%n",
        out, s.bytes() / 1e6, s.lines(), s.articles(), (System.nanoTime() - start) / 1e9);
  }

  /** What was written. */
  public record Summary(long bytes, int lines, long articles) {}

  /** Writes whole articles until at least {@code bytes} UTF-8 bytes stand in {@code writer}. */
  public static Summary write(Writer writer, long bytes, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    DamageRates rates = DamageRates.defaults();
    ArticleStream stream = ArticleStream.unchecked(random.split(), rates, DamagedDump.CHINESE_SHARE);
    DumpCorruptor corruptor = new DumpCorruptor(rates, random.split(), text -> true);
    NumberedWriter out = new NumberedWriter(writer);
    long articles = 0;
    while (out.bytes() < bytes) {
      corruptor.write(stream.next(), out);
      articles++;
    }
    return new Summary(out.bytes(), out.lines(), articles);
  }

  /** A dump of about {@code megabytes} MB as bytes in memory, for benchmarks. */
  public static byte[] inMemory(int megabytes, long seed) {
    java.io.StringWriter text = new java.io.StringWriter();
    write(text, megabytes * 1_000_000L, seed);
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }
}
