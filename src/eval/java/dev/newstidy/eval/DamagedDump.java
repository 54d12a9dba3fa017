package dev.newstidy.eval;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A damaged dump held in memory with its truth, one entry per planted article in dump order.
 *
 * @param text the dump, UTF-8 when written out, lines ending in {@code \n}
 */
public record DamagedDump(String text, List<TruthArticle> truth) {
  /** Half the articles Chinese, half English. */
  public static final double CHINESE_SHARE = 0.5;

  public DamagedDump {
    truth = List.copyOf(truth);
  }

  /** {@code articles} articles composed and damaged from {@code seed}; the same seed gives the same dump. */
  public static DamagedDump generate(long seed, int articles, DamageRates rates) {
    SplittableRandom random = new SplittableRandom(seed);
    ArticleStream stream = ArticleStream.unique(random.split(), rates, CHINESE_SHARE);
    DumpCorruptor corruptor = new DumpCorruptor(rates, random.split(), stream::claim);
    StringWriter text = new StringWriter();
    NumberedWriter out = new NumberedWriter(text);
    List<TruthArticle> truth = new ArrayList<>();
    for (int i = 0; i < articles; i++) {
      truth.add(corruptor.write(stream.next(), out));
    }
    return new DamagedDump(text.toString(), truth);
  }
}
