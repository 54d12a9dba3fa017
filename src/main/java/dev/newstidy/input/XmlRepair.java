package dev.newstidy.input;

import com.google.common.base.CharMatcher;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the text of one XML record well-formed enough for a strict parser, as news collections
 * (SogouCS, SogouCA) need: a stray {@code &} becomes {@code &amp;} (so {@code &nbsp;}, which XML
 * does not define, is kept as text for the line normaliser to decode), a {@code <} that opens no
 * tag becomes {@code &lt;}, a character reference to a control character is kept as text, and
 * characters XML 1.0 forbids are dropped. Line ends are kept, so parser positions stay true.
 *
 * <p>Examples, pinned by {@code XmlRepairTest}: {@code <url>a.test/?x=1&y=2</url>} gives {@code
 * <url>a.test/?x=1&amp;y=2</url>}; {@code 3 < 5 &amp; 6} gives {@code 3 &lt; 5 &amp; 6}; {@code
 * &#3;} gives {@code &amp;#3;}.
 */
final class XmlRepair {
  /** A reference XML knows: {@code &amp;}, {@code &lt;}, {@code &#12290;}, {@code &#x3002;}. */
  private static final Pattern REFERENCE =
      Pattern.compile("&(?:(amp|lt|gt|quot|apos)|#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6}));");

  /** Characters XML 1.0 does not allow in a document: C0 controls other than tab and line ends. */
  private static final CharMatcher FORBIDDEN =
      CharMatcher.inRange('\u0000', '\u0008')
          .or(CharMatcher.anyOf("\u000B\u000C\uFFFE\uFFFF"))
          .or(CharMatcher.inRange('\u000E', '\u001F'))
          .precomputed();

  private XmlRepair() {}

  /** {@code xml} with stray {@code &} and {@code <} escaped and forbidden characters dropped. */
  static String repair(String xml) {
    String text = FORBIDDEN.removeFrom(xml);
    StringBuilder out = new StringBuilder(text.length() + 16);
    Matcher reference = REFERENCE.matcher(text);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '&') {
        reference.region(i, text.length());
        out.append(reference.lookingAt() && isAllowed(reference) ? "&" : "&amp;");
      } else if (c == '<') {
        out.append(opensMarkup(text, i + 1) ? "<" : "&lt;");
      } else if (Character.isSurrogate(c) && !isPaired(text, i)) {
        // A lone surrogate cannot be written in XML: it is dropped like a control character.
        continue;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isAllowed(Matcher reference) {
    if (reference.group(1) != null) {
      return true;
    }
    int code =
        reference.group(2) != null
            ? Integer.parseInt(reference.group(2))
            : Integer.parseInt(reference.group(3), 16);
    return code == 0x9 || code == 0xA || code == 0xD || (code >= 0x20 && code <= 0xD7FF)
        || (code >= 0xE000 && code <= 0xFFFD) || (code >= 0x10000 && code <= 0x10FFFF);
  }

  /** A tag, end tag, comment, CDATA section or processing instruction: {@code <a}, {@code </}, {@code <!}, {@code <?}. */
  private static boolean opensMarkup(String text, int next) {
    if (next >= text.length()) {
      return false;
    }
    char c = text.charAt(next);
    return c == '/' || c == '!' || c == '?' || c == '_' || Character.isLetter(c);
  }

  private static boolean isPaired(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }
}
