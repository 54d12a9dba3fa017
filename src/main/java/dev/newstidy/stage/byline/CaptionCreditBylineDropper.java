package dev.newstidy.stage.byline;

import dev.newstidy.model.Article;
import dev.newstidy.model.Byline;
import dev.newstidy.model.Credit;
import dev.newstidy.model.CreditKind;
import dev.newstidy.model.Part;
import dev.newstidy.stage.ArticleStage;
import dev.newstidy.text.Punctuation;
import java.util.regex.Pattern;

/**
 * Leaves an article unsigned when the only credits read for it are photo credits that stay in its
 * captions: the photographer of a picture inside a story did not write the story, and a wire
 * feature that prints no author keeps no byline. A caption's credit still names the photographer
 * in the byline beside a writer's credit (the byline {@code 记者 韦青禾} and the caption {@code
 * …渡口人流渐多 江小帆 摄} give both names); only when no one else is credited is it dropped.
 *
 * <p>Example, pinned by {@code CaptionCreditBylineDropperTest}: an article whose paragraphs are
 * {@code 这是十年前的一张老照片。} and {@code ▲溪口大桥通车典礼,晨江社发 柯远航 摄}, with the byline
 * {@code 晨江社发 柯远航 摄} read from that caption, comes out with no byline; the caption keeps its
 * credit, so no text is lost. Not dropped: a photo credit that closes a picture story and was
 * taken out of the text ({@code …贡献了力量。柯远航 摄}), any byline that credits a writer, and an
 * article of captions only, which has no story for anyone else to have written.
 *
 * <p>Only a byline whose text came wholly from captions ({@link Byline#inCaptions}) is dropped, so
 * no text is lost: a closing line {@code 柯远航 摄} that repeats a caption's credit was taken out of
 * the body, and stays in the byline. A credit with a reporter's role ({@code 记者 柯远航 摄}) names
 * a writer and is kept too.
 *
 * <p>The labelled corpus counts caption photographers beside a writer on three pages of three
 * sites, and none on the two pages (two sites) whose only credit is a caption's.
 */
public final class CaptionCreditBylineDropper implements ArticleStage {
  /**
   * A paragraph that ends with a photo credit: {@code …晚会,晨江社发 柯远航 摄}, {@code …合影。(柯远航攝)};
   * not {@code …拍摄} inside a sentence that goes on, nor {@code …摄影。}.
   */
  private static final Pattern ENDS_WITH_PHOTO_CREDIT = Pattern.compile("(?:摄|攝|摄影|攝影)[)）]?\\s*$");

  /**
   * What may follow a credited name up to the caption's end: other names, then the photo role,
   * {@code  柯远航 摄} after {@code 晨江社发}, {@code 摄)} after {@code (柯远航}; not {@code 说,他每天都来这里拍摄}.
   */
  private static final Pattern REST_OF_CREDIT =
      Pattern.compile("^[\\s\\u3000]*(?:\\p{IsHan}{2,4}[\\s\\u3000、,，]+)*(?:摄|攝|摄影|攝影)[)）]?\\s*$");

  @Override
  public Article apply(Article article) {
    Byline byline = article.byline();
    if (byline == null
        || !byline.inCaptions()
        || byline.credits().isEmpty()
        || !byline.isPhotoCredit()
        || !hasProse(article)) {
      return article;
    }
    for (Credit credit : byline.credits()) {
      if (isReporter(credit) || credit.kind() != CreditKind.AGENCY && !standsInACaption(article, credit.name())) {
        return article;
      }
    }
    return article.withByline(null);
  }

  /**
   * A reporter's credit, {@code 记者 柯远航 摄} or {@code 記者 摄}: the reporter may have written the
   * story; not {@code 摄} nor {@code 供图}.
   */
  private static boolean isReporter(Credit credit) {
    String role = credit.role();
    return role != null && (role.contains("记者") || role.contains("記者"));
  }

  /** True when a paragraph other than a caption ends a sentence: the article has a story. */
  private static boolean hasProse(Article article) {
    return article.body().stream()
        .filter(Part::isParagraph)
        .map(Part::text)
        .anyMatch(text -> !ENDS_WITH_PHOTO_CREDIT.matcher(text).find() && Punctuation.endsSentence(text.strip()));
  }

  /** True when {@code name} stands in the credit at the end of a caption that kept it. */
  private static boolean standsInACaption(Article article, String name) {
    for (Part part : article.body()) {
      String text = part.text();
      if (!part.isParagraph() || !ENDS_WITH_PHOTO_CREDIT.matcher(text).find()) {
        continue;
      }
      int at = text.lastIndexOf(name);
      if (at >= 0 && REST_OF_CREDIT.matcher(text.substring(at + name.length())).matches()) {
        return true;
      }
    }
    return false;
  }
}
