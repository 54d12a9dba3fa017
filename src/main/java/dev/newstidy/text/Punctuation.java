package dev.newstidy.text;

import com.google.common.base.CharMatcher;

/**
 * Knows which punctuation ends a sentence, in Chinese and in Latin text, looking through closing
 * quotes and brackets.
 *
 * <p>Examples, pinned by {@code PunctuationTest}:
 *
 * <ul>
 *   <li>{@code "…老周说道。"} ends a sentence;
 *   <li>{@code "…说:“我们会继续努力。”"} ends a sentence (the full stop sits inside the quote);
 *   <li>{@code "…产城融合”"} does not: the quote closes a term in mid-sentence;
 *   <li>{@code "…示范带动、"} and {@code "…主导产业发展,"} do not;
 *   <li>{@code "He left."} ends a sentence, {@code "the neigh-"} does not;
 *   <li>{@code "…发往全国。（完）"} ends with a wire story's end mark, which closes it too.
 * </ul>
 */
public final class Punctuation {
  /** Marks that end a sentence in Chinese or Latin text. A colon introduces, it does not end. */
  private static final CharMatcher SENTENCE_FINAL = CharMatcher.anyOf("。！？!?….．｡").precomputed();

  /** Closing quotes and brackets that may follow the sentence-final mark. */
  private static final CharMatcher CLOSERS = CharMatcher.anyOf("”’\"'」』）)】》〉]").precomputed();

  /** Punctuation inside a sentence: what a cut-off clause usually ends with. */
  private static final CharMatcher CLAUSE = CharMatcher.anyOf(",，、;；:：").precomputed();

  private Punctuation() {}

  /** True when {@code c} ends a sentence by itself. */
  public static boolean isSentenceFinal(char c) {
    return SENTENCE_FINAL.matches(c);
  }

  /** True when {@code c} is a comma, enumeration comma, semicolon or colon, full or half width. */
  public static boolean isClausePunctuation(char c) {
    return CLAUSE.matches(c);
  }

  /** True when {@code c} closes a quote or bracket. */
  public static boolean isCloser(char c) {
    return CLOSERS.matches(c);
  }

  /** True when the text holds a comma, enumeration comma, semicolon or colon. */
  public static boolean hasClausePunctuation(CharSequence text) {
    return CLAUSE.matchesAnyOf(text);
  }

  /**
   * True when the text, trailing white space and closing quotes aside, ends with a sentence-final
   * mark. Blank text ends no sentence.
   */
  public static boolean endsSentence(CharSequence text) {
    int i = text.length() - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    if (endsWithEndMark(text, i + 1)) {
      return true;
    }
    while (i >= 0 && CLOSERS.matches(text.charAt(i))) {
      i--;
    }
    return i >= 0 && SENTENCE_FINAL.matches(text.charAt(i));
  }

  /** {@code （完）}, {@code (完)}, {@code （终）}: a wire story's end mark closes it like a full stop. */
  private static boolean endsWithEndMark(CharSequence text, int end) {
    if (end < 3) {
      return false;
    }
    char close = text.charAt(end - 1);
    char word = text.charAt(end - 2);
    char open = text.charAt(end - 3);
    return (open == '(' || open == '（') && (close == ')' || close == '）') && (word == '完' || word == '终' || word == '終');
  }

  /** The opposite of {@link #endsSentence}, for non-blank text: the text stops in mid-sentence. */
  public static boolean endsMidSentence(CharSequence text) {
    int i = text.length() - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i >= 0 && !endsSentence(text);
  }

  /**
   * Index just past the last sentence-final mark and the closing quotes that follow it, or -1 when
   * the text holds none. In {@code "他说。王书"} it is 3, where the glued byline starts.
   */
  public static int endOfLastSentence(CharSequence text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      if (SENTENCE_FINAL.matches(text.charAt(i))) {
        int end = i + 1;
        while (end < text.length() && CLOSERS.matches(text.charAt(end))) {
          end++;
        }
        return end;
      }
    }
    return -1;
  }
}
