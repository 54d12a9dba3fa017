package dev.newstidy.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.newstidy.model.Article;
import dev.newstidy.model.Origin;
import dev.newstidy.model.Part;
import dev.newstidy.model.Removal;
import dev.newstidy.model.RemovalReason;
import dev.newstidy.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryRepeatWindowTest {
  private final List<String> written = new ArrayList<>();
  private final List<Article> records = new ArrayList<>();
  private int removed;

  private final StoryRepeatWindow window =
      new StoryRepeatWindow(
          (id, a, o) -> {
            written.add(id + ":" + a.title());
            records.add(a);
          },
          recorded -> removed++);

  @Test
  void aWholeCopyGoesAndTheOriginalListsIt() {
    Article a = story("甲", 1, 5, List.of(), List.of(p(3, "第一段。"), p(5, "第二段。")));
    Article copy = story("甲", 7, 11, List.of(repeat(9, 3), repeat(11, 5)), List.of());
    Article c = story("丙", 13, 15, List.of(), List.of(p(15, "另一篇。")));

    window.accept(a, Origin.UTF8);
    window.accept(copy, Origin.UTF8);
    window.accept(c, Origin.UTF8);
    window.flush();

    assertThat(written).containsExactly("1:甲", "2:丙");
    assertThat(records.get(0).removed()).extracting(Removal::span).containsExactly(copy.source());
    assertThat(removed).isEqualTo(1);
  }

  @Test
  void anArticleThatKeptAParagraphOrRepeatsTwoStoriesStays() {
    Article a = story("甲", 1, 3, List.of(), List.of(p(3, "第一段。")));
    Article b = story("乙", 5, 7, List.of(), List.of(p(7, "第二段。")));
    Article mixed = story("混", 9, 13, List.of(repeat(11, 3), repeat(13, 7)), List.of());
    Article partly = story("半", 15, 19, List.of(repeat(17, 3)), List.of(p(19, "新的一段。")));

    for (Article x : List.of(a, b, mixed, partly)) {
      window.accept(x, Origin.UTF8);
    }
    window.flush();

    assertThat(written).containsExactly("1:甲", "2:乙", "3:混", "4:半");
  }

  @Test
  void theCopysOwnSubHeadlineAndRepeatsStayInTheRecord() {
    Article a = story("甲", 1, 5, List.of(), List.of(p(3, "第一段。"), p(5, "第二段。")));
    Article copy =
        new Article("甲", "另一个副题", null, ImmutableList.of(), ImmutableSet.of(), SourceSpan.of("d.txt", 7, 13),
            ImmutableList.of(repeat(11, 3), repeat(13, 5)), ImmutableList.of(), ImmutableList.of());

    window.accept(a, Origin.UTF8);
    window.accept(copy, Origin.UTF8);
    window.flush();

    assertThat(written).containsExactly("1:甲");
    assertThat(records.get(0).removed()).extracting(Removal::text).containsExactly("甲\n另一个副题\n段。\n段。");
  }

  private static Article story(String title, int first, int last, List<Removal> removed, List<Part> body) {
    return Article.of(title, SourceSpan.of("d.txt", first, last), body).plusRemovals(removed);
  }

  private static Part p(int line, String text) {
    return Part.paragraph(text, SourceSpan.of("d.txt", line, line));
  }

  private static Removal repeat(int line, int firstSeen) {
    return new Removal(RemovalReason.DUPLICATE, SourceSpan.of("d.txt", line, line), "段。", SourceSpan.of("d.txt", firstSeen, firstSeen));
  }
}
