package dev.newstidy.stage.repair;

import static dev.newstidy.testing.Articles.p;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multiset;
import com.google.common.collect.Multisets;
import dev.newstidy.model.Article;
import dev.newstidy.model.Part;
import dev.newstidy.model.Removal;
import dev.newstidy.testing.Articles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the joiner with an article whose paragraphs are the blank-line-separated pieces of any
 * text: it never throws, is idempotent, leaves no blank part, and neither invents characters nor
 * loses any but white space, {@code *} and hyphens (the joiner marks a re-joined word's break
 * with a soft hyphen, which {@code Dehyphenator} resolves later). Seeds: {@code
 * BrokenParagraphJoinerFuzzTestInputs/joinsAnyParagraphs}.
 */
class BrokenParagraphJoinerFuzzTest {
  /** A re-joined word keeps its break as a soft hyphen: every hyphen counts as {@code -} here. */
  private static final String HYPHENS = "-\u2010\u00AD";
  private final BrokenParagraphJoiner joiner = new BrokenParagraphJoiner();

  @FuzzTest
  void joinsAnyParagraphs(byte[] data) {
    List<Part> parts = new ArrayList<>();
    int line = 1;
    for (String piece : new String(data, StandardCharsets.UTF_8).split("\n", 200)) {
      // A part is one line of text, as the block reader gives it.
      String text = piece.strip();
      if (!text.isEmpty()) {
        parts.add(p(line, text));
      }
      line++;
    }
    Article article = Articles.articleOf(parts.toArray(Part[]::new));

    Article once = joiner.apply(article);

    assertThat(joiner.apply(once)).isEqualTo(once);
    assertThat(once.body()).noneMatch(part -> part.text().isBlank());
    Multiset<Integer> before = characters(article.body().stream().map(Part::text).toList());
    List<String> after = new ArrayList<>(once.body().stream().map(Part::text).toList());
    once.removed().stream().map(Removal::text).forEach(after::add);
    assertThat(Multisets.difference(characters(after), before)).as("invented").isEmpty();
    assertThat(Multisets.difference(before, characters(after)).elementSet())
        .as("lost")
        .allMatch(c -> c == '*' || c == '-');
  }

  private static Multiset<Integer> characters(List<String> texts) {
    Multiset<Integer> set = HashMultiset.create();
    texts.forEach(t -> t.codePoints()
        .filter(c -> !Character.isWhitespace(c))
        .map(c -> HYPHENS.indexOf(c) >= 0 ? '-' : c)
        .forEach(set::add));
    return set;
  }
}
