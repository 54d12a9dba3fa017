package dev.newstidy.stage;

import static dev.newstidy.testing.Articles.PATH;
import static dev.newstidy.testing.Articles.articleOf;
import static dev.newstidy.testing.Articles.h;
import static dev.newstidy.testing.Articles.p;
import static dev.newstidy.testing.Articles.titled;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Multiset;
import com.google.common.collect.Multisets;
import dev.newstidy.model.Article;
import dev.newstidy.model.Byline;
import dev.newstidy.model.Credit;
import dev.newstidy.model.CreditKind;
import dev.newstidy.model.Flag;
import dev.newstidy.model.Join;
import dev.newstidy.model.Part;
import dev.newstidy.model.Removal;
import dev.newstidy.model.RemovalReason;
import dev.newstidy.model.SourceSpan;
import dev.newstidy.model.Warning;
import dev.newstidy.testing.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link ArticleStage} keeps, checked on sample articles in Chinese and English
 * and on a seeded sweep of random ones: it is idempotent, handles an empty body, keeps the parts'
 * spans in input order, leaves no blank part, and loses no text without a recorded removal.
 *
 * <p>The stages under this contract only join paragraphs and strip markup, so "nothing lost" is
 * checked on the multiset of characters with white space and {@code *} set aside, and with one
 * hyphen allowed to go per recorded join (the hyphen of a word cut at a line end). A stage that
 * changes characters on purpose (the width of punctuation) folds them into one form through {@link
 * #comparable}.
 */
public abstract class ArticleStageContract {
  /** Fixed, so that a failure of the sweep can be replayed. */
  private static final long SWEEP_SEED = 20_240_611L;

  private static final int SWEEP_ARTICLES = 200;

  private static final String HYPHENS = "-\u2010\u00AD";

  /** The stage under test. */
  protected abstract ArticleStage stage();

  /**
   * The form in which "nothing lost" compares texts: the text itself, unless the stage changes
   * characters on purpose (the width of punctuation), whose test folds them into one form here.
   */
  protected String comparable(String text) {
    return text;
  }

  @Test
  void isIdempotent() {
    for (Article article : samples()) {
      Article once = stage().apply(article);

      assertThat(stage().apply(once)).as(Trace.of(article)).isEqualTo(once);
    }
  }

  @Test
  void handlesArticleWithEmptyBody() {
    Article empty = titled("标题");

    Article result = stage().apply(empty);

    assertThat(result.body()).isEmpty();
    assertThat(result.title()).isEqualTo("标题");
  }

  @Test
  void keepsPartSpansInInputOrder() {
    for (Article article : samples()) {
      assertSpansInOrder(article, stage().apply(article));
    }
  }

  @Test
  void leavesNoBlankPart() {
    for (Article article : samples()) {
      assertThat(stage().apply(article).body())
          .as(Trace.of(article))
          .noneMatch(part -> part.text().isBlank());
    }
  }

  @Test
  void losesNoTextWithoutRecordedRemoval() {
    for (Article article : samples()) {
      assertNothingLost(article, stage().apply(article));
    }
  }

  @Test
  void keepsHeadlineBylineAndSource() {
    for (Article article : samples()) {
      Article result = stage().apply(article);

      assertThat(result.title()).isEqualTo(article.title());
      assertThat(result.subtitle()).isEqualTo(article.subtitle());
      assertThat(result.byline()).isEqualTo(article.byline());
      assertThat(result.source()).isEqualTo(article.source());
    }
  }

  @Test
  void survivesSeededSweepOfRandomArticles() {
    Random random = new Random(SWEEP_SEED);
    for (int i = 0; i < SWEEP_ARTICLES; i++) {
      Article article = RandomArticles.next(random);
      String description = "random article " + i + ": " + Trace.of(article);

      Article once;
      try {
        once = stage().apply(article);
      } catch (RuntimeException e) {
        throw new AssertionError(description + " threw " + e, e);
      }
      assertThat(stage().apply(once)).as(description).isEqualTo(once);
      assertThat(once.body()).as(description).noneMatch(part -> part.text().isBlank());
      assertSpansInOrder(article, once);
      assertNothingLost(article, once);
    }
  }

  /**
   * The sample articles; a stage test may add its own. They hold what the article stages look at:
   * breaks in mid-sentence, hyphenated breaks, headings, quotations, bold markup, doubled words, a
   * truncated end, and an article that already records removals, joins and warnings.
   */
  protected List<Article> samples() {
    return List.of(
        titled(
            "柳溪镇志愿者走进石桥村",
            p(3, "本周,柳溪镇的志愿者走进石桥村,帮老人整理院子、"),
            p(5, "修补屋顶。大家干劲十足,一直忙到傍晚。"),
            h(7, "一、**强化**组织保障"),
            p(9, "全镇今年**新建**公园三座,村民有了散步的好去处。"),
            p(11, "谈到明年,他说:“我们会继续努力。”"),
            p(13, "下一步,镇里将探索探索更多办法,让古镇复兴的根基和动")),
        titled(
            "Mill Bridge Reopens",
            p(3, 4, "The county board voted on Monday to reopen the old mill bridge in the neigh-"),
            p(6, "borhood of Elm Creek, which has been closed since spring."),
            h(8, "What comes next"),
            p(10, "Work will start in the the fall, officials said."),
            p(12, "\"We are ready,\" the mayor said. \"The **whole** town is.\""),
            p(14, "Residents can read the plan at the library and")),
        articleOf(p(2, "工作制度化 and 运行规范化同步推进,5G网络覆盖全镇。")),
        articleOf(p(1, "2**3 is 8, and a * b is not bold.")),
        recordedArticle());
  }

  /** An article as the segmenter and earlier stages leave it: every field filled. */
  private static Article recordedArticle() {
    SourceSpan source = SourceSpan.of(PATH, 1, 12);
    return new Article(
        "老街换新颜",
        "商户陆续回归",
        new Byline(
            "王书 曹波",
            ImmutableList.of(
                new Credit("王书", null, CreditKind.PERSON),
                new Credit("曹波", null, CreditKind.PERSON))),
        ImmutableList.of(p(5, 6, "老街改造完成后,"), p(8, "商户陆续回归,游客也多了起来"), p(10, "**夜市**每晚开到十点。")),
        ImmutableSet.of(Flag.TRUNCATED),
        source,
        ImmutableList.of(
            new Removal(
                RemovalReason.DUPLICATE,
                SourceSpan.of(PATH, 12, 12),
                "重复的一段话。",
                SourceSpan.of("earlier.txt", 3, 3))),
        ImmutableList.of(new Join(2, 3)),
        ImmutableList.of(new Warning("invalid-utf8", 4, "1 invalid UTF-8 sequence(s) replaced")));
  }

  private static void assertSpansInOrder(Article input, Article output) {
    List<Part> body = output.body();
    for (int i = 0; i < body.size(); i++) {
      SourceSpan span = body.get(i).span();
      assertThat(span.path()).as(Trace.of(input)).isEqualTo(input.source().path());
      assertThat(span.firstLine())
          .as(Trace.of(input))
          .isGreaterThanOrEqualTo(input.source().firstLine());
      assertThat(span.lastLine())
          .as(Trace.of(input))
          .isLessThanOrEqualTo(input.source().lastLine());
      if (i > 0) {
        SourceSpan before = body.get(i - 1).span();
        assertThat(span.firstLine()).as(Trace.of(input)).isGreaterThanOrEqualTo(before.firstLine());
        assertThat(span.lastLine()).as(Trace.of(input)).isGreaterThanOrEqualTo(before.lastLine());
      }
    }
  }

  /**
   * Every significant character of the input body is in the output body or in a removal the stage
   * added; at most one hyphen per added join may go.
   */
  private void assertNothingLost(Article input, Article output) {
    Multiset<Integer> before = significant(input.body().stream().map(Part::text).toList());
    List<String> kept = new ArrayList<>(output.body().stream().map(Part::text).toList());
    output.removed().stream().skip(input.removed().size()).map(Removal::text).forEach(kept::add);
    Multiset<Integer> missing =
        HashMultiset.create(Multisets.difference(before, significant(kept)));

    int hyphensAllowed = output.joins().size() - input.joins().size();
    for (int i = 0; i < HYPHENS.length(); i++) {
      int hyphen = HYPHENS.charAt(i);
      int gone = Math.min(missing.count(hyphen), hyphensAllowed);
      missing.remove(hyphen, gone);
      hyphensAllowed -= gone;
    }
    assertThat(missing.elementSet().stream().map(Character::toString).toList())
        .as("characters lost without a removal from " + Trace.of(input))
        .isEmpty();
  }

  /** The code points of {@code texts} in comparable form, white space and asterisks left out. */
  private Multiset<Integer> significant(List<String> texts) {
    Multiset<Integer> chars = HashMultiset.create();
    for (String text : texts) {
      comparable(text)
          .codePoints()
          .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && cp != '*')
          .forEach(chars::add);
    }
    return chars;
  }

  /**
   * Random articles of garbage text: CJK, Latin words, punctuation of both widths, white space and
   * asterisks, in paragraphs and headings with rising line numbers.
   */
  private static final class RandomArticles {
    private static final List<List<String>> KINDS =
        List.of(
            List.of("村", "民", "路", "桥", "镇", "新", "海", "书", "王", "曹", "波", "一", "步", "探索", "天天"),
            List.of("the", "bridge", "neigh", "borhood", "Board", "and", "GDP", "5G", "2024"),
            List.of("。", "，", ",", "、", "：", ":", "；", "！", "？", "!", "?", ".", "…"),
            List.of("“", "”", "\"", "'", "(", ")", "（", "）", "《", "》", "—", "——", "-", "/"),
            List.of(" ", "\u3000", "\t", "\n"),
            List.of("*", "**", "***"));

    static Article next(Random random) {
      int parts = random.nextInt(7);
      List<Part> body = new ArrayList<>();
      int line = 1 + random.nextInt(3);
      for (int i = 0; i < parts; i++) {
        int last = line + random.nextInt(3);
        SourceSpan span = SourceSpan.of(PATH, line, last);
        String text = text(random);
        body.add(random.nextInt(5) == 0 ? Part.heading(text, span) : Part.paragraph(text, span));
        line = last + 1 + random.nextInt(3);
      }
      String title = random.nextBoolean() ? null : "标题";
      return Article.of(title, SourceSpan.of(PATH, 1, Math.max(1, line)), body);
    }

    private static String text(Random random) {
      StringBuilder text = new StringBuilder();
      int pieces = 1 + random.nextInt(16);
      for (int i = 0; i < pieces; i++) {
        if (random.nextInt(4) == 0) {
          text.appendCodePoint(0x4E00 + random.nextInt(0x9FA5 - 0x4E00)); // any common Han
        } else {
          List<String> kind = KINDS.get(random.nextInt(KINDS.size()));
          text.append(kind.get(random.nextInt(kind.size())));
        }
      }
      if (text.toString().isBlank()) {
        text.append('字');
      }
      return text.toString();
    }
  }
}
