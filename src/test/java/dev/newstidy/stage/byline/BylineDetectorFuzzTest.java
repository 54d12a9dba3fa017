package dev.newstidy.stage.byline;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multiset;
import com.google.common.collect.Multisets;
import dev.newstidy.model.Byline;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Fuzzes the byline detector with any text, line by line: it never throws, and a byline it finds,
 * with the body before it, invents no character that the text lacks. Seeds: {@code
 * BylineDetectorFuzzTestInputs/findsBylinesInAnyText}.
 */
class BylineDetectorFuzzTest {
  private static final BylineDetector BYLINES = new BylineDetector(ChineseNames.load());

  @FuzzTest
  void findsBylinesInAnyText(byte[] data) {
    for (String line : new String(data, StandardCharsets.UTF_8).split("\n", 64)) {
      Optional<Byline> whole = BYLINES.parseWhole(line);
      whole.ifPresent(byline -> assertInventsNothing(line, byline.text()));

      BYLINES.findTrailing(line).ifPresent(split -> assertInventsNothing(line, split.body() + split.byline().text()));
    }
  }

  private static void assertInventsNothing(String text, String found) {
    Multiset<Integer> invented = Multisets.difference(characters(found), characters(text));
    assertThat(invented).as("%s → %s", text, found).isEmpty();
  }

  private static Multiset<Integer> characters(String text) {
    Multiset<Integer> set = HashMultiset.create();
    text.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(set::add);
    return set;
  }
}
