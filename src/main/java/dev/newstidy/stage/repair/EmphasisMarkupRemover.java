package dev.newstidy.stage.repair;

import dev.newstidy.model.Article;
import dev.newstidy.model.Part;
import dev.newstidy.stage.ArticleStage;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes markdown emphasis out of body text: {@code **bold**} and {@code __bold__} pairs become their
 * words. Body texts are plain text; the asterisks are markup, not words.
 *
 * <p>Examples, pinned by {@code EmphasisMarkupRemoverTest}: {@code "全镇**三项**举措"} gives {@code
 * "全镇三项举措"}; {@code "2**3"} (no closing pair) and {@code "a * b"} are left alone.
 */
public final class EmphasisMarkupRemover implements ArticleStage {
  /**
   * Most characters a bold pair holds: {@code **三项**} holds 2, a run longer than this between
   * two marks is no emphasis.
   */
  private static final int MAX_BOLD = 200;

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
      String next = withoutPairs(current);
      if (next == current) {
        return current.strip();
      }
      current = next;
    }
  }

  /**
   * The text with each bold pair, left to right, replaced by the words it holds: a pair is {@code
   * **} or {@code __}, 1 to {@link #MAX_BOLD} characters that are neither its mark nor a line end,
   * and the same mark again. {@code 让**全镇**受益} gives {@code 让全镇受益}, {@code 2**3} and {@code
   * **\n**} stay; the text itself when it holds no pair. A scan where a pattern ({@code
   * \*\*([^*\n]{1,200}?)\*\*|__([^_\n]{1,200}?)__}) was tried from every position of every
   * paragraph: {@code EmphasisMarkupRemoverTest.scanRemovesWhatThePatternRemoved} holds the two to
   * the same output on a seeded sweep.
   */
  static String withoutPairs(String s) {
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    while (i + 1 < s.length()) {
      char mark = s.charAt(i);
      int close = (mark == '*' || mark == '_') && s.charAt(i + 1) == mark ? closingPair(s, i + 2, mark) : -1;
      if (close < 0) {
        i++;
        continue;
      }
      if (out == null) {
        out = new StringBuilder(s.length());
      }
      out.append(s, copied, i).append(s, i + 2, close);
      copied = close + 2;
      i = copied;
    }
    return out == null ? s : out.append(s, copied, s.length()).toString();
  }

  /**
   * Where the closing pair of a bold run whose words start at {@code from} stands, or -1: the first
   * {@code mark} after 1 to {@link #MAX_BOLD} characters (counted as code points, as a pattern
   * counts them), with a second one after it, and no line end before it.
   */
  private static int closingPair(String s, int from, char mark) {
    int j = from;
    for (int held = 0; j < s.length(); held++) {
      char c = s.charAt(j);
      if (c == mark) {
        return held > 0 && j + 1 < s.length() && s.charAt(j + 1) == mark ? j : -1;
      }
      if (c == '\n' || held == MAX_BOLD) {
        return -1;
      }
      j += Character.charCount(s.codePointAt(j));
    }
    return -1;
  }
}
