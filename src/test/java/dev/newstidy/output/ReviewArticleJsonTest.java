package dev.newstidy.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.newstidy.model.Article;
import dev.newstidy.model.Byline;
import dev.newstidy.model.Join;
import dev.newstidy.model.Metadata;
import dev.newstidy.model.Part;
import dev.newstidy.model.Removal;
import dev.newstidy.model.RemovalReason;
import dev.newstidy.model.SourceSpan;
import dev.newstidy.model.Warning;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ReviewArticleJsonTest {
  private static final String PATH = "courier.txt";

  /**
   * Lines 1–12: a headline, a byline on line 3, a dateline taken off line 5, a paragraph joined
   * across lines 5 and 7, a repeat of line 5 on line 9, and a counter line dropped on line 11.
   */
  private static Article article() {
    return new Article(
        "Ferry Returns to Stonehaven",
        null,
        new Byline("By Mira Tan", ImmutableList.of(), 3),
        ImmutableList.of(
            Part.paragraph("The ferry ran again on Monday after a winter of repairs.", SourceSpan.of(PATH, 5, 7))),
        ImmutableSet.of(),
        SourceSpan.of(PATH, 1, 12),
        ImmutableList.of(
            new Removal(RemovalReason.METADATA, SourceSpan.of(PATH, 5, 5), "STONEHAVEN -- ", null),
            new Removal(
                RemovalReason.DUPLICATE,
                SourceSpan.of(PATH, 9, 9),
                "The ferry ran again on Monday after a winter of repairs.",
                SourceSpan.of(PATH, 5, 5)),
            new Removal(RemovalReason.BOILERPLATE, SourceSpan.of(PATH, 11, 11), "Views: 1,024", null)),
        ImmutableList.of(new Join(5, 7)),
        ImmutableList.of(new Warning("doubled-word", 7, "doubled word \"the the\"")),
        new Metadata("STONEHAVEN", null, null, ImmutableList.of()));
  }

  private static JsonNode view(Article a, FirstOccurrences seen) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = ReviewPage.islandGenerator(out)) {
      ReviewArticleJson.write(g, 4, a, seen);
    }
    return new ObjectMapper().readTree(out.toString());
  }

  @Test
  void listsTextAndRemovalsInInputOrderWithTheDatelineBeforeItsParagraph() throws IOException {
    FirstOccurrences seen = new FirstOccurrences();
    seen.add(4, SourceSpan.of(PATH, 1, 12));

    JsonNode view = view(article(), seen);

    assertThat(view.get("x")).extracting(i -> i.get("k").asText() + "@" + i.get("a").asInt())
        .containsExactly("by@3", "dl@5", "p@5", "r@9", "f@11");
    JsonNode paragraph = view.get("x").get(2);
    assertThat(paragraph.get("j").toString()).isEqualTo("[[5,7]]");
    JsonNode repeat = view.get("x").get(3);
    assertThat(repeat.get("fs").asText()).isEqualTo("courier.txt:5");
    assertThat(repeat.get("to").asLong()).isEqualTo(4);
    assertThat(repeat.get("tl").asInt()).isEqualTo(5);
    assertThat(view.get("w").get(0).get("a").asInt()).isEqualTo(7);
    assertThat(view.get("dl").asText()).isEqualTo("STONEHAVEN");
  }

  @Test
  void aRepeatFirstSeenOutsideTheReportHasNoLinkAndAMetadataLineThatIsNoDatelineIsFurniture() throws IOException {
    Article a =
        article()
            .withMetadata(Metadata.NONE)
            .plusRemovals(
                ImmutableList.of(
                    new Removal(RemovalReason.DUPLICATE, SourceSpan.of(PATH, 12, 12), "Old text", SourceSpan.of("old.txt", 3, 3))));

    JsonNode view = view(a, new FirstOccurrences());

    assertThat(view.get("x")).extracting(i -> i.get("k").asText()).containsExactly("by", "f", "p", "r", "f", "r");
    assertThat(view.get("x").get(5).has("to")).isFalse();
    assertThat(view.get("x").get(5).get("fs").asText()).isEqualTo("old.txt:3");
  }

  @Test
  void aRepeatKeptInTheTextIsMarkedOnItsParagraphNotShownTwice() throws IOException {
    Part copy = Part.paragraph("The ferry ran again on Monday after a winter of repairs.", SourceSpan.of(PATH, 9, 9));
    Article a =
        Article.of("Ferry Returns to Stonehaven", SourceSpan.of(PATH, 1, 9), ImmutableList.of(article().body().get(0), copy))
            .plusRemovals(
                ImmutableList.of(
                    new Removal(RemovalReason.DUPLICATE, SourceSpan.of(PATH, 9, 9), copy.text(), SourceSpan.of(PATH, 5, 5), true)));
    FirstOccurrences seen = new FirstOccurrences();
    seen.add(4, a.source());

    JsonNode view = view(a, seen);

    assertThat(view.get("x")).extracting(i -> i.get("k").asText() + "@" + i.get("a").asInt()).containsExactly("p@5", "p@9");
    JsonNode kept = view.get("x").get(1).get("kr").get(0);
    assertThat(kept.get("why").asText()).isEqualTo("duplicate");
    assertThat(kept.get("to").asLong()).isEqualTo(4);
    assertThat(kept.get("tl").asInt()).isEqualTo(5);
    assertThat(view.get("x").get(0).has("kr")).isFalse();
  }

  @Test
  void aJoinTheBodyNoLongerHoldsStillShows() throws IOException {
    Article a = article().plusJoins(ImmutableList.of(new Join(20, 22)));

    JsonNode view = view(a, new FirstOccurrences());

    JsonNode last = view.get("x").get(view.get("x").size() - 1);
    assertThat(last.get("k").asText()).isEqualTo("j");
    assertThat(last.get("a").asInt()).isEqualTo(20);
    assertThat(last.get("b").asInt()).isEqualTo(22);
  }
}
