package dev.newstidy.segment;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.newstidy.input.BlockReader;
import dev.newstidy.input.LineReader;
import dev.newstidy.model.Article;
import dev.newstidy.model.Block;
import dev.newstidy.model.Part;
import dev.newstidy.stage.byline.BylineDetector;
import dev.newstidy.stage.byline.ChineseNames;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the segmenter with the blocks of any bytes: it never throws, leaves no blank part, and the
 * articles it gives keep their parts in input order and follow one another in input order. Seeds:
 * {@code ArticleSegmenterFuzzTestInputs/segmentsAnyBlocks}.
 */
class ArticleSegmenterFuzzTest {
  private static final BylineDetector BYLINES = new BylineDetector(ChineseNames.load());

  @FuzzTest
  void segmentsAnyBlocks(byte[] data) throws IOException {
    List<Article> articles = new ArrayList<>();
    ArticleSegmenter segmenter = new ArticleSegmenter(BYLINES, articles::add);
    BlockReader reader = new BlockReader(new LineReader(new ByteArrayInputStream(data)), "fuzz.txt", false);
    for (Block block = reader.next(); block != null; block = reader.next()) {
      segmenter.accept(block);
    }
    segmenter.endDocument();

    int lastLine = 0;
    for (Article article : articles) {
      for (Part part : article.body()) {
        assertThat(part.text()).as("a part of %s", article.title()).isNotBlank();
        assertThat(part.span().firstLine()).as("part order").isGreaterThanOrEqualTo(lastLine);
        lastLine = part.span().firstLine();
      }
    }
  }
}
