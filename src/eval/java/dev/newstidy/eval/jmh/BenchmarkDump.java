package dev.newstidy.eval.jmh;

import dev.newstidy.config.RepairSettings;
import dev.newstidy.eval.DumpGenerator;
import dev.newstidy.input.BlockReader;
import dev.newstidy.input.LineReader;
import dev.newstidy.model.Article;
import dev.newstidy.model.Block;
import dev.newstidy.model.Piece;
import dev.newstidy.segment.ArticleSegmenter;
import dev.newstidy.stage.byline.BylineDetector;
import dev.newstidy.stage.byline.ChineseNames;
import dev.newstidy.stage.dedup.InMemoryParagraphIndex;
import dev.newstidy.stage.dedup.RepeatedParagraphRemover;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The input every benchmark shares: the same generated dump as bytes, as blocks, and as the
 * articles the segmenter makes of them before any article stage.
 */
final class BenchmarkDump {
  static final int MEGABYTES = 10;
  static final long SEED = 6;

  private BenchmarkDump() {}

  static byte[] bytes() {
    return DumpGenerator.inMemory(MEGABYTES, SEED);
  }

  static List<Block> blocks(byte[] dump) {
    try {
      BlockReader reader = new BlockReader(new LineReader(new ByteArrayInputStream(dump)), "bench.txt", false);
      List<Block> blocks = new ArrayList<>();
      for (Block b = reader.next(); b != null; b = reader.next()) {
        blocks.add(b);
      }
      return blocks;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The segmenter's articles, after repeat removal and before the article stages. */
  static List<Article> segmentedArticles(List<Block> blocks) {
    RepeatedParagraphRemover repeats =
        new RepeatedParagraphRemover(new InMemoryParagraphIndex(), RepairSettings.defaults().minRepeatChars());
    return segment(blocks.stream().map(repeats::apply).toList());
  }

  /** The segmenter's articles from the pieces the repeat removal left. */
  static List<Article> segment(List<Piece> pieces) {
    List<Article> articles = new ArrayList<>();
    ArticleSegmenter segmenter = new ArticleSegmenter(new BylineDetector(ChineseNames.load()), articles::add);
    for (Piece piece : pieces) {
      segmenter.accept(piece);
    }
    segmenter.endDocument();
    return articles;
  }
}
