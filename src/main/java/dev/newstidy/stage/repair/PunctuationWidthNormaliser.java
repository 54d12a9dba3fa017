package dev.newstidy.stage.repair;

import dev.newstidy.config.PunctuationStyle;
import dev.newstidy.model.Article;
import dev.newstidy.model.Part;
import dev.newstidy.stage.ArticleStage;
import dev.newstidy.text.Scripts;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets the width of {@code , : ; ? ! ( )} in Chinese text ({@code --punctuation fullwidth} or
 * {@code halfwidth}), where a dump was narrowed or widened upstream. Only marks in CJK context
 * change: a CJK character on either side (through a closing quote). Numbers ({@code 1.76亿元},
 * {@code 3.5%}, {@code 10:30}), URLs and Latin sentences stay as they are.
 *
 * <p>Examples, pinned by {@code PunctuationWidthNormaliserTest}: fullwidth turns {@code 很好,我们} into
 * {@code 很好，我们} and {@code 时间:上午} into {@code 时间：上午}, leaves {@code 1.76亿元}, {@code 10:30},
 * {@code 3.5%} and {@code Hello, world} alone, and is idempotent.
 */
public final class PunctuationWidthNormaliser implements ArticleStage {
  private static final String HALF = ",:;?!()";
  private static final String FULL = "，：；？！（）";

  private final PunctuationStyle style;

  public PunctuationWidthNormaliser(PunctuationStyle style) {
    this.style = style;
  }

  @Override
  public Article apply(Article article) {
    if (style == PunctuationStyle.KEEP) {
      return article;
    }
    boolean changed = false;
    List<Part> body = new ArrayList<>(article.body().size());
    for (Part part : article.body()) {
      String text = convert(part.text());
      changed |= !text.equals(part.text());
      body.add(text.equals(part.text()) ? part : part.withText(text));
    }
    return changed ? article.withBody(body) : article;
  }

  String convert(String text) {
    String from = style == PunctuationStyle.FULLWIDTH ? HALF : FULL;
    String to = style == PunctuationStyle.FULLWIDTH ? FULL : HALF;
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      int k = from.indexOf(text.charAt(i));
      if (k < 0 || !inCjkContext(text, i) || isInsideUrl(text, i)) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text);
      }
      out.setCharAt(i, to.charAt(k));
    }
    return out == null ? text : out.toString();
  }

  /** A CJK character just before or just after the mark, looking through quotes and brackets. */
  private static boolean inCjkContext(String text, int i) {
    char c = text.charAt(i);
    boolean opening = c == '(' || c == '（';
    boolean closing = c == ')' || c == '）';
    int before = neighbour(text, i, -1);
    int after = neighbour(text, i, +1);
    if (isDigit(before) && isDigit(after)) {
      return false;
    }
    if (opening) {
      return Scripts.isCjk(after) || Scripts.isCjk(before);
    }
    if (closing) {
      return Scripts.isCjk(before) || Scripts.isCjk(after);
    }
    return Scripts.isCjk(before) || (Scripts.isCjk(after) && !Scripts.isLatinLetter(before));
  }

  private static int neighbour(String text, int i, int step) {
    for (int j = i + step; j >= 0 && j < text.length(); j += step) {
      char c = text.charAt(j);
      if ("“”‘’\"'".indexOf(c) < 0) {
        return c;
      }
    }
    return -1;
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  /**
   * {@code http://x.test/临江?b=1,2}: marks inside a URL stay. A URL runs from its scheme or {@code
   * www.} to the next white space or full-width punctuation; its path may hold Chinese.
   */
  private static boolean isInsideUrl(String text, int i) {
    for (int j = i - 1; j >= 0; j--) {
      char c = text.charAt(j);
      if (Character.isWhitespace(c) || FULL.indexOf(c) >= 0 || "。、“”《》".indexOf(c) >= 0) {
        return false;
      }
      if (text.startsWith("://", j) || text.startsWith("www.", j)) {
        return true;
      }
    }
    return false;
  }
}
