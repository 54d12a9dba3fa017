package dev.newstidy.stage.furniture;

import static dev.newstidy.testing.Articles.PATH;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.newstidy.model.Block;
import dev.newstidy.model.Credit;
import dev.newstidy.model.DroppedBlock;
import dev.newstidy.model.MetadataBlock;
import dev.newstidy.model.Piece;
import dev.newstidy.model.Removal;
import dev.newstidy.model.RemovalReason;
import dev.newstidy.model.SourceSpan;
import dev.newstidy.model.TextLine;
import dev.newstidy.model.Warning;
import dev.newstidy.stage.byline.BylineDetector;
import dev.newstidy.stage.byline.ChineseNames;
import dev.newstidy.text.Joint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockTriageTest {
  private final BylineDetector bylines = new BylineDetector(ChineseNames.load());
  private final BlockTriage triage =
      new BlockTriage(
          BoilerplateDetector.load(),
          new MetadataLineParser(),
          line -> bylines.parseWhole(line).isPresent());

  // One block at a time.

  @Test
  void dropsFurnitureAsBoilerplate() {
    Block block = block(4, "分享到:");

    List<Piece> pieces = triage.apply(block);

    assertThat(pieces)
        .containsExactly(
            new DroppedBlock(
                block,
                new Removal(RemovalReason.BOILERPLATE, SourceSpan.of(PATH, 4, 4), "分享到:", null)));
  }

  @Test
  void readsMetadataLineIntoMetadataBlock() {
    Block block = block(2, "来源:临江日报 作者:王明");

    List<Piece> pieces = triage.apply(block);

    assertThat(pieces).hasSize(1).first().isInstanceOf(MetadataBlock.class);
    MetadataBlock metadata = (MetadataBlock) pieces.get(0);
    assertThat(metadata.block()).isSameAs(block);
    assertThat(metadata.metadata().publisher()).isEqualTo("临江日报");
    assertThat(metadata.authors()).extracting(Credit::name).containsExactly("王明");
    assertThat(metadata.removal())
        .isEqualTo(
            new Removal(RemovalReason.METADATA, SourceSpan.of(PATH, 2, 2), "来源:临江日报 作者:王明", null));
  }

  @Test
  void passesTextBlockOnUnchanged() {
    Block block = block(6, "村里今年新修了三条路,村民出行更方便了。");

    assertThat(triage.apply(block)).containsExactly(block);
  }

  @Test
  void passesMarkedUpHeadlineOnEvenWhenItReadsLikeFurniture() {
    Block headline = block(1, "分享到:").withText("分享到:", Block.Markup.HEADLINE);

    assertThat(triage.apply(headline)).containsExactly(headline);
  }

  // A block of several lines.

  @Test
  void splitsBlockIntoDroppedLineAndTextBlockWithItsOwnLines() {
    Block block = block(10, "上一篇:镇里举办元宵灯会", "今年的灯会吸引了不少游客,老街上热闹非凡。", "镇里还请来了民间艺人表演舞龙,大家纷纷拍照留念。");

    List<Piece> pieces = triage.apply(block);

    assertThat(pieces).hasSize(2);
    assertThat(pieces.get(0)).isInstanceOf(DroppedBlock.class);
    DroppedBlock dropped = (DroppedBlock) pieces.get(0);
    assertThat(dropped.removal().reason()).isEqualTo(RemovalReason.BOILERPLATE);
    assertThat(dropped.removal().span()).isEqualTo(SourceSpan.of(PATH, 10, 10));
    assertThat(dropped.removal().text()).isEqualTo("上一篇:镇里举办元宵灯会");

    Block text = (Block) pieces.get(1);
    assertThat(text.span()).isEqualTo(SourceSpan.of(PATH, 11, 12));
    assertThat(text.lines())
        .containsExactly(
            new TextLine(11, "今年的灯会吸引了不少游客,老街上热闹非凡。"),
            new TextLine(12, "镇里还请来了民间艺人表演舞龙,大家纷纷拍照留念。"));
    assertThat(text.text()).isEqualTo("今年的灯会吸引了不少游客,老街上热闹非凡。镇里还请来了民间艺人表演舞龙,大家纷纷拍照留念。");
    assertThat(text.lineCount()).isEqualTo(2);
    assertThat(text.blankLinesBefore()).as("blank lines stood before the dropped line").isZero();
  }

  @Test
  void splitsFurnitureLinesOffTextAndKeepsLineNumbersOfEachPiece() {
    Block block = block(20, "村民们纷纷表示,新路修到了家门口,心里踏实多了,出门办事再也不用绕远路了。", "浏览次数:1234", "分享到:");

    List<Piece> pieces = triage.apply(block);

    assertThat(pieces).hasSize(3);
    Block text = (Block) pieces.get(0);
    assertThat(text.span()).isEqualTo(SourceSpan.of(PATH, 20, 20));
    assertThat(text.blankLinesBefore()).isEqualTo(1);
    assertThat(pieces.subList(1, 3))
        .allMatch(piece -> piece instanceof DroppedBlock)
        .extracting(piece -> ((DroppedBlock) piece).removal().span().firstLine())
        .containsExactly(21, 22);
  }

  @Test
  void dropsEachFurnitureLineOfBlock() {
    Block block = block(30, "Share this:", "Read more: Book sale raises money for children");

    List<Piece> pieces = triage.apply(block);

    assertThat(pieces).hasSize(2).allMatch(piece -> piece instanceof DroppedBlock);
  }

  @Test
  void splitsMetadataLineOffTextLineOfOneBlock() {
    String paragraph = "村里今年新修了三条路,还在路边种上了桂花和海棠,村民们都说现在出门办事比以前方便多了。";
    Block block = block(3, "来源:临江日报 作者:王明", paragraph);

    List<Piece> pieces = triage.apply(block);

    assertThat(pieces).hasSize(2);
    assertThat(pieces.get(0)).isInstanceOf(MetadataBlock.class);
    assertThat(((MetadataBlock) pieces.get(0)).removal().span())
        .isEqualTo(SourceSpan.of(PATH, 3, 3));
    assertThat(pieces.get(1)).isInstanceOf(Block.class);
    assertThat(((Block) pieces.get(1)).text()).isEqualTo(paragraph);
  }

  @Test
  void keepsWarningsWithTheLinesTheyStandOn() {
    Warning onText = new Warning("invalid-utf8", 41, "1 invalid UTF-8 sequence(s) replaced");
    Warning onFooter = new Warning("invalid-utf8", 42, "1 invalid UTF-8 sequence(s) replaced");
    Block block =
        new Block(
            "镇里新修了三条路,村民很高兴。分享到:",
            SourceSpan.of(PATH, 41, 42),
            1,
            2,
            Block.Markup.NONE,
            ImmutableList.of(onText, onFooter),
            ImmutableList.of(new TextLine(41, "镇里新修了三条路,村民很高兴。"), new TextLine(42, "分享到:")));

    List<Piece> pieces = triage.apply(block);

    assertThat(((Block) pieces.get(0)).warnings()).containsExactly(onText);
    assertThat(((DroppedBlock) pieces.get(1)).block().warnings()).containsExactly(onFooter);
  }

  @Test
  void neverDropsShortTextLineThatSharesBlockWithFurnitureLine() {
    // Taken as a whole, "分享到:村里新修了三条路。" matches the share pattern; the text line must stay.
    Block block = block(5, "分享到:", "村里新修了三条路。");

    List<Piece> pieces = triage.apply(block);

    assertThat(texts(pieces)).containsExactly("村里新修了三条路。");
  }

  @Test
  void neverDropsShortTextLineThatSharesBlockWithFooterLine() {
    Block block = block(7, "村民们纷纷表示,新路修到了家门口。", "版权所有:临江日报社");

    List<Piece> pieces = triage.apply(block);

    assertThat(texts(pieces)).containsExactly("村民们纷纷表示,新路修到了家门口。");
  }

  @Test
  void neverReadsShortTextLineAsValueOfMetadataLineAboveIt() {
    Block block = block(5, "来源:临江日报 作者:王明", "村里新修了三条路,出行更方便。");

    List<Piece> pieces = triage.apply(block);

    assertThat(texts(pieces)).containsExactly("村里新修了三条路,出行更方便。");
  }

  // Repetition across the documents of a run.

  @Test
  void dropsShortLineInItsThirdDocument() {
    List<List<Piece>> seen = new ArrayList<>();
    for (int document = 0; document < 3; document++) {
      seen.add(triage.apply(block(2, "本站首页 | 联系方式")));
      triage.endDocument();
    }

    assertThat(seen.get(0)).singleElement().isInstanceOf(Block.class);
    assertThat(seen.get(1)).singleElement().isInstanceOf(Block.class);
    assertThat(seen.get(2)).singleElement().isInstanceOf(DroppedBlock.class);
    assertThat(((DroppedBlock) seen.get(2).get(0)).removal().reason())
        .isEqualTo(RemovalReason.BOILERPLATE);
  }

  @Test
  void keepsDroppingRepeatedLineInLaterDocuments() {
    for (int document = 0; document < 2; document++) {
      triage.apply(block(2, "本站首页 | 联系方式"));
      triage.endDocument();
    }

    for (int document = 2; document < 5; document++) {
      assertThat(triage.apply(block(2, "本站首页 | 联系方式")))
          .singleElement()
          .isInstanceOf(DroppedBlock.class);
      triage.endDocument();
    }
  }

  @Test
  void dropsRepeatedLineEachTimeItStandsInDocument() {
    for (int document = 0; document < 2; document++) {
      triage.apply(block(2, "本站首页 | 联系方式"));
      triage.endDocument();
    }

    List<Piece> header = triage.apply(block(2, "本站首页 | 联系方式"));
    List<Piece> footer = triage.apply(block(40, "本站首页 | 联系方式"));

    assertThat(header).singleElement().isInstanceOf(DroppedBlock.class);
    assertThat(footer)
        .as("the same menu at the foot of the page")
        .singleElement()
        .isInstanceOf(DroppedBlock.class);
  }

  @Test
  void neverDropsRepeatedBylineLine() {
    List<Piece> third = List.of();
    for (int document = 0; document < 3; document++) {
      third = triage.apply(block(3, "记者 王明"));
      triage.endDocument();
    }

    assertThat(third).singleElement().isInstanceOf(Block.class);
  }

  @Test
  void neverDropsRepeatedSentenceOrLongLine() {
    String sentence = "欢迎各位读者来信。";
    String longLine = "临江日报社地址临江市滨江路一号邮编三一二零零零联系电话零五七一八八八八一二三四";
    List<Piece> third = List.of();
    for (int document = 0; document < 3; document++) {
      third = new ArrayList<>(triage.apply(block(3, sentence)));
      third.addAll(triage.apply(block(4, longLine)));
      triage.endDocument();
    }

    assertThat(longLine.length()).isGreaterThan(30);
    assertThat(third).allMatch(piece -> piece instanceof Block);
  }

  @Test
  void countsLineOncePerDocumentHoweverOftenItRepeatsThere() {
    // Without endDocument, every block belongs to one document.
    List<Piece> last = List.of();
    for (int i = 0; i < 5; i++) {
      last = triage.apply(block(2 + i, "本站首页 | 联系方式"));
    }

    assertThat(last).singleElement().isInstanceOf(Block.class);
  }

  @Test
  void countsDocumentsOnlyWhereLineStood() {
    triage.apply(block(2, "本站首页 | 联系方式"));
    triage.endDocument();
    triage.apply(block(2, "另一个页面的文字"));
    triage.endDocument();

    List<Piece> third = triage.apply(block(2, "本站首页 | 联系方式"));
    triage.endDocument();
    List<Piece> fourth = triage.apply(block(2, "本站首页 | 联系方式"));

    assertThat(third).singleElement().isInstanceOf(Block.class);
    assertThat(fourth).singleElement().isInstanceOf(DroppedBlock.class);
  }

  /**
   * A plain block of one line per text, on consecutive lines from {@code first}, after a blank
   * line.
   */
  private static Block block(int first, String... lines) {
    List<TextLine> textLines = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      textLines.add(new TextLine(first + i, lines[i]));
      Joint.append(text, lines[i]);
    }
    return new Block(
        text.toString(),
        SourceSpan.of(PATH, first, first + lines.length - 1),
        1,
        lines.length,
        Block.Markup.NONE,
        ImmutableList.of(),
        ImmutableList.copyOf(textLines));
  }

  /** The texts of the pieces that go on as text. */
  private static List<String> texts(List<Piece> pieces) {
    return pieces.stream()
        .filter(piece -> piece instanceof Block)
        .map(piece -> ((Block) piece).text())
        .toList();
  }
}
