package dev.newstidy.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The truth's own idea of sentences, independent of newstidy's rules: where a sentence ends, where
 * a page break may fall, and the sentences of a paragraph for counting the text kept.
 *
 * <p>Example: {@code "他说：“好。”今年以来，…。"} has the sentences {@code 他说：“好。”} and {@code
 * 今年以来，…。}; a break may not fall between {@code 4.} and {@code 2} (typesetting keeps a number
 * whole) nor before {@code ，} (no line opens with a comma).
 */
final class Sentences {
  private static final String FINAL = "。！？!?.";
  private static final String CLOSERS = "”’\"'）)";
  /** What no typeset line opens with (kinsoku), so no page break falls before it. */
  private static final String NO_LINE_START = "，。、；：！？”’）%,.;:!?)";
  /** What no typeset line ends with. */
  private static final String NO_LINE_END = "“‘（(《";

  private Sentences() {}

  /** True when {@code text[0, end)} ends a sentence, closing quotes looked through. */
  static boolean endsSentence(String text, int end) {
    int i = end - 1;
    while (i >= 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && FINAL.indexOf(text.charAt(i)) >= 0;
  }

  /** True when a page break may cut CJK text between {@code k - 1} and {@code k} in mid-sentence. */
  static boolean isCjkCutPoint(String text, int k) {
    if (k <= 0 || k >= text.length() || endsSentence(text, k)) {
      return false;
    }
    char before = text.charAt(k - 1);
    char after = text.charAt(k);
    if (NO_LINE_START.indexOf(after) >= 0 || NO_LINE_END.indexOf(before) >= 0) {
      return false;
    }
    return !(isAsciiWordChar(before) && isAsciiWordChar(after));
  }

  /** True when a page break may cut Latin text at the space at {@code k} in mid-sentence. */
  static boolean isLatinCutPoint(String text, int k) {
    return k > 0 && k < text.length() - 1 && text.charAt(k) == ' ' && !endsSentence(text, k);
  }

  /** The sentences of {@code paragraph}, each with its closing quotes, white space trimmed. */
  static List<String> split(String paragraph) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < paragraph.length()) {
      char c = paragraph.charAt(i);
      i++;
      if (FINAL.indexOf(c) >= 0 && (c != '.' || i == paragraph.length() || paragraph.charAt(i) == ' ' || CLOSERS.indexOf(paragraph.charAt(i)) >= 0)) {
        while (i < paragraph.length() && CLOSERS.indexOf(paragraph.charAt(i)) >= 0) {
          i++;
        }
        addTrimmed(out, paragraph.substring(start, i));
        start = i;
      }
    }
    addTrimmed(out, paragraph.substring(start));
    return out;
  }

  private static void addTrimmed(List<String> out, String sentence) {
    String s = sentence.strip();
    if (!s.isEmpty()) {
      out.add(s);
    }
  }

  private static boolean isAsciiWordChar(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '%';
  }
}
