package dev.newstidy.segment;

import dev.newstidy.text.Scripts;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.List;

/**
 * The vocabulary of a stretch of text, as TextTiling reads it: character bigrams for CJK text (Chinese
 * has no spaces to find words by) and lower-cased words of four or more letters for Latin text,
 * common function words aside (every English text shares {@code that} and {@code with}).
 * Two stretches of one article share much of it; two articles, even on one topic, share less.
 *
 * <p>Example, pinned by {@code LexicalCohesionTest}: {@code 青石镇修桥} gives the terms {@code 青石},
 * {@code 石镇}, {@code 镇修}, {@code 修桥}; {@code "The Old Mill bridge"} gives {@code mill} and {@code
 * bridge}. The overlap of {@code 青石镇修桥通车} with {@code 青石镇新桥} is the
 * two shared bigrams over the smaller set's four: 0.5.
 *
 * <p>Terms are kept as {@code long} keys in a {@link TermSet}, not as strings: this runs for every
 * candidate boundary over several paragraphs, and a string and a hash-set entry per bigram made it
 * one of the segmenter's largest costs. The keys go straight into the set's table as they are cut,
 * with no array of every term in between. A bigram's key is its two code points side by side, and a
 * word of up to eleven ASCII letters and digits is spelled out in base 37, so that both are exact;
 * a longer or non-ASCII word is keyed by a 61-bit hash of its lower-cased form, where two words
 * meet by chance about once in 2<sup>61</sup> pairs.
 */
final class LexicalCohesion {
  /** Function words of four or more letters, which say nothing about a topic. */
  private static final long[] STOP_WORDS =
      stopWordKeys(
          "that with from have this were their will been they which about there would said also "
              + "when what after more into than them then some other over such only could just "
              + "where while these those being most very your says year years");

  /** The key of a bigram carries this bit; an exact word key stays under 2<sup>58</sup>. */
  private static final long BIGRAM = 1L << 62;

  /** The key of a hashed word carries this bit, and a bigram's never does. */
  private static final long HASHED_WORD = 1L << 61;

  /** The longest word spelled out exactly: 37<sup>11</sup> is under 2<sup>58</sup>. */
  private static final int EXACT_WORD_CHARS = 11;

  private LexicalCohesion() {}

  /**
   * The terms of {@code text}: CJK bigrams and Latin words, in no order. A bigram is cut out of
   * the text as it stands (its two code points are adjacent there), so no builder is filled for it.
   */
  static TermSet terms(CharSequence text) {
    return terms(List.of(text.toString()));
  }

  /**
   * The terms of several texts together, as if joined by line ends: no bigram or word runs from
   * one text into the next.
   */
  static TermSet terms(Collection<String> texts) {
    int chars = 0;
    for (String text : texts) {
      chars += text.length();
    }
    if (chars == 0) {
      return TermSet.EMPTY;
    }
    // A term ends at a CJK code point or after a word of four or more chars: never more terms than chars.
    TermSet.Builder terms = new TermSet.Builder(chars);
    for (String text : texts) {
      collect(text, terms);
    }
    return terms.build();
  }

  /** Adds the keys of the terms of {@code s} to {@code terms}. */
  private static void collect(String s, TermSet.Builder terms) {
    int wordStart = -1;
    int previousCjk = -1;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (Scripts.isCjk(cp)) {
        if (previousCjk >= 0) {
          terms.add(bigramKey(previousCjk, cp));
        }
        previousCjk = cp;
        addWord(s, wordStart, i, terms);
        wordStart = -1;
      } else {
        previousCjk = -1;
        if (Character.isLetterOrDigit(cp)) {
          wordStart = wordStart < 0 ? i : wordStart;
        } else {
          addWord(s, wordStart, i, terms);
          wordStart = -1;
        }
      }
      i = next;
    }
    addWord(s, wordStart, s.length(), terms);
  }

  /** Adds the word {@code s[start, end)} when it counts (four or more chars, no function word). */
  private static void addWord(String s, int start, int end, TermSet.Builder terms) {
    if (start < 0 || end - start < 4) {
      return;
    }
    long key = exactKey(s, start, end);
    if (key < 0) {
      key = wordKey(s.substring(start, end).toLowerCase(Locale.ROOT));
    }
    if (Arrays.binarySearch(STOP_WORDS, key) < 0) {
      terms.add(key);
    }
  }

  /**
   * The key of one term as {@link #terms} makes it, for tests: {@code 青石} a bigram, {@code
   * bridge} a word (lower case, as terms are).
   */
  static long key(String term) {
    if (term.codePointCount(0, term.length()) == 2 && Scripts.isCjk(term.codePointAt(0))) {
      return bigramKey(term.codePointAt(0), term.codePointBefore(term.length()));
    }
    return wordKey(term);
  }

  private static long bigramKey(int first, int second) {
    return BIGRAM | ((long) first << 21) | second;
  }

  /** The key of a lower-cased word: spelled out when it can be, else hashed. */
  private static long wordKey(String lower) {
    long key = exactKey(lower, 0, lower.length());
    return key >= 0 ? key : HASHED_WORD | (hash(lower) >>> 3);
  }

  /**
   * {@code s[start, end)} lower-cased and spelled out in base 37 ({@code a}–{@code z} 1–26,
   * {@code 0}–{@code 9} 27–36), or -1 when it is longer than eleven chars or holds any other char.
   * No digit is 0, so words of different lengths never share a key.
   */
  private static long exactKey(String s, int start, int end) {
    if (end - start > EXACT_WORD_CHARS) {
      return -1;
    }
    long key = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      int digit;
      if (c >= 'a' && c <= 'z') {
        digit = c - 'a' + 1;
      } else if (c >= 'A' && c <= 'Z') {
        digit = c - 'A' + 1;
      } else if (c >= '0' && c <= '9') {
        digit = c - '0' + 27;
      } else {
        return -1;
      }
      key = key * 37 + digit;
    }
    return key;
  }

  /** FNV-1a over the chars, then Murmur3's finaliser to spread the bits. */
  private static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
    h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }

  private static long[] stopWordKeys(String words) {
    return Arrays.stream(words.split(" ")).mapToLong(LexicalCohesion::wordKey).sorted().toArray();
  }

  /**
   * The share of the smaller term set found in the other one, from 0 (nothing shared, or either
   * side empty) to 1.
   */
  static double overlap(TermSet a, TermSet b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    return (double) a.shared(b) / Math.min(a.size(), b.size());
  }

  /** The share of {@code of}'s terms found in {@code in}: how much of a headline its lead repeats. */
  static double coverage(TermSet of, TermSet in) {
    if (of.isEmpty()) {
      return 0;
    }
    return (double) of.shared(in) / of.size();
  }
}
