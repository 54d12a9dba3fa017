package dev.newstidy.stage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newstidy.config.RepairSettings;
import dev.newstidy.input.BlockReader;
import dev.newstidy.input.LineReader;
import dev.newstidy.model.Article;
import dev.newstidy.model.Block;
import dev.newstidy.stage.dedup.InMemoryParagraphIndex;
import dev.newstidy.stage.furniture.ShortLineMemory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A pipeline that leaves its finishing to the caller writes, once finished, what a whole one writes. */
class PipelineTest {
  private static final String DUMP =
      """
      # 青石镇修通进山公路

      青石镇今年修通了进山公路,村民们们说出行方便多了,山里的笋干也能运出去卖了。

      镇里还计划明年再修一条路,把两个村连起来,

      让孩子上学不用再走山路。

      通讯员 林川

      # 柳溪村办起了夜校

      柳溪村办起了夜校,每周三天,教村民用手机卖农产品,报名的人很多很多多。

      夜校的老师是从县里请来的,经(jīng)验丰富。

      柳溪村办起了夜校,每周三天,教村民用手机卖农产品,报名的人很多很多多。

      记者 甘雨桐

      # 第三篇只有一句没有写完的话

      这篇稿子到这里就断了,后面的内容
      """;

  @Test
  void finishingInTheCallersThreadGivesTheArticlesAWholePipelineGives() throws IOException {
    // Given the same blocks, with doubled words, pinyin, a page-break join, a repeat and a cut end
    List<Article> whole = new ArrayList<>();
    Pipeline one =
        Pipeline.create(RepairSettings.defaults(), new InMemoryParagraphIndex(), null, whole::add, c -> {},
            ShortLineMemory.inMemory());
    List<Pipeline.Unfinished> unfinished = new ArrayList<>();
    Pipeline two =
        Pipeline.createUnfinished(RepairSettings.defaults(), new InMemoryParagraphIndex(), null, unfinished::add,
            c -> {}, ShortLineMemory.inMemory());

    // When both read them, and the second's articles are finished afterwards
    feed(one);
    feed(two);
    Function<Pipeline.Unfinished, Article> finishing = Pipeline.finishing(RepairSettings.defaults());
    List<Article> finished = unfinished.stream().map(finishing).toList();

    // Then the articles are equal, warnings (in their order), joins and flags included
    assertThat(finished).isEqualTo(whole).hasSize(3);
    assertThat(whole).anyMatch(a -> a.warnings().size() >= 2).anyMatch(a -> !a.joins().isEmpty());
    assertThat(unfinished).allMatch(u -> u.article().warnings().isEmpty());
  }

  private static void feed(Pipeline pipeline) throws IOException {
    BlockReader reader =
        new BlockReader(
            new LineReader(new ByteArrayInputStream(DUMP.getBytes(StandardCharsets.UTF_8))), "d.txt", false);
    for (Block block = reader.next(); block != null; block = reader.next()) {
      pipeline.accept(block);
    }
    pipeline.endDocument();
  }
}
