package dev.newstidy.text;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns a headline into a file-name part that is safe on every filesystem: letters and digits of any
 * script are kept (CJK included), every other run of characters becomes one {@code -}, Latin is
 * lower-cased, and the result is cut to a bound in UTF-8 bytes at a character boundary. Nothing in
 * it can climb out of a folder: no {@code /}, {@code \}, {@code .} or control character survives.
 *
 * <p>Examples, pinned by {@code SlugTest}: {@code "海安:安“家”暖“新” 提品质聚动能"} gives {@code
 * "海安-安-家-暖-新-提品质聚动能"}; {@code "Bridge Reopens, Finally!"} gives {@code
 * "bridge-reopens-finally"}; {@code "../../etc/passwd"} gives {@code "etc-passwd"}; {@code "…"} gives
 * the fallback.
 */
public final class Slug {
  /** Bound on a slug's UTF-8 length; with the id and extension, names stay well under 255 bytes. */
  public static final int MAX_BYTES = 80;

  private Slug() {}

  /** The slug of {@code text}, or {@code fallback} when no letter or digit is left. */
  public static String of(String text, String fallback) {
    // Composed first, so that e + U+0301 is one letter é, not a letter and a separator.
    text = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder();
    boolean dash = false;
    int bytes = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        String piece = new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
        int pieceBytes = piece.getBytes(StandardCharsets.UTF_8).length + (dash ? 1 : 0);
        if (bytes + pieceBytes > MAX_BYTES) {
          break;
        }
        if (dash) {
          out.append('-');
        }
        out.append(piece);
        bytes += pieceBytes;
        dash = false;
      } else if (out.length() > 0) {
        dash = true;
      }
    }
    return out.length() == 0 ? fallback : out.toString();
  }

  /** The first {@code words} words (Latin) or {@code chars} characters (CJK) of a text, for a slug. */
  public static String opening(String text, int chars) {
    int end = Math.min(text.length(), chars);
    if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }
}
