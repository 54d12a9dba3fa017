package dev.newstidy.stage.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newstidy.model.Block;
import dev.newstidy.model.DroppedBlock;
import dev.newstidy.model.Piece;
import dev.newstidy.model.Removal;
import dev.newstidy.model.RemovalReason;
import dev.newstidy.model.SourceSpan;
import org.junit.jupiter.api.Test;

class RepeatedParagraphRemoverTest {
  private static final String REPEATED = "全镇今年新建公园三座,村民有了散步的好去处。";
  private static final int MIN_CHARS = 10;

  private final InMemoryParagraphIndex index = new InMemoryParagraphIndex();
  private final RepeatedParagraphRemover remover = new RepeatedParagraphRemover(index, MIN_CHARS);

  @Test
  void removesSecondOccurrenceAndNamesBothSpans() {
    Block a = body("a.txt", 1, "村里新修了三条路,方便了村民出行。");
    Block b = body("a.txt", 3, REPEATED);
    Block again = body("a.txt", 5, REPEATED);

    Piece first = remover.apply(a);
    Piece second = remover.apply(b);
    Piece third = remover.apply(again);

    assertThat(first).isSameAs(a);
    assertThat(second).isSameAs(b);
    assertThat(third)
        .isEqualTo(
            new DroppedBlock(
                again,
                new Removal(
                    RemovalReason.DUPLICATE,
                    SourceSpan.of("a.txt", 5, 5),
                    REPEATED,
                    SourceSpan.of("a.txt", 3, 3))));
  }

  @Test
  void firstOccurrenceWinsAcrossDocuments() {
    remover.apply(body("first.txt", 7, REPEATED));
    remover.endDocument();

    Piece repeat = remover.apply(body("second.txt", 2, REPEATED));

    assertThat(repeat)
        .isInstanceOfSatisfying(
            DroppedBlock.class,
            dropped -> {
              assertThat(dropped.removal().span()).isEqualTo(SourceSpan.of("second.txt", 2, 2));
              assertThat(dropped.removal().firstSeen()).isEqualTo(SourceSpan.of("first.txt", 7, 7));
            });
  }

  @Test
  void laterRepeatsStillPointAtFirstOccurrence() {
    remover.apply(body("a.txt", 3, REPEATED));
    remover.apply(body("a.txt", 5, REPEATED));

    Piece third = remover.apply(body("a.txt", 9, REPEATED));

    assertThat(((DroppedBlock) third).removal().firstSeen())
        .isEqualTo(SourceSpan.of("a.txt", 3, 3));
  }

  @Test
  void repeatThatDiffersOnlyInSpacingIsRemoved() {
    remover.apply(body("a.txt", 3, REPEATED));

    Piece spaced = remover.apply(body("a.txt", 5, "全镇今年新建 公园三座, 村民有了散步的好去处。"));

    assertThat(spaced).isInstanceOf(DroppedBlock.class);
  }

  @Test
  void shortBlocksAreExempt() {
    Block name = body("a.txt", 3, "王书 曹波");

    remover.apply(name);
    remover.apply(body("a.txt", 5, REPEATED));
    // Not right after its first copy: a short block is only removed when it stands twice running.
    Piece again = remover.apply(body("a.txt", 7, "王书 曹波"));

    assertThat(again).isInstanceOf(Block.class);
    assertThat(index.size()).isEqualTo(1);
  }

  @Test
  void shortBlockRightAfterItselfIsRemoved() {
    RepeatedParagraphRemover defaults = new RepeatedParagraphRemover(new InMemoryParagraphIndex(), 20);
    String caption = "图为溪口大桥。 甘雨桐 摄"; // 12 normalised characters, under the minimum of 20

    defaults.apply(body("a.txt", 3, caption));
    Piece again = defaults.apply(body("a.txt", 5, caption));

    assertThat(again).isInstanceOf(DroppedBlock.class);
    assertThat(((DroppedBlock) again).removal().firstSeen()).isEqualTo(SourceSpan.of("a.txt", 3, 3));
  }

  @Test
  void speakerLabelDoubledInPlaceIsRemoved() {
    RepeatedParagraphRemover defaults = new RepeatedParagraphRemover(new InMemoryParagraphIndex(), 20);

    defaults.apply(body("a.txt", 1, "柳明川"));

    assertThat(defaults.apply(body("a.txt", 3, "柳明川"))).isInstanceOf(DroppedBlock.class);
  }

  @Test
  void shortBlockRepeatedWithTextBetweenOrTooShortStays() {
    // Adversarial: a caption seen again further on, and a two-character reply twice running, stay.
    RepeatedParagraphRemover defaults = new RepeatedParagraphRemover(new InMemoryParagraphIndex(), 20);
    String caption = "图为溪口大桥。 甘雨桐 摄";

    defaults.apply(body("a.txt", 1, caption));
    defaults.apply(body("a.txt", 3, "溪口大桥昨日通车,两岸村民出行方便了许多。"));
    assertThat(defaults.apply(body("a.txt", 5, caption))).isInstanceOf(Block.class);
    defaults.apply(body("a.txt", 7, "好!"));
    assertThat(defaults.apply(body("a.txt", 9, "好!"))).isInstanceOf(Block.class);
  }

  @Test
  void blockOfExactlyMinimumLengthIsRemovable() {
    String tenChars = "一二三四五六七八九十";
    remover.apply(body("a.txt", 1, tenChars));

    assertThat(remover.apply(body("a.txt", 3, tenChars))).isInstanceOf(DroppedBlock.class);
  }

  @Test
  void headlineLinesAreNeverRemoved() {
    String title = "全镇今年新建公园三座村民有了散步的好去处";
    remover.apply(body("a.txt", 1, title));

    Block headline = marked("a.txt", 3, title, Block.Markup.HEADLINE);
    Block subHeadline = marked("a.txt", 5, title, Block.Markup.SUBHEADLINE);
    Block section = marked("a.txt", 7, title, Block.Markup.SECTION);

    assertThat(remover.apply(headline)).isSameAs(headline);
    assertThat(remover.apply(subHeadline)).isSameAs(subHeadline);
    assertThat(remover.apply(section)).isSameAs(section);
  }

  @Test
  void dashSubHeadlineRightAfterHeadlineIsNeverRemoved() {
    String sub = "——全镇今年新建公园三座，村民有了散步的好去处。";
    remover.apply(body("a.txt", 1, sub));

    remover.apply(marked("a.txt", 3, "新区开园", Block.Markup.HEADLINE));
    Block dashLine = marked("a.txt", 4, sub, Block.Markup.DASH_LINE);

    assertThat(remover.apply(dashLine)).isSameAs(dashLine);
  }

  @Test
  void dashLineInBodyIsRemovedWhenRepeated() {
    String dash = "——全镇今年新建公园三座村民有了散步的好去处";
    remover.apply(body("a.txt", 1, dash));

    Piece repeat = remover.apply(marked("a.txt", 5, dash, Block.Markup.DASH_LINE));

    assertThat(repeat).isInstanceOf(DroppedBlock.class);
  }

  @Test
  void headlineContextEndsWithDocument() {
    String sub = "——全镇今年新建公园三座，村民有了散步的好去处。";
    remover.apply(body("a.txt", 1, sub));
    remover.apply(marked("a.txt", 3, "新区开园", Block.Markup.HEADLINE));
    remover.endDocument();

    Piece repeat = remover.apply(marked("b.txt", 1, sub, Block.Markup.DASH_LINE));

    assertThat(repeat).isInstanceOf(DroppedBlock.class);
  }

  @Test
  void bodyBlockRepeatingTheHeadlineIsRemoved() {
    String title = "溪口大桥今日正式通车两岸村民出行更方便了";
    remover.apply(marked("a.txt", 1, title, Block.Markup.HEADLINE));
    Block lead = body("a.txt", 3, "据悉,大桥全长八百米,历时两年建成。");
    Block again = body("a.txt", 5, title);

    assertThat(remover.apply(lead)).isSameAs(lead);
    assertThat(remover.apply(again))
        .isEqualTo(
            new DroppedBlock(
                again,
                new Removal(
                    RemovalReason.DUPLICATE,
                    SourceSpan.of("a.txt", 5, 5),
                    title,
                    SourceSpan.of("a.txt", 1, 1))));
  }

  @Test
  void shortHeadlineRepeatedRightUnderItIsRemoved() {
    remover.apply(marked("a.txt", 1, "晚间快讯 图文版", Block.Markup.HEADLINE));

    Piece again = remover.apply(body("a.txt", 3, "晚间快讯 图文版"));

    assertThat(again).isInstanceOf(DroppedBlock.class);
    assertThat(((DroppedBlock) again).removal().firstSeen()).isEqualTo(SourceSpan.of("a.txt", 1, 1));
  }

  @Test
  void lookAlikesOfTheHeadlineStay() {
    // Adversarial: a paragraph that opens with the headline's words, a short headline seen again
    // further down, and a headline of the document before.
    String title = "溪口大桥今日正式通车两岸村民出行更方便了";
    remover.apply(marked("a.txt", 1, title, Block.Markup.HEADLINE));
    Block longer = body("a.txt", 3, title + ",镇长柳明川在仪式上致辞。");
    assertThat(remover.apply(longer)).isSameAs(longer);
    remover.endDocument();

    remover.apply(marked("b.txt", 1, "晚间快讯", Block.Markup.HEADLINE));
    remover.apply(body("b.txt", 3, "据悉,大桥全长八百米,历时两年建成。"));
    Block shortAgain = body("b.txt", 5, "晚间快讯");
    assertThat(remover.apply(shortAgain)).isSameAs(shortAgain);
    remover.endDocument();

    Block other = body("c.txt", 1, title);
    assertThat(remover.apply(other)).isSameAs(other);
  }

  @Test
  void rejectsMinimumBelowOne() {
    assertThatThrownBy(() -> new RepeatedParagraphRemover(index, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Block body(String path, int line, String text) {
    return Block.of(text, SourceSpan.of(path, line, line), 1);
  }

  private static Block marked(String path, int line, String text, Block.Markup markup) {
    return body(path, line, text).withText(text, markup);
  }

  @Test
  void keepsAShortHalfSentenceThatMatchesFarBackButRemovesOneRepeatedInPlace() {
    String half = "the two-day drive, organizers said.";
    remover.apply(body("a.txt", 1, half));
    for (int line = 3; line < 20; line += 2) {
      remover.apply(body("a.txt", line, "Another paragraph number " + line + " that is long enough to count."));
    }

    Piece farBack = remover.apply(body("a.txt", 21, half));
    Piece inPlace = remover.apply(body("a.txt", 23, half));

    assertThat(farBack).isNotInstanceOf(DroppedBlock.class);
    assertThat(inPlace).isInstanceOf(DroppedBlock.class);
  }

  @Test
  void printMadeAheadGivesTheSameVerdicts() {
    // Given one stream of headlines, doubled short lines, fragments and repeats across documents
    java.util.List<Block> blocks =
        java.util.List.of(
            marked("a.txt", 1, "溪岭新渡口今日启用两岸往来更便捷", Block.Markup.HEADLINE),
            body("a.txt", 3, REPEATED),
            body("a.txt", 5, "溪岭新渡口今日启用两岸往来更便捷"),
            body("a.txt", 7, "图为新渡口"),
            body("a.txt", 9, "图为新渡口"),
            body("a.txt", 11, "渡船每半小时一班,"),
            body("a.txt", 13, REPEATED),
            body("b.txt", 1, "渡船每半小时一班,"),
            body("b.txt", 3, REPEATED));
    RepeatedParagraphRemover ahead = new RepeatedParagraphRemover(new InMemoryParagraphIndex(), MIN_CHARS);
    for (Block block : blocks) {
      if (block.span().path().equals("b.txt") && block.span().firstLine() == 1) {
        remover.endDocument();
        ahead.endDocument();
      }
      // When one remover makes the prints and the other is handed them
      Piece here = remover.apply(block);
      Piece given = ahead.apply(block, ParagraphFingerprint.of(block.text()));
      // Then both give the same pieces
      assertThat(given).as(block.text()).isEqualTo(here);
    }
    assertThat(ahead.apply(body("b.txt", 5, REPEATED), null)).isInstanceOf(DroppedBlock.class);
  }
}
