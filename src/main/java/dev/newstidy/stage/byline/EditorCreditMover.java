package dev.newstidy.stage.byline;

import com.google.common.collect.ImmutableList;
import dev.newstidy.model.Article;
import dev.newstidy.model.Byline;
import dev.newstidy.model.Metadata;
import dev.newstidy.stage.ArticleStage;

/**
 * Moves the editors that a credit line named out of the byline and into the metadata's editors: an
 * editor is no author.
 *
 * <p>Example, pinned by {@code EditorCreditMoverTest}: the byline {@code (Reporting by Ann Lee;
 * Editing by Tom Hart)} keeps the credit of Ann Lee, and {@code editors} becomes [Tom Hart]. A byline
 * with no editor's credit is left as it is.
 */
public final class EditorCreditMover implements ArticleStage {
  @Override
  public Article apply(Article article) {
    Byline byline = article.byline();
    if (byline == null || byline.editors().isEmpty()) {
      return article;
    }
    Metadata editors = new Metadata(null, null, null, ImmutableList.copyOf(byline.editors()));
    return article.withByline(byline.withoutEditors()).withMetadata(article.metadata().plus(editors));
  }
}
