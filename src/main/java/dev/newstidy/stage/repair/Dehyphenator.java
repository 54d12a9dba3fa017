package dev.newstidy.stage.repair;

import dev.newstidy.model.Article;
import dev.newstidy.model.Part;
import dev.newstidy.model.Removal;
import dev.newstidy.stage.ArticleStage;
import dev.newstidy.text.Joint;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides each word that a line or page break cut at a hyphen ({@link Joint#BREAK_HYPHEN} marks
 * the cut), using the article itself as the dictionary: when the article spells the word with a
 * hyphen elsewhere, the hyphen is the word's own and stays; otherwise it was the typesetter's and
 * goes.
 *
 * <p>Examples, pinned by {@code DehyphenatorTest}: {@code neigh\u00ADborhood} becomes {@code
 * neighborhood}; {@code well\u00ADknown} becomes {@code well-known} in an article that also says
 * {@code well-known} elsewhere, and {@code wellknown} in one that does not.
 */
public final class Dehyphenator implements ArticleStage {
  @Override
  public Article apply(Article article) {
    if (!hasMarks(article)) {
      return article;
    }
    StringBuilder all = new StringBuilder();
    article.body().forEach(p -> all.append(p.text()).append('\n'));
    if (article.title() != null) {
      all.append(article.title());
    }
    String dictionary = all.toString().toLowerCase(java.util.Locale.ROOT);
    List<Part> body = new ArrayList<>(article.body().size());
    for (Part part : article.body()) {
      body.add(part.text().indexOf(Joint.BREAK_HYPHEN) < 0 ? part : part.withText(resolve(part.text(), dictionary)));
    }
    List<Removal> removed = new ArrayList<>(article.removed().size());
    for (Removal r : article.removed()) {
      removed.add(
          r.text().indexOf(Joint.BREAK_HYPHEN) < 0
              ? r
              : new Removal(r.reason(), r.span(), resolve(r.text(), dictionary), r.firstSeen()));
    }
    Article result = article.withBody(body);
    return new Article(
        result.title() == null ? null : resolve(result.title(), dictionary),
        result.subtitle(),
        result.byline(),
        result.body(),
        result.flags(),
        result.source(),
        com.google.common.collect.ImmutableList.copyOf(removed),
        result.joins(),
        result.warnings(),
        result.metadata());
  }

  private static boolean hasMarks(Article article) {
    for (Part p : article.body()) {
      if (p.text().indexOf(Joint.BREAK_HYPHEN) >= 0) {
        return true;
      }
    }
    for (Removal r : article.removed()) {
      if (r.text().indexOf(Joint.BREAK_HYPHEN) >= 0) {
        return true;
      }
    }
    return article.title() != null && article.title().indexOf(Joint.BREAK_HYPHEN) >= 0;
  }

  /**
   * Each mark in {@code text} becomes a hyphen when {@code dictionary} (lower case) spells that
   * compound in any case ({@code Well-known} at a sentence start), else nothing.
   */
  static String resolve(String text, String dictionary) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != Joint.BREAK_HYPHEN) {
        out.append(c);
        continue;
      }
      int start = i;
      while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
        start--;
      }
      int end = i + 1;
      while (end < text.length() && Character.isLetter(text.charAt(end))) {
        end++;
      }
      String compound = text.substring(start, i) + "-" + text.substring(i + 1, end);
      if (dictionary.contains(compound.toLowerCase(java.util.Locale.ROOT))) {
        out.append('-');
      }
    }
    return out.toString();
  }
}
