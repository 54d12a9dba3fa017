package dev.newstidy.stage.repair;

import static dev.newstidy.testing.Articles.articleOf;
import static dev.newstidy.testing.Articles.h;
import static dev.newstidy.testing.Articles.p;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newstidy.model.Article;
import dev.newstidy.stage.ArticleStage;
import dev.newstidy.stage.ArticleStageContract;
import dev.newstidy.testing.Trace;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EmphasisMarkupRemoverTest extends ArticleStageContract {
  private final EmphasisMarkupRemover remover = new EmphasisMarkupRemover();

  @Override
  protected ArticleStage stage() {
    return remover;
  }

  @Test
  void removesBoldAsterisks() {
    Article article = articleOf(p(3, "全镇**三项**举措"));

    assertThat(Trace.of(remover.apply(article))).isEqualTo("P[全镇三项举措]");
  }

  @Test
  void removesBoldUnderscores() {
    Article article = articleOf(p(3, "The __whole__ town came."));

    assertThat(Trace.of(remover.apply(article))).isEqualTo("P[The whole town came.]");
  }

  @Test
  void removesEveryBoldPairOfParagraph() {
    Article article = articleOf(p(3, "**三项**举措让**全镇**受益。"));

    assertThat(Trace.of(remover.apply(article))).isEqualTo("P[三项举措让全镇受益。]");
  }

  @Test
  void removesBoldFromHeadings() {
    Article article = articleOf(h(3, "**一、强化组织保障**"));

    assertThat(Trace.of(remover.apply(article))).isEqualTo("h[一、强化组织保障]");
  }

  @Test
  void removesNestedBoldInOnePass() {
    // A stage is idempotent: what a second pass would take off, the first must take off.
    Article article = articleOf(p(3, "全镇**__三项__**举措"));

    Article once = remover.apply(article);

    assertThat(Trace.of(once)).isEqualTo("P[全镇三项举措]");
    assertThat(remover.apply(once)).isEqualTo(once);
  }

  @Test
  void leavesUnpairedAsterisksAlone() {
    Article article = articleOf(p(3, "2**3 is 8"), p(5, "a * b"));

    assertThat(remover.apply(article)).isSameAs(article);
  }

  @Test
  void leavesPartThatWouldBecomeBlankAlone() {
    Article article = articleOf(p(3, "** **"));

    assertThat(remover.apply(article)).isSameAs(article);
  }

  @Test
  void leavesPlainArticleAsItIs() {
    Article article = articleOf(p(3, "村里新修了三条路。"));

    assertThat(remover.apply(article)).isSameAs(article);
  }

  /** The pattern the scan replaced: a bold pair around 1 to 200 characters without line ends. */
  private static final Pattern BOLD = Pattern.compile("\\*\\*([^*\\n]{1,200}?)\\*\\*|__([^_\\n]{1,200}?)__");

  /**
   * Random texts of marks, line ends, words, surrogate pairs and runs near the 200-character bound:
   * one pass of the scan gives what one replacement by the pattern gave.
   */
  @Test
  void scanRemovesWhatThePatternRemoved() {
    String[] parts = {"*", "**", "***", "_", "__", "\n", "\r", "柳岸", "a", " ", "\uD83D\uDE00", "\uD83D", "x".repeat(99), "桥".repeat(199)};
    Random random = new Random(31);
    int changed = 0;
    for (int i = 0; i < 30_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(9); n > 0; n--) {
        text.append(parts[random.nextInt(parts.length)]);
      }
      String t = text.toString();
      String expected = BOLD.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2)));
      String scanned = EmphasisMarkupRemover.withoutPairs(t);
      assertThat(scanned).as(t).isEqualTo(expected);
      changed += scanned.equals(t) ? 0 : 1;
    }
    assertThat(changed).isGreaterThan(2_000);
  }

  @Test
  void leavesRunsThatAreNoPairAlone() {
    assertThat(EmphasisMarkupRemover.withoutPairs("2**3")).isEqualTo("2**3");
    assertThat(EmphasisMarkupRemover.withoutPairs("****")).isEqualTo("****");
    assertThat(EmphasisMarkupRemover.withoutPairs("**柳岸\n新桥**")).isEqualTo("**柳岸\n新桥**");
    assertThat(EmphasisMarkupRemover.withoutPairs("**" + "桥".repeat(201) + "**")).startsWith("**");
    assertThat(EmphasisMarkupRemover.withoutPairs("**" + "桥".repeat(200) + "**")).isEqualTo("桥".repeat(200));
    assertThat(EmphasisMarkupRemover.withoutPairs("让**全镇**受益")).isEqualTo("让全镇受益");
  }
}
