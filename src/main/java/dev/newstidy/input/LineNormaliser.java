package dev.newstidy.input;

import com.google.common.base.CharMatcher;
import dev.newstidy.text.HtmlMarkup;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * The character filter of the chain: cleans each line of what scrapers leave in text, before lines
 * become blocks. HTML entities are decoded (Commons Text), {@code <br>} ends a line and {@code <p>}
 * a paragraph, other leftover tags go; zero-width characters, byte order marks and control
 * characters go, NBSP becomes a space, and indents of U+3000 or spaces are stripped. A long line
 * that holds a whole article, its paragraphs set off by {@code 　　} indents or runs of spaces, is
 * cut into paragraphs. The pieces of one input line keep its line number.
 *
 * <p>Examples, pinned by {@code LineNormaliserTest}: {@code "A&amp;B&nbsp;C"} gives {@code "A&B C"};
 * {@code "第一段。<br/>第二段。"} gives two lines; {@code "　　第一段。　　第二段。"} (a long line) gives
 * two paragraphs; {@code "Tom &lt;3 Ann"} keeps its {@code <3}; {@code "x<sup>2</sup>"} gives {@code
 * "x2"}.
 */
public final class LineNormaliser implements LineSource {
  /**
   * A paragraph indent inside a line: two ideographic spaces after a sentence end, maybe with an
   * emphasis mark {@code **} between them: {@code 。　　后文}, {@code 。**　　要点**}.
   */
  private static final Pattern IDEOGRAPHIC_INDENT =
      Pattern.compile("(?<=[。！？!?”」』])(\\*\\*)?[ \\u00A0]*\\u3000{2,}(?=\\S)");

  /** Paragraphs of a long line set off by runs of three or more spaces after a sentence end. */
  private static final Pattern SPACE_INDENT = Pattern.compile("(?<=[。！？!?”」』.])[ \\u00A0\\u3000]{3,}(?=\\S)");

  /** A numeric entity, decimal or hexadecimal: {@code &#12290;}, {@code &#x3002;}. */
  private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(?:(\\d{1,12})|[xX]([0-9a-fA-F]{1,12}));");

  /** More than one paragraph break in a row. */
  private static final Pattern EXTRA_BREAKS = Pattern.compile("\n{3,}");

  /** Zero-width characters, byte order marks, soft hyphens and control characters other than tab. */
  private static final CharMatcher INVISIBLE =
      CharMatcher.anyOf("\u200B\u200C\u200D\u2060\uFEFF\u00AD\u200E\u200F")
          .or(CharMatcher.inRange('\u0000', '\u0008'))
          .or(CharMatcher.inRange('\u000B', '\u001F'))
          .or(CharMatcher.is('\u007F'))
          .or(CharMatcher.inRange('\u0080', '\u009F'))
          .precomputed();

  /** No-break and other fixed-width spaces, which become plain spaces. */
  private static final CharMatcher ODD_SPACES =
      CharMatcher.anyOf("\u00A0\u2007\u202F\u2002\u2003\u2009").precomputed();

  /** Lines longer than this may hold a whole article set off by indents. */
  private static final int LONG_LINE = 120;

  private final LineSource lines;
  private final Deque<Line> pending = new ArrayDeque<>();

  public LineNormaliser(LineSource lines) {
    this.lines = lines;
  }

  @Override
  public Line next() throws IOException {
    if (!pending.isEmpty()) {
      return pending.poll();
    }
    Line line = lines.next();
    if (line == null) {
      return null;
    }
    String text = line.text();
    if (!needsWork(text)) {
      return line;
    }
    String clean = clean(text);
    String[] paragraphs = clean.split("\n\n", -1);
    // A line that held several paragraphs stands apart from its neighbours too.
    boolean several = paragraphs.length > 1;
    if (several) {
      pending.add(new Line(line.number(), "", 0));
    }
    for (int p = 0; p < paragraphs.length; p++) {
      if (p > 0) {
        pending.add(new Line(line.number(), "", 0));
      }
      for (String piece : paragraphs[p].split("\n", -1)) {
        if (!piece.isBlank() || paragraphs.length == 1) {
          pending.add(new Line(line.number(), piece, line.invalidBytes()));
        }
      }
    }
    if (several) {
      pending.add(new Line(line.number(), "", 0));
    }
    if (pending.isEmpty()) {
      return new Line(line.number(), "", line.invalidBytes());
    }
    return pending.poll();
  }

  /**
   * True when the line holds anything this filter changes; most lines do not. The two commonest
   * kinds of character are let through first with one or two comparisons: those between U+3001
   * and the surrogates (CJK ideographs and punctuation, kana, Hangul), none of which this filter
   * touches, and printable ASCII other than {@code <} and {@code &}. So {@code "柳河新桥今日通车。"}
   * and {@code "Bridge opens today."} need no work, {@code "甲&amp;乙"} and {@code "　　甲"} do
   * ({@code LineNormaliserTest.cleanLinesPassUntouchedAndEachMarkedCharacterNeedsWork}).
   */
  static boolean needsWork(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > '\u3000' && c < '\uD800') {
        continue;
      }
      if (c >= ' ' && c < 0x7F ? c == '<' || c == '&' : isMarked(c)) {
        return true;
      }
    }
    return text.length() > LONG_LINE && text.contains("   ");
  }

  /**
   * The characters outside printable ASCII that this filter changes. Ordinary punctuation of
   * U+2010–U+2027 (“ ” — …) needs nothing; invisible and odd spaces do.
   */
  private static boolean isMarked(char c) {
    return Character.isSurrogate(c) || c == '<' || c == '&' || c == '\u3000' || c == '\t' || c < 0x20 || (c >= 0x7F && c <= 0xA0)
        || (c >= '\u2000' && c <= '\u200F') || (c >= '\u2028' && c <= '\u206F') || c == '\uFEFF' || c == '\u00AD';
  }

  /** The line cleaned, with {@code \n} for line breaks and {@code \n\n} for paragraph breaks. */
  static String clean(String text) {
    String s = text;
    s = HtmlMarkup.withoutTags(s);
    if (HtmlMarkup.hasEntity(s)) {
      s = StringEscapeUtils.unescapeHtml4(safeNumericEntities(s));
    }
    s = INVISIBLE.removeFrom(s);
    s = withoutLoneSurrogates(s);
    s = ODD_SPACES.replaceFrom(s, ' ');
    if (s.indexOf('\u3000') >= 0) {
      s = splitAtIndents(s);
    }
    if (s.length() > LONG_LINE) {
      s = SPACE_INDENT.matcher(s).replaceAll("\n\n");
    }
    return stripEachLine(s);
  }

  /**
   * Cuts a line at its ideographic indents. An emphasis mark between the sentence end and the indent
   * goes with the text it marks: it closes the emphasis before the cut when an odd number of marks
   * precede it on the line, else it opens the next paragraph. So {@code 甲。**　　乙**} gives {@code
   * 甲。} and {@code **乙**}, and {@code **甲。**　　乙} gives {@code **甲。**} and {@code 乙}, and
   * the mark cannot hide an indent from this pass only to expose it to the next, once emphasis is
   * removed (pinned by {@code LineNormaliserTest.emphasisMarkBeforeAnIndentGoesWithTheTextItMarks}).
   */
  private static String splitAtIndents(String s) {
    Matcher m = IDEOGRAPHIC_INDENT.matcher(s);
    StringBuilder out = new StringBuilder(s.length() + 8);
    int from = 0;
    while (m.find()) {
      out.append(s, from, m.start());
      if (m.group(1) == null) {
        out.append("\n\n");
      } else if (countMarks(s, m.start()) % 2 == 1) {
        out.append("**\n\n");
      } else {
        out.append("\n\n**");
      }
      from = m.end();
    }
    return from == 0 ? s : out.append(s, from, s.length()).toString();
  }

  private static int countMarks(String s, int end) {
    int marks = 0;
    for (int i = s.indexOf("**"); i >= 0 && i < end; i = s.indexOf("**", i + 2)) {
      marks++;
    }
    return marks;
  }

  /**
   * Numeric entities that name no character ({@code &#9999999;}, a lone surrogate {@code &#55296;})
   * become U+FFFD, as in HTML, before Commons Text decodes the rest.
   */
  private static String safeNumericEntities(String s) {
    Matcher m = NUMERIC_ENTITY.matcher(s);
    if (!m.find()) {
      return s;
    }
    m.reset();
    return m.replaceAll(
        e -> {
          long value;
          try {
            value = e.group(1) != null ? Long.parseLong(e.group(1)) : Long.parseLong(e.group(2), 16);
          } catch (NumberFormatException tooLong) {
            value = -1;
          }
          boolean valid = value > 0 && value <= 0x10FFFF && !(value >= 0xD800 && value <= 0xDFFF);
          return valid ? Matcher.quoteReplacement(e.group()) : "\uFFFD";
        });
  }

  /** A surrogate without its pair (a JSON {@code \\ud800}) becomes U+FFFD: it is no character. */
  private static String withoutLoneSurrogates(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
      if (paired) {
        if (out != null) {
          out.append(c).append(s.charAt(i + 1));
        }
        i++;
        continue;
      }
      if (Character.isSurrogate(c) && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (out != null) {
        out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
      }
    }
    return out == null ? s : out.toString();
  }

  private static String stripEachLine(String s) {
    if (s.indexOf('\n') < 0) {
      return s.strip();
    }
    StringBuilder out = new StringBuilder(s.length());
    for (String piece : s.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(piece.strip());
    }
    return EXTRA_BREAKS.matcher(out).replaceAll("\n\n");
  }
}
