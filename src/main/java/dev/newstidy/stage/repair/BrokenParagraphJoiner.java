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
 * H[小标题] P[…]} is not joined across the heading; {@code P[a well-] P[known name.]} keeps its hyphen
 * when {@code well-known} appears elsewhere in the article, and loses it otherwise.
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
        if (Joint.isHyphenatedBreak(open, part.text().strip()) && isKnownCompound(article, open, part.text())) {
          Joint.appendTight(open, part.text());
        } else {
          Joint.append(open, part.text());
        }
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

  /**
   * True when the article spells the compound cut at the break with its hyphen elsewhere: the
   * article is its own dictionary, so {@code well-} + {@code known} keeps its hyphen when {@code
   * well-known} appears in another sentence.
   */
  private static boolean isKnownCompound(Article article, StringBuilder left, String right) {
    int end = left.length() - 1;
    int start = end;
    while (start > 0 && Character.isLetter(left.charAt(start - 1))) {
      start--;
    }
    String r = right.strip();
    int stop = 0;
    while (stop < r.length() && Character.isLetter(r.charAt(stop))) {
      stop++;
    }
    if (start == end || stop == 0) {
      return false;
    }
    String compound = left.substring(start, end) + "-" + r.substring(0, stop);
    for (Part part : article.body()) {
      if (part.text().contains(compound)) {
        return true;
      }
    }
    return article.title() != null && article.title().contains(compound);
  }

  private static void close(List<Part> body, StringBuilder open, Part openPart) {
    if (openPart != null) {
      String text = open.toString();
      body.add(text.equals(openPart.text()) ? openPart : openPart.withText(text));
    }
  }
}
