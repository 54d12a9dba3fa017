package dev.newstidy.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SlugTest {
  @Test
  void keepsCjkAndTurnsPunctuationRunsIntoOneDash() {
    assertThat(Slug.of("海安:安“家”暖“新” 提品质聚动能", "untitled")).isEqualTo("海安-安-家-暖-新-提品质聚动能");
  }

  @Test
  void lowerCasesLatinAndDropsTrailingPunctuation() {
    assertThat(Slug.of("Bridge Reopens, Finally!", "untitled")).isEqualTo("bridge-reopens-finally");
  }

  @Test
  void cannotClimbOutOfTheFolder() {
    assertThat(Slug.of("../../etc/passwd", "untitled")).isEqualTo("etc-passwd");
    assertThat(Slug.of("..\\..\\boot.ini", "untitled")).isEqualTo("boot-ini");
  }

  @Test
  void givesFallbackWhenNoLetterOrDigitIsLeft() {
    assertThat(Slug.of("…", "untitled")).isEqualTo("untitled");
    assertThat(Slug.of("", "untitled")).isEqualTo("untitled");
  }

  @Test
  void dropsControlCharacters() {
    assertThat(Slug.of("a\u001b[2Jb\r\nc", "untitled")).isEqualTo("a-2jb-c");
  }

  @Test
  void cutsLongHeadlineAtCharacterBoundaryWithinByteBound() {
    String headline = "城".repeat(200);

    String slug = Slug.of(headline, "untitled");

    assertThat(slug.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(Slug.MAX_BYTES);
    assertThat(slug).isEqualTo("城".repeat(Slug.MAX_BYTES / 3));
  }

  @Test
  void keepsSupplementaryCharactersWhole() {
    String slug = Slug.of("\uD842\uDFB7".repeat(30), "untitled");

    assertThat(slug.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(Slug.MAX_BYTES);
    assertThat(slug).isEqualTo("\uD842\uDFB7".repeat(Slug.MAX_BYTES / 4));
  }

  @Test
  void openingTakesLeadingCharactersWithoutSplittingASurrogatePair() {
    assertThat(Slug.opening("图片新闻今天发布", 4)).isEqualTo("图片新闻");
    assertThat(Slug.opening("a\uD842\uDFB7b", 2)).isEqualTo("a");
    assertThat(Slug.opening("短", 24)).isEqualTo("短");
  }
}
