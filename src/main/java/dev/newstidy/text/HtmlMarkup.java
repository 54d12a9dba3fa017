package dev.newstidy.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML that a dump's text may carry, in one place: what the reader takes for a line break, a
 * paragraph break, a tag to drop or an entity to decode, and how text must be spelled so that the
 * reader gives it back unchanged.
 *
 * <p>Examples, pinned by {@code HtmlMarkupTest}: {@code 甲<br/>乙} reads as two lines; {@code
 * x<sup>2</sup>} reads as {@code x2}; text holding {@code <b>} (decoded from {@code &lt;b&gt;}) is
 * spelled {@code &lt;b>}, and text holding {@code &amp;} is spelled {@code &amp;amp;}, while {@code
 * x<y and y>z}, {@code Tom <3 Ann} and {@code AT&T} stay as they are.
 */
public final class HtmlMarkup {
  /** {@code <br>}, {@code <br/>}, {@code <BR />}: a line break. */
  private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");

  /** {@code <p>}, {@code </p>}, {@code <div …>}: a paragraph break. */
  private static final Pattern BLOCK_TAG =
      Pattern.compile("(?i)</?(?:p|div|section|article|h[1-6]|li|ul|ol|table|tr|blockquote)(?:\\s[^<>]{0,200})?/?>");

  /**
   * Other HTML tags, by name, so that {@code x<y and y>z} in running text stays: {@code <span
   * class="x">}, {@code </a>}, {@code <img src=…/>}.
   */
  private static final Pattern TAG =
      Pattern.compile(
          "(?i)</?(?:a|span|img|font|b|i|u|s|em|strong|small|big|sup|sub|center|label|input|button"
              + "|iframe|script|style|meta|link|tbody|thead|tfoot|td|th|nav|header|footer|figure"
              + "|figcaption|hr|abbr|cite|code|mark|time|video|audio|source|o:p)(?:\\s[^<>]{0,300})?/?>");

  /** An HTML entity: {@code &amp;}, {@code &#12290;}, {@code &#x3002;}. */
  private static final Pattern ENTITY = Pattern.compile("&(?:[a-zA-Z]{2,8}|#\\d{1,12}|#[xX][0-9a-fA-F]{1,12});");

  private HtmlMarkup() {}

  /** {@code s} with its tags gone: {@code \n} for a line break, {@code \n\n} for a paragraph break. */
  public static String withoutTags(String s) {
    if (s.indexOf('<') < 0) {
      return s;
    }
    String out = BREAK.matcher(s).replaceAll("\n");
    out = BLOCK_TAG.matcher(out).replaceAll("\n\n");
    return TAG.matcher(out).replaceAll("");
  }

  /** True when {@code s} holds something spelled like an entity, which the reader decodes. */
  public static boolean hasEntity(String s) {
    return s.indexOf('&') >= 0 && ENTITY.matcher(s).find();
  }

  /**
   * {@code text} spelled so that the reader, which drops tags and then decodes entities, gives it
   * back: the {@code <} of each tag becomes {@code &lt;} and the {@code &} of each entity {@code
   * &amp;}; nothing else changes, so text with neither reads as written. {@code 用<b>加粗</b>} →
   * {@code 用&lt;b>加粗&lt;/b>}; {@code 3 &lt; 4} → {@code 3 &amp;lt; 4}; {@code x<y and y>z} stays, while {@code a<b and
   * c>d}, which the reader takes for a {@code <b …>} tag, becomes {@code a&lt;b and c>d}.
   */
  public static String spelledForReading(String text) {
    if (text.indexOf('<') < 0 && text.indexOf('&') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    Matcher entity = ENTITY.matcher(text);
    Matcher br = BREAK.matcher(text);
    Matcher block = BLOCK_TAG.matcher(text);
    Matcher tag = TAG.matcher(text);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '&' && entity.region(i, text.length()).lookingAt()) {
        out.append("&amp;");
      } else if (c == '<' && opensTag(i, text.length(), br, block, tag)) {
        out.append("&lt;");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean opensTag(int at, int end, Matcher... tags) {
    for (Matcher m : tags) {
      if (m.region(at, end).lookingAt()) {
        return true;
      }
    }
    return false;
  }
}
