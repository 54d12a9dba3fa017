package dev.newstidy.stage.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KnownMojibakeTest {
  /** The bracketed pinyin after a Han character, as {@code OddityFinder} matches it. */
  private static final Pattern GLOSS =
      Pattern.compile("(?<=\\p{IsHan})[(（]([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*(?:\\s?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}){0,3})[)）]");

  // Characters lost in a GBK round trip.

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "新任市长邹?明今天到青禾县调研，走访了三个村。|邹?明",
        "临川镇的报道??ｓ已经发出，详见下文。|道??ｓ",
        "松岗村?？来了三位客人。|村?？",
        "这条消息?Ａ版刊登|息?Ａ",
        "读者来信说，柳溪?桥头的路灯坏了。|溪?桥",
      })
  void findsQuestionMarksWhereACharacterWasLost(String text, String example) {
    assertThat(KnownMojibake.lostCharacters(text)).isEqualTo(example);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "你去吗?",
        "你去吗?我不去。",
        "他是谁?大家都不认识，只好问他。",
        "Really?? She said that?",
        "新闻见 http://example.com/news?id=3 。",
        "详见网页/新闻?页=3，欢迎阅读。",
        "明天去哪?我们再说。",
        "晚会几点开始?七点半开始",
        "他问:今天下雨?明天呢",
        "什么? 真的吗?",
        // half-width questions in text with full-width commas: a question word or X不X before
        "问老师该写什么题目?老师笑着说，随便。",
        "这样安排好不好?他们都说，好。",
        "如何过好周末?看看青禾县，能有体会。",
        // a writer of half-width commas types half-width question marks
        "他站在门口等车?不,他在等人。",
      })
  void leavesQuestionMarksThatAskOrQuery(String text) {
    assertThat(KnownMojibake.lostCharacters(text)).isNull();
  }

  // Pinyin inserted by a script converter.

  @Test
  void findsTwoSingleSyllablesInsertedMidWordInTraditionalText() {
    String text = "青禾縣的經(jīng)濟發(fā)展很快，今年又建了新廠。";

    assertThat(KnownMojibake.pinyinInsertion(text, glosses(text))).isEqualTo("經(jīng)濟");
  }

  @Test
  void findsTheSameCharacterGivenTheSameReadingTwice() {
    String text = "這次會(huì)議上，他們又開了一次會(huì)談。";

    assertThat(KnownMojibake.pinyinInsertion(text, glosses(text))).isEqualTo("會(huì)議");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        // one insertion is not several
        "青禾縣的經(jīng)濟很好。",
        // a lesson in simplified script
        "这个字读重(chóng)新的重，也读行(háng)业的行。",
        // a lesson on polyphones: one character, two readings
        "這個字在重(chóng)新裡讀 chóng，在重(zhòng)要裡讀 zhòng。",
        // glosses of whole words, before punctuation
        "這個詞叫銀行(yínháng)，那個詞叫學校(xuéxiào)。",
        "學生們來到了溪口村(cūn)，又到了莜(yóu)，面館。",
        // two syllables in one bracket
        "這種菜叫蕹(wèng cài)菜，那種叫芥(jiè lán)藍。",
      })
  void leavesGlossesThatALessonWrites(String text) {
    assertThat(KnownMojibake.pinyinInsertion(text, glosses(text))).isNull();
  }

  private static List<MatchResult> glosses(String text) {
    return GLOSS.matcher(text).results().toList();
  }
}
