package dev.newstidy.stage.check;

import static dev.newstidy.testing.Articles.articleOf;
import static dev.newstidy.testing.Articles.h;
import static dev.newstidy.testing.Articles.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newstidy.model.Article;
import dev.newstidy.model.Warning;
import dev.newstidy.stage.ArticleStage;
import dev.newstidy.stage.ArticleStageContract;
import org.junit.jupiter.api.Test;

class OddityFinderTest extends ArticleStageContract {
  private final OddityFinder finder = new OddityFinder();

  @Override
  protected ArticleStage stage() {
    return finder;
  }

  @Test
  void reportsDoubledChineseWordWithItsLine() {
    Article article = articleOf(p(3, "开头。"), p(7, "镇里将探索探索更多办法。"));

    Article checked = finder.apply(article);

    assertThat(checked.warnings())
        .extracting(Warning::code, Warning::line)
        .containsExactly(tuple("doubled-word", 7));
    assertThat(checked.warnings().get(0).message()).contains("探索探索");
    assertThat(checked.body()).isEqualTo(article.body());
  }

  @Test
  void doesNotReportDeliberateReduplication() {
    Article article = articleOf(p(3, "大家一步一步往前走,天天天天都在练。"));

    assertThat(finder.apply(article)).isSameAs(article);
  }

  @Test
  void reportsDoubledEnglishWord() {
    Article article = articleOf(p(4, "Work will start in the the fall."));

    assertThat(finder.apply(article).warnings())
        .extracting(Warning::code, Warning::line)
        .containsExactly(tuple("doubled-word", 4));
  }

  @Test
  void reportsLowerCaseLatinWordInsideChineseSentence() {
    Article article = articleOf(p(5, "工作制度化 and 运行规范化同步推进。"));

    Article checked = finder.apply(article);

    assertThat(checked.warnings())
        .extracting(Warning::code, Warning::line)
        .containsExactly(tuple("latin-in-cjk", 5));
    assertThat(checked.warnings().get(0).message()).contains("\"and\"");
  }

  @Test
  void doesNotReportUpperCaseOrDigitsInsideChineseSentence() {
    Article article = articleOf(p(3, "全镇5G网络覆盖率提高,GDP增长明显。"));

    assertThat(finder.apply(article)).isSameAs(article);
  }

  @Test
  void checksHeadingsToo() {
    Article article = articleOf(h(2, "探索探索新路子"));

    assertThat(finder.apply(article).warnings()).extracting(Warning::line).containsExactly(2);
  }

  @Test
  void reportsNothingTwice() {
    Article article = articleOf(p(3, "镇里将探索探索更多办法。"));

    Article twice = finder.apply(finder.apply(article));

    assertThat(twice.warnings()).hasSize(1);
  }
}
