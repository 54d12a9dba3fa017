package dev.newstidy.stage.repair;

import dev.newstidy.model.Article;
import dev.newstidy.model.Part;
import dev.newstidy.stage.ArticleStage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Takes markdown emphasis out of body text: {@code **bold**} and {@code __bold__} pairs become their
 * words. Body texts are plain text; the asterisks are markup, not words.
 *
 * <p>Examples, pinned by {@code EmphasisMarkupRemoverTest}: {@code "全镇**三项**举措"} gives {@code
 * "全镇三项举措"}; {@code "2**3"} (no closing pair) and {@code "a * b"} are left alone.
 */
public final class EmphasisMarkupRemover implements ArticleStage {
  /** A bold pair around 1 to 200 characters without line ends: {@code **三项**}. */
  private static final Pattern BOLD = Pattern.compile("\\*\\*([^*\\n]{1,200}?)\\*\\*|__([^_\\n]{1,200}?)__");

  @Override
  public Article apply(Article article) {
    boolean changed = false;
    List<Part> body = new ArrayList<>(article.body().size());
    for (Part part : article.body()) {
      String text = part.text();
      if (text.contains("**") || text.contains("__")) {
        String plain = withoutEmphasis(text);
        if (!plain.equals(text) && !plain.isEmpty()) {
          part = part.withText(plain);
          changed = true;
        }
      }
      body.add(part);
    }
    return changed ? article.withBody(body) : article;
  }

  /** Removes emphasis pairs until none is left, so that nested pairs ({@code **__x__**}) go in one pass. */
  private static String withoutEmphasis(String text) {
    String current = text;
    while (true) {
      String next =
          BOLD.matcher(current).replaceAll(m -> quote(m.group(1) != null ? m.group(1) : m.group(2)));
      if (next.equals(current)) {
        return current.strip();
      }
      current = next;
    }
  }

  private static String quote(String s) {
    return java.util.regex.Matcher.quoteReplacement(s);
  }
}
