package dev.newstidy.stage.repair;

import dev.newstidy.model.Article;
import dev.newstidy.model.Join;
import dev.newstidy.model.Part;
import dev.newstidy.stage.ArticleStage;
import dev.newstidy.text.Joint;
import dev.newstidy.text.Punctuation;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins a paragraph that ends in mid-sentence with the paragraph after it: the two are one
 * paragraph that a page or column break cut in two. CJK text joins with no space, Latin text with
 * one, and a Latin word hyphenated at the break is made whole. It never joins into a heading (the
 * segmenter has already taken out headlines and bylines), and never across articles.
 *
 * <p>Examples, pinned by {@code BrokenParagraphJoinerTest}: {@code P[…坚持“以绿养绿”] P[发展思路,…。]}
 * gives {@code P[…坚持“以绿养绿”发展思路,…。]} and a join from the first block's last line to the
 * second's first; {@code P[…他说:“我们会努力。”] P[下一步,…]} stays two paragraphs; {@code P[…示范带动、]
 * H[小标题] P[…]} is not joined across the heading.
 */
public final class BrokenParagraphJoiner implements ArticleStage {
  @Override
  public Article apply(Article article) {
    List<Part> body = new ArrayList<>();
    List<Join> joins = new ArrayList<>();
    for (Part part : article.body()) {
      Part last = body.isEmpty() ? null : body.get(body.size() - 1);
      if (last != null
          && last.isParagraph()
          && part.isParagraph()
          && Punctuation.endsMidSentence(last.text())) {
        joins.add(new Join(last.span().lastLine(), part.span().firstLine()));
        body.set(
            body.size() - 1,
            new Part(last.kind(), Joint.join(last.text(), part.text()), last.span().through(part.span())));
      } else {
        body.add(part);
      }
    }
    if (joins.isEmpty()) {
      return article;
    }
    return article.withBody(body).plusJoins(joins);
  }
}
