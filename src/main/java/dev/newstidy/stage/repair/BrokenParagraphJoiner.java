package dev.newstidy.stage.repair;

import dev.newstidy.model.Article;
import dev.newstidy.model.Join;
import dev.newstidy.model.Part;
import dev.newstidy.stage.ArticleStage;
import dev.newstidy.text.Joint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Joins a paragraph that ends in mid-sentence with the paragraph after it when {@link CutEvidence}
 * finds that the two read as one sentence: they are one paragraph that a page or column break cut
 * in two. A list item, a heading, a caption or a credit line that merely lacks a full stop stays a
 * paragraph of its own. CJK text joins with no space, Latin text with
 * one, and a Latin word hyphenated at the break is made whole. It never joins into a heading (the
 * segmenter has already taken out headlines and bylines), and never across articles.
 *
 * <p>Examples, pinned by {@code BrokenParagraphJoinerTest}: {@code P[…坚持“以绿养绿”] P[发展思路,…。]}
 * gives {@code P[…坚持“以绿养绿”发展思路,…。]} (the fragment is too long for a title) and a join from the first block's last line to the
 * second's first; {@code P[…他说:“我们会努力。”] P[下一步,…]} stays two paragraphs; {@code P[…示范带动、]
 * H[小标题] P[…]} is not joined across the heading; {@code P[the neigh-] P[borhood.]} gives {@code
 * neigh\u00ADborhood}, whose soft hyphen {@code Dehyphenator} resolves.
 */
public final class BrokenParagraphJoiner implements ArticleStage {
  @Override
  public Article apply(Article article) {
    // A block joined to the one after it can read differently as a whole (a short first piece is
    // no longer a title once its sentence is complete), so the joins run until nothing changes:
    // joining the result again then gives the same article. Each round removes a paragraph, so
    // there are at most as many rounds as paragraphs, and nearly always one or two.
    Article result = article;
    for (Article next = joinOnce(result); next != result; next = joinOnce(result)) {
      result = next;
    }
    if (result == article) {
      return article;
    }
    // The joins of later rounds are listed in line order, as one round would list them.
    List<Join> added = new ArrayList<>(result.joins().subList(article.joins().size(), result.joins().size()));
    added.sort(Comparator.comparingInt(Join::line).thenComparingInt(Join::nextLine));
    return article.withBody(result.body()).plusJoins(added);
  }

  private static Article joinOnce(Article article) {
    List<Part> body = new ArrayList<>();
    List<Join> joins = new ArrayList<>();
    // The paragraph being joined, kept open so that a long run of joins costs linear time.
    StringBuilder open = null;
    Part openPart = null;
    for (Part part : article.body()) {
      if (openPart != null && part.isParagraph() && CutEvidence.isCut(open, part.text())) {
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
