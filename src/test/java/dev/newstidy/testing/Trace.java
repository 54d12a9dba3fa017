package dev.newstidy.testing;

import static java.util.stream.Collectors.joining;

import com.google.common.collect.ImmutableList;
import dev.newstidy.model.Article;
import dev.newstidy.model.Flag;
import dev.newstidy.model.Part;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Renders an article as one readable line, so that a whole segmentation or repair fits in one
 * assertion: {@code H[headline] S[sub] h[section heading] P[paragraph] B[王书 曹波] {untitled}}.
 *
 * <p>{@code H} is the headline, {@code S} the sub-headline, {@code h} a heading and {@code P} a
 * paragraph of the body in order, {@code B} the byline text, and the braces hold the flags. Fields
 * that are absent are left out; an article with nothing at all renders as {@code {}}.
 */
public final class Trace {
  private Trace() {}

  public static String of(Article article) {
    List<String> pieces = new ArrayList<>();
    if (article.title() != null) {
      pieces.add("H[" + article.title() + "]");
    }
    if (article.subtitle() != null) {
      pieces.add("S[" + article.subtitle() + "]");
    }
    for (Part part : article.body()) {
      pieces.add((part.isParagraph() ? "P[" : "h[") + part.text() + "]");
    }
    if (article.byline() != null) {
      pieces.add("B[" + article.byline().text() + "]");
    }
    if (!article.flags().isEmpty() || pieces.isEmpty()) {
      pieces.add(article.flags().stream().map(Flag::wireName).collect(joining(" ", "{", "}")));
    }
    return String.join(" ", pieces);
  }

  /** One trace per article, in order, for {@code containsExactly}. */
  public static ImmutableList<String> of(Collection<Article> articles) {
    return articles.stream().map(Trace::of).collect(ImmutableList.toImmutableList());
  }
}
