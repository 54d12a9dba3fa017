package dev.newstidy.eval;

import static dev.newstidy.eval.RandomPicks.chance;

import java.util.SplittableRandom;

/**
 * An endless, seeded stream of clean articles, Chinese and English mixed, where an untitled photo
 * item sometimes follows a Chinese article that ended with a byline, as print layouts set them.
 */
public final class ArticleStream {
  private final SplittableRandom random;
  private final DamageRates rates;
  private final double chineseShare;
  private final ParagraphSource paragraphs;
  private final ChineseArticles chinese = new ChineseArticles();
  private final EnglishArticles english = new EnglishArticles();
  private CleanArticle previous;

  private ArticleStream(SplittableRandom random, DamageRates rates, double chineseShare, ParagraphSource paragraphs) {
    this.random = random;
    this.rates = rates;
    this.chineseShare = chineseShare;
    this.paragraphs = paragraphs;
  }

  /** Articles whose paragraphs never repeat one another, for measuring quality. */
  public static ArticleStream unique(SplittableRandom random, DamageRates rates, double chineseShare) {
    return new ArticleStream(random, rates, chineseShare, ParagraphSource.unique());
  }

  /** Articles composed without the uniqueness check, for dumps of any size in flat memory. */
  public static ArticleStream unchecked(SplittableRandom random, DamageRates rates, double chineseShare) {
    return new ArticleStream(random, rates, chineseShare, ParagraphSource.unchecked());
  }

  /** The next article. */
  public CleanArticle next() {
    CleanArticle article;
    boolean afterByline =
        previous != null && previous.lang() == Language.ZH && !previous.untitled() && !previous.names().isEmpty();
    if (afterByline && chance(random, rates.untitled())) {
      article = chinese.composeUntitled(random, paragraphs);
    } else {
      boolean byline = chance(random, rates.byline());
      boolean subheadings = chance(random, rates.subheadings());
      article =
          random.nextDouble() < chineseShare
              ? chinese.compose(random, byline, subheadings, paragraphs)
              : english.compose(random, byline, subheadings, paragraphs);
    }
    previous = article;
    return article;
  }

  /** True when {@code text} was not handed out before (always true for unchecked streams); claims it. */
  boolean claim(String text) {
    return paragraphs.claim(text);
  }
}
