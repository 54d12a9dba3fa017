package dev.newstidy.stage.check;

import static dev.newstidy.testing.Articles.articleOf;
import static dev.newstidy.testing.Articles.h;
import static dev.newstidy.testing.Articles.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newstidy.model.Article;
import dev.newstidy.model.Warning;
import dev.newstidy.stage.ArticleStage;
import dev.newstidy.stage.ArticleStageContract;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OddityFinderTest extends ArticleStageContract {
  private final OddityFinder finder = new OddityFinder();

  @Override
  protected ArticleStage stage() {
    return finder;
  }

  @Test
  void reportsDoubledChineseWordWithItsLine() {
    Article article = articleOf(p(3, "开头。"), p(7, "镇里将探索探索更多办法。"));

    Article checked = finder.apply(article);

    assertThat(checked.warnings())
        .extracting(Warning::code, Warning::line)
        .containsExactly(tuple("doubled-word", 7));
    assertThat(checked.warnings().get(0).message()).contains("探索探索");
    assertThat(checked.body()).isEqualTo(article.body());
  }

  @Test
  void doesNotReportDeliberateReduplication() {
    Article article = articleOf(p(3, "大家一步一步往前走,天天天天都在练。"));

    assertThat(finder.apply(article)).isSameAs(article);
  }

  /** A character that comes again three places on starts no doubled word unless all of it repeats. */
  @Test
  void aRepeatedCharacterAloneIsNotADoubledWord() {
    Article article = articleOf(p(3, "河畔的新桥的灯亮了，桥头桥尾都有人。"));

    assertThat(finder.apply(article)).isSameAs(article);
  }

  /** A bracket without a tone-marked vowel, or a tone mark outside a bracket, is no pinyin gloss. */
  @Test
  void bracketsWithoutToneMarksAreNotPinyin() {
    Article bracketOnly = articleOf(p(3, "青苗镇（东区）今天开集。"));
    Article toneOutside = articleOf(p(3, "青苗镇的café（东区）今天开张。"));

    assertThat(finder.apply(bracketOnly)).isSameAs(bracketOnly);
    assertThat(finder.apply(toneOutside)).isSameAs(toneOutside);
  }

  @Test
  void reportsDoubledEnglishWord() {
    Article article = articleOf(p(4, "Work will start in the the fall."));

    assertThat(finder.apply(article).warnings())
        .extracting(Warning::code, Warning::line)
        .containsExactly(tuple("doubled-word", 4));
  }

  @Test
  void reportsLowerCaseLatinWordInsideChineseSentence() {
    Article article = articleOf(p(5, "工作制度化 and 运行规范化同步推进。"));

    Article checked = finder.apply(article);

    assertThat(checked.warnings())
        .extracting(Warning::code, Warning::line)
        .containsExactly(tuple("latin-in-cjk", 5));
    assertThat(checked.warnings().get(0).message()).contains("\"and\"");
  }

  @Test
  void doesNotReportUpperCaseOrDigitsInsideChineseSentence() {
    Article article = articleOf(p(3, "全镇5G网络覆盖率提高,GDP增长明显。"));

    assertThat(finder.apply(article)).isSameAs(article);
  }

  @Test
  void checksHeadingsToo() {
    Article article = articleOf(h(2, "探索探索新路子"));

    assertThat(finder.apply(article).warnings()).extracting(Warning::line).containsExactly(2);
  }

  @Test
  void reportsNothingTwice() {
    Article article = articleOf(p(3, "镇里将探索探索更多办法。"));

    Article twice = finder.apply(finder.apply(article));

    assertThat(twice.warnings()).hasSize(1);
  }

  // Pinyin after a character.

  @Test
  void reportsPinyinInBracketsAfterCharacter() {
    Article article = articleOf(p(3, "我们来到了溪口村(cūn),村口有一棵老樟树。"), p(5, "早饭是一碗莜（yóu）面。"));

    Article checked = finder.apply(article);

    assertThat(checked.warnings())
        .extracting(Warning::code, Warning::line)
        .containsExactly(tuple("pinyin", 3), tuple("pinyin", 5));
    assertThat(checked.warnings().get(0).message()).contains("cūn");
    assertThat(checked.body()).isEqualTo(article.body());
  }

  @Test
  void reportsPinyinOfTwoSyllables() {
    Article article = articleOf(p(4, "这种植物叫蕹菜(wèng cài),南方很常见。"));

    assertThat(finder.apply(article).warnings())
        .extracting(Warning::code)
        .containsExactly("pinyin");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "国内生产总值(GDP)增长明显。",
        "这份文件(2023)第三号已经印发。",
        "他下载了一个应用(app)来学习。",
        "全镇(含三个村)今年新修了路。",
        "She ordered a café (crème) in Paris.",
      })
  void doesNotReportBracketsThatHoldNoPinyin(String text) {
    Article article = articleOf(p(3, text));

    assertThat(finder.apply(article).warnings()).extracting(Warning::code).doesNotContain("pinyin");
  }

  // Text decoded with the wrong charset.

  @Test
  void reportsUtf8ReadAsWindows1252() {
    Article article = articleOf(p(6, "The cafÃ© owner said â€œthanksâ€ to every guest."));

    Article checked = finder.apply(article);

    assertThat(checked.warnings())
        .extracting(Warning::code, Warning::line)
        .containsExactly(tuple("mojibake", 6));
    assertThat(checked.body()).isEqualTo(article.body());
  }

  @Test
  void reportsChineseParagraphReadAsGbk() {
    String garbled = readAsGbk("今年春天，我们的新图书馆开放了。临江市的新闻中心今天发布了消息。");
    Article article = articleOf(p(2, "标题。"), p(4, garbled));

    assertThat(finder.apply(article).warnings())
        .extracting(Warning::code, Warning::line)
        .containsExactly(tuple("mojibake", 4));
  }

  @Test
  void reportsShortChineseSentenceReadAsGbk() {
    String garbled = readAsGbk("镇里新修了三条路，村民出行更方便了。");
    Article article = articleOf(p(4, garbled));

    assertThat(finder.apply(article).warnings()).extracting(Warning::code).contains("mojibake");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "镇里新修了三条路，村民出行更方便了。临江市的新闻中心今天发布了消息。",
        "Le café est près de la gare, à côté du musée.",
        "Señor Müller paid £5 for a crème brûlée.",
        "全年实现营收1.76亿元，同比增长3.5%。",
      })
  void doesNotReportWellDecodedText(String text) {
    Article article = articleOf(p(3, text));

    assertThat(finder.apply(article).warnings())
        .extracting(Warning::code)
        .doesNotContain("mojibake");
  }

  // Known mojibake: characters lost in a GBK round trip, pinyin inserted by a converter.

  @Test
  void reportsCharactersLostInAGbkRoundTripWithTheirLine() {
    Article article = articleOf(p(2, "开头。"), p(8, "新任市长邹?明今天到青禾县调研，走访了三个村。"));

    Article checked = finder.apply(article);

    assertThat(checked.warnings())
        .extracting(Warning::code, Warning::line)
        .containsExactly(tuple("gbk-round-trip", 8));
    assertThat(checked.warnings().get(0).message()).contains("\"邹?明\"");
    assertThat(checked.body()).isEqualTo(article.body());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"你去吗?", "你去吗?我不去。", "Really?? She said so.", "详见网页/新闻?页=3，欢迎阅读。"})
  void doesNotReportQuestionMarksThatAsk(String text) {
    Article article = articleOf(p(3, text));

    assertThat(finder.apply(article)).isSameAs(article);
  }

  @Test
  void reportsPinyinInsertedByAConverterOnceInsteadOfEachGloss() {
    Article article = articleOf(p(5, "青禾縣的經(jīng)濟發(fā)展很快，今年又建了新廠。"));

    Article checked = finder.apply(article);

    assertThat(checked.warnings())
        .extracting(Warning::code, Warning::line)
        .containsExactly(tuple("pinyin-insertion", 5));
    assertThat(checked.warnings().get(0).message()).contains("\"經(jīng)濟\"");
  }

  @Test
  void reportsALessonsGlossesAsPinyinNotAsMojibake() {
    Article article = articleOf(p(5, "這個字在重(chóng)新裡讀 chóng，在重(zhòng)要裡讀 zhòng。"));

    assertThat(finder.apply(article).warnings())
        .extracting(Warning::code)
        .containsExactly("pinyin", "pinyin");
  }

  /** What a Chinese text looks like when its UTF-8 bytes are read as GBK. */
  @Test
  void aLowerCaseWordWithoutHanOnBothSidesRunsNoPatternAndIsNotReported() {
    Article upper = articleOf(p(3, "松林镇 GDP 增长。"));
    Article after = articleOf(p(3, "松林镇工作 and"));
    Article before = articleOf(p(3, "and 松林镇工作"));

    assertThat(finder.apply(upper)).isSameAs(upper);
    assertThat(finder.apply(after)).isSameAs(after);
    assertThat(finder.apply(before)).isSameAs(before);
  }

  /**
   * The census that lets a paragraph skip the patterns never skips one that they would match: on
   * random text of ideographs (one beyond the BMP), lower-case letters (full-width ones too, which
   * are wide as well), spaces, brackets and pinyin, the warnings are what the patterns found before
   * it, and the Latin words those a search of the whole text finds, in order, though the search
   * now starts where the census says the first could.
   */
  @Test
  void theScanSkipsOnlyWhatThePatternsWouldNotMatch() {
    java.util.regex.Pattern latin =
        java.util.regex.Pattern.compile("(?<=\\p{IsHan})[ \\u3000]*\\b(\\p{Ll}{2,})\\b[ \\u3000]*(?=\\p{IsHan})");
    java.util.regex.Pattern pinyin =
        java.util.regex.Pattern.compile(
            "(?<=\\p{IsHan})[(（]([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*(?:\\s?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}){0,3})[)）]");
    String[] pieces = {"镇", "村", "〇", "々", "𠀀", "and", "of", "G", "dP", " ", "\u3000", "(", "（", ")", "）", "cūn", "ā", "x", "ß", "ǆ", "𝐚𝐛", "，", "ａｂ", "镇 "};
    java.util.Random random = new java.util.Random(7);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(10);
      for (int k = 0; k < length; k++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String input = text.toString();
      if (input.isBlank()) {
        continue;
      }
      // As before the census: the Latin pattern ran on paragraphs with an ASCII letter and a Han one.
      boolean gate = input.chars().anyMatch(c -> (c | 0x20) >= 'a' && (c | 0x20) <= 'z')
          && input.chars().anyMatch(dev.newstidy.text.Scripts::isHan);
      java.util.List<String> expectedLatin =
          gate ? latin.matcher(input).results().map(m -> "Latin word \"" + m.group(1) + "\" inside Chinese text").toList() : java.util.List.of();
      long expectedPinyin = pinyin.matcher(input).results().count();

      java.util.List<Warning> warnings = finder.apply(articleOf(p(1, input))).warnings();

      assertThat(warnings.stream().filter(w -> w.code().equals("latin-in-cjk")).map(Warning::message)).as(input).isEqualTo(expectedLatin);
      assertThat(warnings.stream().filter(w -> w.code().equals("pinyin")).count()).as(input).isEqualTo(expectedPinyin);
    }
  }

  private static String readAsGbk(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), Charset.forName("GBK"));
  }
}
