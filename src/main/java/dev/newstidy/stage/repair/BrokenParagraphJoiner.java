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
 * H[小标题] P[…]} is not joined across the heading; {@code P[the neigh-] P[borhood.]} gives {@code
 * neigh\u00ADborhood}, whose soft hyphen {@code Dehyphenator} resolves.
 */
public final class BrokenParagraphJoiner implements ArticleStage {
  @Override
  public Article apply(Article article) {
    List<Part> body = new ArrayList<>();
    List<Join> joins = new ArrayList<>();
    // The paragraph being joined, kept open so that a long run of joins costs linear time.
    StringBuilder open = null;
    Part openPart = null;
    for (Part part : article.body()) {
      if (openPart != null && part.isParagraph() && Punctuation.endsMidSentence(open)) {
        joins.add(new Join(openPart.span().lastLine(), part.span().firstLine()));
        Joint.append(open, part.text());
        openPart = new Part(openPart.kind(), openPart.text(), openPart.span().through(part.span()));
        continue;
      }
      close(body, open, openPart);
      open = null;
      openPart = null;
      if (part.isParagraph()) {
        open = new StringBuilder(part.text());
        openPart = part;
      } else {
        body.add(part);
      }
    }
    close(body, open, openPart);
    if (joins.isEmpty()) {
      return article;
    }
    return article.withBody(body).plusJoins(joins);
  }

  private static void close(List<Part> body, StringBuilder open, Part openPart) {
    if (openPart != null) {
      String text = open.toString();
      body.add(text.equals(openPart.text()) ? openPart : openPart.withText(text));
    }
  }
}
