package dev.newstidy.eval;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Hands out composed paragraphs, and for the quality harness makes sure none repeats an earlier
 * one: a chance repeat in the clean text would be a true repeat that newstidy rightly removes, and
 * the truth would count it against newstidy.
 */
final class ParagraphSource {
  private final Set<String> seen;

  private ParagraphSource(Set<String> seen) {
    this.seen = seen;
  }

  /** Paragraphs checked against every earlier one (memory grows with the dump). */
  static ParagraphSource unique() {
    return new ParagraphSource(new HashSet<>());
  }

  /** Paragraphs as composed, for large speed dumps where memory must stay flat. */
  static ParagraphSource unchecked() {
    return new ParagraphSource(null);
  }

  /** The next composed paragraph that was not handed out before. */
  String next(Supplier<String> compose) {
    String text = compose.get();
    if (seen == null) {
      return text;
    }
    while (!seen.add(text)) {
      text = compose.get();
    }
    return text;
  }

  /** Marks {@code text} as handed out; false when it was already. */
  boolean claim(String text) {
    return seen == null || seen.add(text);
  }
}
