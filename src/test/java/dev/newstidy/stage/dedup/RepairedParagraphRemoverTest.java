package dev.newstidy.stage.dedup;

import static dev.newstidy.testing.Articles.articleOf;
import static dev.newstidy.testing.Articles.p;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newstidy.model.Article;
import dev.newstidy.model.Block;
import dev.newstidy.model.DroppedBlock;
import dev.newstidy.model.Join;
import dev.newstidy.model.Removal;
import dev.newstidy.model.RemovalReason;
import dev.newstidy.model.SourceSpan;
import dev.newstidy.stage.repair.BrokenParagraphJoiner;
import dev.newstidy.testing.Articles;
import dev.newstidy.testing.Trace;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepairedParagraphRemoverTest {
  private static final String FIRST_HALF = "柳溪镇今年新修村道两条,";
  private static final String SECOND_HALF = "村民出行方便了许多,集市也热闹起来。";
  private static final String WHOLE = FIRST_HALF + SECOND_HALF;
  private static final int MIN_CHARS = 10;

  private final InMemoryParagraphIndex index = new InMemoryParagraphIndex();
  private final RepairedParagraphRemover remover = new RepairedParagraphRemover(index, MIN_CHARS, false, null);
  private final BrokenParagraphJoiner joiner = new BrokenParagraphJoiner();

  @Test
  void removesWholeCopyLaterInTheArticleOfTheCutParagraph() {
    Article article =
        joiner.apply(articleOf(p(3, FIRST_HALF), p(5, SECOND_HALF), p(7, "镇里还将新建文化站。"), p(9, WHOLE)));

    Article result = remover.apply(article);

    assertThat(Trace.of(result)).isEqualTo("P[" + WHOLE + "] P[镇里还将新建文化站。]");
    assertThat(result.removed())
        .containsExactly(
            new Removal(
                RemovalReason.DUPLICATE,
                SourceSpan.of(Articles.PATH, 9, 9),
                WHOLE,
                SourceSpan.of(Articles.PATH, 3, 5),
                false));
  }

  @Test
  void keepsTheCutFirstCopyWhenTheBlockStageSawTheWholeLaterCopyFirst() {
    // The block stage meets the whole copy at line 9 before the article is finished and joined.
    index.putIfAbsent(ParagraphFingerprint.of(WHOLE).hash(), SourceSpan.of(Articles.PATH, 9, 9));
    Article article =
        joiner.apply(articleOf(p(3, FIRST_HALF), p(5, SECOND_HALF), p(7, "镇里还将新建文化站。"), p(9, WHOLE)));

    Article result = remover.apply(article);

    assertThat(Trace.of(result)).isEqualTo("P[" + WHOLE + "] P[镇里还将新建文化站。]");
    assertThat(result.removed()).singleElement().satisfies(r -> {
      assertThat(r.span()).isEqualTo(SourceSpan.of(Articles.PATH, 9, 9));
      assertThat(r.firstSeen()).isEqualTo(SourceSpan.of(Articles.PATH, 3, 5));
    });
  }

  @Test
  void removesTheWholeCopyInALaterArticleWhenTheBlockStageSawItFirst() {
    index.putIfAbsent(ParagraphFingerprint.of(WHOLE).hash(), SourceSpan.of(Articles.PATH, 20, 20));
    remover.apply(joiner.apply(articleOf(p(3, FIRST_HALF), p(5, SECOND_HALF))));

    Article later = remover.apply(articleOf(p(18, "镇里还将新建文化站。"), p(20, WHOLE)));

    assertThat(Trace.of(later)).isEqualTo("P[镇里还将新建文化站。]");
    assertThat(later.removed()).singleElement().satisfies(r -> {
      assertThat(r.span()).isEqualTo(SourceSpan.of(Articles.PATH, 20, 20));
      assertThat(r.firstSeen()).isEqualTo(SourceSpan.of(Articles.PATH, 3, 5));
    });
  }

  @Test
  void remembersJoinedParagraphForTheBlockLevelRemover() {
    remover.apply(joiner.apply(articleOf(p(3, FIRST_HALF), p(5, SECOND_HALF))));
    RepeatedParagraphRemover blocks = new RepeatedParagraphRemover(index, MIN_CHARS);

    Object later = blocks.apply(Block.of(WHOLE, SourceSpan.of(Articles.PATH, 20, 20), 1));

    assertThat(later)
        .isInstanceOfSatisfying(
            DroppedBlock.class,
            // The index keeps where a paragraph starts: the joined paragraph's first line.
            dropped -> assertThat(dropped.removal().firstSeen()).isEqualTo(SourceSpan.of(Articles.PATH, 3, 3)));
  }

  @Test
  void removesJoinedParagraphThatRepeatsAnEarlierWholeOne() {
    index.putIfAbsent(ParagraphFingerprint.of(WHOLE).hash(), SourceSpan.of(Articles.PATH, 1, 1));
    Article article = joiner.apply(articleOf(p(3, FIRST_HALF), p(5, SECOND_HALF), p(7, "镇里还将新建文化站。")));

    Article result = remover.apply(article);

    assertThat(Trace.of(result)).isEqualTo("P[镇里还将新建文化站。]");
    assertThat(result.removed()).singleElement().satisfies(r -> {
      assertThat(r.span()).isEqualTo(SourceSpan.of(Articles.PATH, 3, 5));
      assertThat(r.firstSeen()).isEqualTo(SourceSpan.of(Articles.PATH, 1, 1));
    });
  }

  @Test
  void keepsArticleWithoutJoinsAsItIs() {
    index.putIfAbsent(ParagraphFingerprint.of(WHOLE).hash(), SourceSpan.of(Articles.PATH, 1, 1));
    Article article = articleOf(p(3, WHOLE));

    assertThat(remover.apply(article)).isSameAs(article);
  }

  @Test
  void keepsParagraphThatOnlyLooksLikeAJoinedOne() {
    Article article =
        joiner.apply(articleOf(p(3, FIRST_HALF), p(5, SECOND_HALF), p(7, FIRST_HALF + "村民出行方便了许多。")));

    assertThat(remover.apply(article).removed()).isEmpty();
  }

  @Test
  void marksRepeatWithoutRemovingItWhenAskedToKeep() {
    RepairedParagraphRemover keeping = new RepairedParagraphRemover(index, MIN_CHARS, true, null);
    Article article = joiner.apply(articleOf(p(3, FIRST_HALF), p(5, SECOND_HALF), p(9, WHOLE)));

    Article result = keeping.apply(article);

    assertThat(result.body()).hasSize(2);
    assertThat(result.removed()).singleElement().satisfies(r -> assertThat(r.kept()).isTrue());
  }

  @Test
  void neverTakesJoinedParagraphForANearCopyOfItsOwnPiece() {
    NearDuplicateIndex near = new NearDuplicateIndex(0.8, new ListParagraphStore());
    RepairedParagraphRemover nearRemover = new RepairedParagraphRemover(index, MIN_CHARS, false, near);
    String first = "The county board voted on Monday to reopen the old mill bridge over Elm Creek before the first snow of the";
    String second = "winter.";
    near.findAndAdd(first, SourceSpan.of(Articles.PATH, 3, 3));
    Article article = joiner.apply(articleOf(p(3, first), p(5, second)));

    assertThat(article.joins()).containsExactly(new Join(3, 5));
    assertThat(nearRemover.apply(article).removed()).isEqualTo(List.of());
  }
}
