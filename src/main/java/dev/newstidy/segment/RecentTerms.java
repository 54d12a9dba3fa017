package dev.newstidy.segment;

import java.util.Arrays;
import java.util.List;

/**
 * The cohesion terms of the last few texts the segmenter weighed, found again by the text's
 * identity. A paragraph is weighed up to seven times as the candidates pass it (three times as
 * look-ahead, once as the candidate, three times as look-behind), and its terms are the costly
 * part; a text's terms never change, so a text met again under the same reference reuses them.
 *
 * <p>Example, pinned by {@code RecentTermsTest}: asked for {@code 柳溪镇新桥通车} twice under one
 * reference, it cuts the terms once and gives the same set back; asked for {@code [柳溪, 镇桥]} it
 * gives the union of the two texts' terms, {@code 柳溪} and {@code 镇桥}, never the {@code 溪镇}
 * that would run across them. Each segmenter holds its own: nothing is shared between runs.
 */
final class RecentTerms {
  /** More than the texts in play at one candidate: the line, three before, three after, the opening. */
  private static final int SLOTS = 16;

  private final String[] texts = new String[SLOTS];
  private final TermSet[] sets = new TermSet[SLOTS];
  private int next;

  /** The terms of {@code text}, from memory when the same reference was asked for lately. */
  TermSet of(String text) {
    for (int i = 0; i < SLOTS; i++) {
      if (texts[i] == text) {
        return sets[i];
      }
    }
    TermSet terms = LexicalCohesion.terms(text);
    texts[next] = text;
    sets[next] = terms;
    next = (next + 1) % SLOTS;
    return terms;
  }

  /**
   * Forgets every text: the segmenter calls it at a document's end, so that no text of one
   * document, nor its terms, stays alive while the next one is read.
   */
  void clear() {
    Arrays.fill(texts, null);
    Arrays.fill(sets, null);
    next = 0;
  }

  /** How many texts it remembers, for tests. */
  int held() {
    int n = 0;
    for (String text : texts) {
      n += text == null ? 0 : 1;
    }
    return n;
  }

  /**
   * The terms of several texts together, as {@link LexicalCohesion#terms(java.util.Collection)}:
   * one table filled from the members' sets, not a new set per member merged in.
   */
  TermSet of(List<String> texts) {
    TermSet only = TermSet.EMPTY;
    TermSet[] members = new TermSet[texts.size()];
    int keys = 0;
    int filled = 0;
    for (int i = 0; i < members.length; i++) {
      members[i] = of(texts.get(i));
      keys += members[i].size();
      if (!members[i].isEmpty()) {
        only = members[i];
        filled++;
      }
    }
    if (filled <= 1) {
      return only;
    }
    TermSet.Builder union = new TermSet.Builder(keys);
    for (TermSet member : members) {
      union.addAll(member);
    }
    return union.build();
  }
}
