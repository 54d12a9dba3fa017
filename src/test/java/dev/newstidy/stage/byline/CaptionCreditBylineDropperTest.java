package dev.newstidy.stage.byline;

import static dev.newstidy.testing.Articles.p;
import static dev.newstidy.testing.Articles.titled;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.newstidy.model.Article;
import dev.newstidy.model.Byline;
import dev.newstidy.model.Credit;
import dev.newstidy.model.CreditKind;
import dev.newstidy.stage.ArticleStage;
import dev.newstidy.stage.ArticleStageContract;
import org.junit.jupiter.api.Test;

class CaptionCreditBylineDropperTest extends ArticleStageContract {
  private final CaptionCreditBylineDropper dropper = new CaptionCreditBylineDropper();

  @Override
  protected ArticleStage stage() {
    return dropper;
  }

  @Test
  void dropsABylineThatOnlyACaptionCreditedInAStoryWithNoAuthor() {
    // given a feature whose one credit is the photographer of a picture inside it
    Article article =
        titled(
                "十年前的那张合影",
                p(3, "这是十年前的一张老照片。拍下它的那天,大桥刚刚合龙。"),
                p(5, "▲溪口大桥通车典礼,晨江社发 柯远航 摄"),
                p(7, "如今,照片里的年轻人大多已经退休。"))
            .withByline(photo("晨江社发 柯远航 摄", "柯远航").inCaption());

    // when
    Article result = dropper.apply(article);

    // then the article is unsigned, and the caption keeps its credit
    assertThat(result.byline()).isNull();
    assertThat(result.body()).isEqualTo(article.body());
    assertThat(dropper.apply(result)).isEqualTo(result);
  }

  @Test
  void dropsABracketedCaptionCreditAfterTheCaptionsSentence() {
    Article article =
        titled("石桥村新路通车", p(3, "村民在新路上合影。(柯远航攝)"), p(5, "新路全长三公里,明年还将延伸到邻村。"))
            .withByline(photo("(柯远航攝)", "柯远航").inCaption());

    assertThat(dropper.apply(article).byline()).isNull();
  }

  @Test
  void keepsACaptionCreditBesideAWritersCredit() {
    Byline both =
        new Byline(
            "记者 韦青禾 柯远航 摄",
            ImmutableList.of(
                new Credit("韦青禾", "记者", CreditKind.PERSON), new Credit("柯远航", "摄", CreditKind.PERSON)));
    Article article =
        titled("渡口迎来返乡客流", p(3, "1月7日,渡口人流渐多 柯远航 摄"), p(5, "今年的返乡客流比去年多了两成。")).withByline(both);

    assertThat(dropper.apply(article)).isSameAs(article);
  }

  @Test
  void keepsAPhotoCreditThatClosedAPictureStoryAndLeftTheText() {
    // the closing credit was taken out of the text: no caption holds the photographer's name
    Article article =
        titled("老街夜市开张", p(3, "夜市每晚开到十点,为老街添了不少烟火气。"), p(5, "摊主们说,生意比预想的好。"))
            .withByline(photo("柯远航 摄", "柯远航"));

    assertThat(dropper.apply(article)).isSameAs(article);
  }

  @Test
  void keepsTheCreditOfAnArticleOfCaptionsOnly() {
    // a picture series: no story that someone else could have written
    Article article =
        titled("雪后溪口", p(3, "雪后的溪口大桥 柯远航 摄"), p(5, "清晨扫雪的环卫工人 柯远航 摄")).withByline(photo("柯远航 摄", "柯远航"));

    assertThat(dropper.apply(article)).isSameAs(article);
  }

  @Test
  void keepsACreditWhoseNameOnlyLooksLikeTheCaptionsText() {
    // adversarial: a name that stands in a sentence about photography, not in a caption's credit
    Article article =
        titled("摄影展开幕", p(3, "柯远航的作品记录了大桥建设的全过程。"), p(5, "展览持续到月底,市民可免费参观摄影。"))
            .withByline(photo("柯远航 摄", "柯远航"));

    assertThat(dropper.apply(article)).isSameAs(article);
  }

  @Test
  void keepsACreditWhoseNameEndsAParagraphAboutTakingPhotos() {
    // adversarial: the paragraph ends in 拍摄, with the name in it, but no credit ends it
    Article article =
        titled("守桥人", p(3, "柯远航说,他每天清晨都会来桥上拍摄"), p(5, "十年来,他拍下了上万张照片。"))
            .withByline(photo("柯远航 摄", "柯远航"));

    assertThat(dropper.apply(article)).isSameAs(article);
  }

  @Test
  void keepsAClosingCreditLineThatRepeatsACaptionsCredit() {
    // adversarial: the last line 柯远航 摄 was taken out of the text; only the byline holds it now
    Article article =
        titled(
                "老街夜市开张",
                p(3, "▲夜市开张当晚的老街 柯远航 摄"),
                p(5, "夜市每晚开到十点,为老街添了不少烟火气。"),
                p(7, "摊主们说,生意比预想的好。"))
            .withByline(photo("柯远航 摄", "柯远航"));

    assertThat(dropper.apply(article)).isSameAs(article);
  }

  @Test
  void keepsAClosingAgencyCreditThatRepeatsACaptionsCredit() {
    // adversarial: 晨江社发 柯远航 摄 closed the story on a line of its own, and the caption repeats it
    Byline closing =
        new Byline(
            "晨江社发 柯远航 摄",
            ImmutableList.of(new Credit("晨江社", null, CreditKind.AGENCY), new Credit("柯远航", "摄", CreditKind.PERSON)));
    Article article =
        titled("溪口大桥通车", p(3, "▲溪口大桥通车典礼,晨江社发 柯远航 摄"), p(5, "大桥通车后,两岸往来只需五分钟。"))
            .withByline(closing);

    assertThat(dropper.apply(article)).isSameAs(article);
  }

  @Test
  void keepsAReportersOwnPhotoCreditFromACaption() {
    // adversarial: 记者 names a reporter, who may have written the story as well as taken the photo
    Byline reporter =
        new Byline("记者 柯远航 摄", ImmutableList.of(new Credit("柯远航", "记者 摄", CreditKind.PERSON))).inCaption();
    Article article =
        titled("老街夜市开张", p(3, "▲夜市开张当晚的老街 记者 柯远航 摄"), p(5, "夜市每晚开到十点,为老街添了不少烟火气。"))
            .withByline(reporter);

    assertThat(dropper.apply(article)).isSameAs(article);
  }

  private static Byline photo(String text, String name) {
    return new Byline(text, ImmutableList.of(new Credit(name, "摄", CreditKind.PERSON)));
  }
}
