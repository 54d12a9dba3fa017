package dev.newstidy.stage.byline;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.newstidy.model.Article;
import dev.newstidy.model.Byline;
import dev.newstidy.model.Credit;
import dev.newstidy.model.CreditKind;
import dev.newstidy.model.Part;
import dev.newstidy.model.SourceSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditorCreditMoverTest {
  private final EditorCreditMover mover = new EditorCreditMover();

  @Test
  void movesEditorsIntoMetadata() {
    Article article =
        article()
            .withByline(
                new Byline(
                    "(Reporting by Ann Lee; Editing by Tom Hart)",
                    ImmutableList.of(
                        new Credit("Ann Lee", "reporting", CreditKind.PERSON),
                        new Credit("Tom Hart", "editing", CreditKind.EDITOR))));

    Article moved = mover.apply(article);

    assertThat(moved.byline().credits()).extracting(Credit::name).containsExactly("Ann Lee");
    assertThat(moved.metadata().editors()).containsExactly("Tom Hart");
    assertThat(mover.apply(moved)).isEqualTo(moved);
  }

  @Test
  void leavesBylineWithoutEditorsAlone() {
    Article article =
        article().withByline(new Byline("By Ann Lee", ImmutableList.of(new Credit("Ann Lee", null, CreditKind.PERSON))));

    assertThat(mover.apply(article)).isSameAs(article);
    assertThat(mover.apply(article())).isSameAs(article());
  }

  private static Article article() {
    return ARTICLE;
  }

  private static final Article ARTICLE =
      Article.of("Shares fall", SourceSpan.of("wire.txt", 1, 3), List.of(Part.paragraph("Shares fell.", SourceSpan.of("wire.txt", 3, 3))));
}
