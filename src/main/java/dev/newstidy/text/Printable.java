package dev.newstidy.text;

/**
 * Makes text safe to echo on a terminal: control characters (an escape sequence hidden in a
 * headline, a stray carriage return) become visible {@code \\uXXXX} escapes, so that no input can
 * move the cursor, change colours or hide a message. Every Unicode bidi control (U+061C, U+200E–F,
 * U+202A–E, U+2066–9) is escaped too, so that no input can reorder what a terminal shows.
 *
 * <p>Example, pinned by {@code PrintableTest}: {@code "a\u001b[2Jb"} prints as {@code
 * "a\\u001b[2Jb"}; a right-to-left isolate before {@code txt.exe} prints as {@code \\u2067txt.exe}
 * ({@code PrintableTest.escapesEveryBidiControl}).
 */
public final class Printable {
  private Printable() {}

  public static String of(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean unsafe = Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || isBidiControl(c);
      if (unsafe && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (unsafe) {
          out.append(String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  /** The characters with the Unicode property Bidi_Control: embeddings, overrides, isolates, marks. */
  static boolean isBidiControl(char c) {
    return c == '\u061C'
        || c == '\u200E'
        || c == '\u200F'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
