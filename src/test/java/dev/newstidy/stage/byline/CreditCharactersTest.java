package dev.newstidy.stage.byline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CreditCharactersTest {
  private final ChineseCredits credits = new ChineseCredits(ChineseNames.load());

  @Test
  void refusesTextsWithACharacterNoCreditHolds() {
    assertThat(CreditCharacters.mayBeCredit("林晓川说。")).isFalse();
    assertThat(CreditCharacters.mayBeCredit("2026年")).isFalse();
    assertThat(CreditCharacters.mayBeCredit("“河湾”")).isFalse();
    assertThat(CreditCharacters.mayBeCredit("韩牧野（左）")).isFalse();
    assertThat(CreditCharacters.mayBeCredit("记者 林晓川")).isTrue();
    assertThat(CreditCharacters.mayBeCredit("文/图 韩牧野")).isTrue();
    assertThat(CreditCharacters.mayBeCredit("柳岸县委宣传部")).isTrue();
    assertThat(CreditCharacters.mayBeCredit("Reuters")).isTrue();
    assertThat(CreditCharacters.mayBeCredit("")).isTrue();
  }

  @Test
  void letsLookAlikesThroughToTheParse() {
    // Shaped like a credit to the scan, refused by the parse itself: a headline, kana.
    assertThat(CreditCharacters.mayBeCredit("河湾大桥今日通车")).isTrue();
    assertThat(credits.parse("河湾大桥今日通车", "河湾大桥今日通车")).isEmpty();
    assertThat(CreditCharacters.mayBeCredit("カワ")).isTrue();
    assertThat(credits.parse("カワ", "カワ")).isEmpty();
  }

  @Test
  void theQuickTestChangesNoReading() {
    for (String text : new String[] {"记者 林晓川", "本报记者林晓川韩牧野", "林晓川 韩牧野 文/图", "／河湾報導", "林晓川说。"}) {
      assertThat(credits.parse(text, text)).as(text).isEqualTo(credits.parseFully(text, text));
    }
  }

  /**
   * Random texts made of a credit's parts (names, roles, agencies, organisations, where a report
   * was filed, every mark the parse splits or reads) and of characters no credit holds: whatever
   * the parse reads, the quick test lets through.
   */
  @Test
  void neverRefusesWhatTheParseReads() {
    String[] parts = {
      "林晓川", "韩牧野", "柳清禾", "江一舟", "周", "健", "欧阳晓岚", "记者", "本报记者", "通讯员", "实习生", "記者",
      "本報記者", "摄", "攝影", "文/图", "图/文", "供图", "报道", "整理", "新华社", "中新社", "AP", "Reuters", "Xinhua",
      "柳岸县委宣传部", "溪岭区融媒体中心", "河湾镇文化站", "河湾晚报记者", "／溪岭報導", "/柳岸报道", " 發自河湾", "／〸〸報導",
      " ", "\u3000", "、", "，", ",", ";", "；", ":", "：", "/", "／", "\t", "\u00A0", "\u2003"
    };
    String[] strangers = {
      "。", "“", "”", "1", "２", "(", ")", "（", "）", "·", "-", "!", "？", "〸", "〇", "々", "é", "Ａ", "ｶ", "가",
      "\uD840\uDC00", "…", "—", "《", "》", "【", "】", "_", "#", "\u200B", "\u3002"
    };
    Random random = new Random(20261130);
    int read = 0;
    for (int i = 0; i < 40_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = 1 + random.nextInt(5); n > 0; n--) {
        text.append(parts[random.nextInt(parts.length)]);
        if (random.nextInt(6) == 0) {
          text.append(strangers[random.nextInt(strangers.length)]);
        }
      }
      String t = text.toString();
      if (credits.parseFully(t, t).isPresent()) {
        read++;
        assertThat(CreditCharacters.mayBeCredit(t)).as(t).isTrue();
      }
    }
    assertThat(read).isGreaterThan(4_000);
  }

  /** A text with no slash and no {@code 发自} is spared the place-filed search, and nothing else. */
  @Test
  void placeFiledTestNeverRefusesWhatThePatternFinds() {
    String[] parts = {
      "記者林曉川", "/", "／", " ", "\u3000", "河灣", "報導", "报导", "報道", "报道", "聯合報", "发自", "發自", "柳岸", "林", "/ ", "发", "自"
    };
    Random random = new Random(7);
    int found = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = 1 + random.nextInt(6); n > 0; n--) {
        text.append(parts[random.nextInt(parts.length)]);
      }
      String t = text.toString();
      if (ChineseCredits.placeFiledFound(t)) {
        found++;
        assertThat(ChineseCredits.mayNameWhereFiled(t)).as(t).isTrue();
      }
    }
    assertThat(found).isGreaterThan(500);
    assertThat(ChineseCredits.mayNameWhereFiled("本报记者 林晓川")).isFalse();
    assertThat(ChineseCredits.mayNameWhereFiled("記者林曉川／河灣報導")).isTrue();
    assertThat(ChineseCredits.mayNameWhereFiled("文/图 韩牧野")).isTrue(); // a look-alike: searched, and not found
  }
}
