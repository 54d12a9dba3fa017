package dev.newstidy.stage.repair;

import dev.newstidy.model.Article;
import dev.newstidy.model.Flag;
import dev.newstidy.model.Part;
import dev.newstidy.stage.ArticleStage;
import dev.newstidy.text.Punctuation;

/**
 * Flags an article whose last paragraph ends in mid-sentence as {@code truncated}: the dump lost its
 * end, and nothing after it could be joined on.
 *
 * <p>Examples, pinned by {@code TruncationFlaggerTest}: a last paragraph {@code …古镇复兴的根基和动}
 * is truncated; {@code …田园乡村。} and {@code …“我们会继续努力。”} are not.
 */
public final class TruncationFlagger implements ArticleStage {
  @Override
  public Article apply(Article article) {
    Part last = null;
    for (Part part : article.body()) {
      if (part.isParagraph()) {
        last = part;
      }
    }
    boolean truncated = last != null && Punctuation.endsMidSentence(last.text());
    if (truncated == article.hasFlag(Flag.TRUNCATED)) {
      return article;
    }
    return truncated ? article.withFlag(Flag.TRUNCATED) : article.withoutFlag(Flag.TRUNCATED);
  }
}
