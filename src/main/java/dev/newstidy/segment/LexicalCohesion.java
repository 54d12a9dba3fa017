package dev.newstidy.segment;

import com.google.common.collect.ImmutableSet;
import dev.newstidy.text.Scripts;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The vocabulary of a stretch of text, as TextTiling reads it: character bigrams for CJK text (Chinese
 * has no spaces to find words by) and lower-cased words of four or more letters for Latin text,
 * common function words aside (every English text shares {@code that} and {@code with}).
 * Two stretches of one article share much of it; two articles, even on one topic, share less.
 *
 * <p>Example, pinned by {@code LexicalCohesionTest}: {@code 青石镇修桥} gives the terms {@code 青石},
 * {@code 石镇}, {@code 镇修}, {@code 修桥}; {@code "The Old Mill bridge"} gives {@code the}, {@code
 * mill} and {@code bridge}. The overlap of {@code 青石镇修桥通车} with {@code 青石镇新桥} is the
 * two shared bigrams over the smaller set's four: 0.5.
 */
final class LexicalCohesion {
  /** Function words of four or more letters, which say nothing about a topic. */
  private static final Set<String> STOP_WORDS =
      ImmutableSet.copyOf(
          ("that with from have this were their will been they which about there would said also "
                  + "when what after more into than them then some other over such only could just "
                  + "where while these those being most very your says year years")
              .split(" "));

  private LexicalCohesion() {}

  /**
   * The terms of {@code text}: CJK bigrams and Latin words, in no order. A bigram is cut out of
   * the text as it stands (its two code points are adjacent there), so no builder is filled for it.
   */
  static Set<String> terms(CharSequence text) {
    String s = text.toString();
    Set<String> out = new HashSet<>();
    int wordStart = -1;
    int previousCjk = -1;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (Scripts.isCjk(cp)) {
        if (previousCjk >= 0) {
          out.add(s.substring(previousCjk, next));
        }
        previousCjk = i;
        wordStart = flushWord(s, wordStart, i, out);
      } else {
        previousCjk = -1;
        if (Character.isLetterOrDigit(cp)) {
          wordStart = wordStart < 0 ? i : wordStart;
        } else {
          wordStart = flushWord(s, wordStart, i, out);
        }
      }
      i = next;
    }
    flushWord(s, wordStart, s.length(), out);
    return out;
  }

  /** Adds the word {@code s[start, end)} when it counts (four or more chars, no function word); returns -1. */
  private static int flushWord(String s, int start, int end, Set<String> out) {
    if (start >= 0 && end - start >= 4) {
      String lower = s.substring(start, end).toLowerCase(Locale.ROOT);
      if (!STOP_WORDS.contains(lower)) {
        out.add(lower);
      }
    }
    return -1;
  }

  /** The terms of several texts together. */
  static Set<String> terms(Collection<String> texts) {
    return terms(String.join("\n", texts));
  }

  /**
   * The share of the smaller term set found in the other one, from 0 (nothing shared, or either
   * side empty) to 1.
   */
  static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int shared = 0;
    for (String term : small) {
      if (large.contains(term)) {
        shared++;
      }
    }
    return (double) shared / small.size();
  }

  /** The share of {@code of}'s terms found in {@code in}: how much of a headline its lead repeats. */
  static double coverage(Set<String> of, Set<String> in) {
    if (of.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String term : of) {
      if (in.contains(term)) {
        shared++;
      }
    }
    return (double) shared / of.size();
  }
}
