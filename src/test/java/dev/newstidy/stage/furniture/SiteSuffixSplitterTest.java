package dev.newstidy.stage.furniture;

import static dev.newstidy.testing.Articles.p;
import static dev.newstidy.testing.Articles.titled;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.newstidy.model.Article;
import dev.newstidy.model.Metadata;
import dev.newstidy.model.Removal;
import dev.newstidy.model.RemovalReason;
import dev.newstidy.stage.ArticleStage;
import dev.newstidy.stage.ArticleStageContract;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SiteSuffixSplitterTest extends ArticleStageContract {
  private final SiteSuffixSplitter splitter = new SiteSuffixSplitter();

  @Override
  protected ArticleStage stage() {
    return splitter;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '¦',
      value = {
        "柳河镇新桥通车｜临江发布｜临江日报 ¦ 柳河镇新桥通车 ¦ 临江日报",
        "柳河镇新桥通车_临江新闻网 ¦ 柳河镇新桥通车 ¦ 临江新闻网",
        "臨江縣新橋通車 | 臨江新聞 ¦ 臨江縣新橋通車 ¦ 臨江新聞",
        "Mill bridge reopens - Reuters ¦ Mill bridge reopens ¦ Reuters",
        "Mill bridge reopens – Lake County Herald ¦ Mill bridge reopens ¦ Lake County Herald",
        "Mayors talk economy on Monday - Action News ¦ Mayors talk economy on Monday ¦ Action News",
        "Mill bridge reopens | valleygazette.example.com ¦ Mill bridge reopens ¦ valleygazette.example.com",
      })
  void takesSiteSuffixIntoPublisher(String title, String headline, String publisher) {
    Article article = titled(title, p(2, "正文一段。"));

    Article cut = splitter.apply(article);

    assertThat(cut.title()).isEqualTo(headline);
    assertThat(cut.metadata().publisher()).isEqualTo(publisher);
    assertThat(cut.removed()).extracting(Removal::reason).containsExactly(RemovalReason.METADATA);
    assertThat(headline + cut.removed().get(0).text()).isEqualToIgnoringWhitespace(title);
  }

  @Test
  void takesSuffixThatIsThePagesSourceLineAndKeepsThatPublisher() {
    Article article =
        titled("柳河镇新桥通车 | 柳河融媒", p(3, "正文一段。"))
            .withMetadata(new Metadata(null, null, "柳河融媒", ImmutableList.of()));

    Article cut = splitter.apply(article);

    assertThat(cut.title()).isEqualTo("柳河镇新桥通车");
    assertThat(cut.metadata().publisher()).isEqualTo("柳河融媒");
  }

  @Test
  void keepsThePublisherOfTheSourceLineOverTheSuffix() {
    Article article =
        titled("柳河镇新桥通车_临江新闻网", p(3, "正文一段。"))
            .withMetadata(new Metadata(null, null, "临江日报", ImmutableList.of()));

    Article cut = splitter.apply(article);

    assertThat(cut.title()).isEqualTo("柳河镇新桥通车");
    assertThat(cut.metadata().publisher()).isEqualTo("临江日报");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Covid - the year after",
        "上海—北京高铁",
        "上海 — 北京高铁今日开通",
        "两会观察｜代表委员热议乡村振兴",
        "两会观察｜走进临江日报",
        "中新社70年 | 25年前,有这样一群中青年",
        "Mill bridge reopens - Part two",
        "COVID_19 cases fall",
        "News - Reuters",
        "柳河镇新桥通车",
      })
  void keepsHeadlinesWithoutClearSiteSuffix(String title) {
    Article article = titled(title, p(2, "正文一段。"));

    assertThat(splitter.apply(article)).isEqualTo(article);
  }

  @Test
  void leavesUntitledArticlesAlone() {
    Article untitled = dev.newstidy.testing.Articles.articleOf(p(1, "正文 | 临江日报"));

    assertThat(splitter.apply(untitled)).isEqualTo(untitled);
  }
}
