package dev.newstidy.stage.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DatelineScanTest {
  @Test
  void neverRefusesWhatAPatternReads() {
    // Openings shaped as the patterns' parts, in random order and number; some cut or broken.
    String[][] shapes = {
      {"", "【", "〔", "[", "("}, {"", "本报", "本報", "新华社", "中新社", "柳溪日", "江州"},
      {"", "记者", "記者", "通讯员", "柳溪", "\uD840\uDC0B\uD840\uDC0B", "青石镇柳溪村东岭组"},
      {"", "报", "網", "台", "社", "报道", "報導"}, {"", "讯", "訊", "江州", "5", "12", "１２"},
      {"", "月", "3", "日"}, {"", "28", "日", "电", "電", "消息"}, {"", "】", "〕", "]", ")"},
      {"", " ", "\u3000", "(记者 甘雨桐)", "（通讯员 沈牧）", ":", "甘雨桐 沈牧"}, {"", "今天", "昨天,", "柳溪镇"}
    };
    String[][] english = {
      {"ELM BAY", "Harbor City", "O'NEIL", "A", "Éire", "(Wire)"}, {"", ", Ore.", ", Feb. 26", ", June 7", ","},
      {"", " ", " (Wire) ", "(AP)"}, {"", "-", "--", "—", "–"}, {"", " ", "The", "\"Rain", "7"}
    };
    String[] pieces = {"柳溪镇", "The ferry", " ", "。", "-", "—", "月", "本报讯", "记者", "讯"};
    Random random = new Random(11);
    int found = 0;
    for (int i = 0; i < 30_000; i++) {
      String[][] parts = random.nextInt(3) == 0 ? english : shapes;
      StringBuilder text = new StringBuilder();
      for (String[] choices : parts) {
        if (random.nextInt(8) > 0) {
          text.append(choices[random.nextInt(choices.length)]);
        }
      }
      for (int n = random.nextInt(3); n > 0; n--) {
        text.insert(random.nextInt(text.length() + 1), pieces[random.nextInt(pieces.length)]);
      }
      String t = text.toString();
      // Then a quick no is never a pattern's yes.
      if (DatelineExtractor.anyPatternOpens(t)) {
        found++;
        assertThat(DatelineScan.mayOpenWithDateline(t)).as(t).isTrue();
      }
    }
    assertThat(found).isGreaterThan(1000);
  }

  @Test
  void opensOfReportsMayHoldADateline() {
    assertThat(DatelineScan.mayOpenWithDateline("柳溪日报讯 今天,新桥通车。")).isTrue();
    assertThat(DatelineScan.mayOpenWithDateline("新华社江州5月3日电 新桥通车。")).isTrue();
    assertThat(DatelineScan.mayOpenWithDateline("ELM BAY — The ferry resumed.")).isTrue();
    assertThat(DatelineScan.mayOpenWithDateline("(Wire) — The ferry resumed.")).isTrue();
  }

  @Test
  void plainOpeningsAreRefused() {
    // Adversarial look-alikes: the marks of a report, but too far in to open a dateline.
    assertThat(DatelineScan.mayOpenWithDateline("柳溪镇的新桥昨天通车了。")).isFalse();
    assertThat(DatelineScan.mayOpenWithDateline("the ferry — resumed.")).isFalse();
    assertThat(DatelineScan.mayOpenWithDateline("村民们说,新桥通车以后,去镇上的记者站只要十分钟")).isFalse();
    assertThat(DatelineScan.mayOpenWithDateline("Rain is due at noon.")).isFalse();
    assertThat(DatelineScan.mayOpenWithDateline("")).isFalse();
  }

  @Test
  void eachMarkCountsUpToItsLimitAndNoFurther() {
    // Filler that holds no mark: the mark at its last index may open a dateline, one further may not.
    assertThat(DatelineScan.mayOpenWithDateline(at(35, '月'))).isTrue();
    assertThat(DatelineScan.mayOpenWithDateline(at(36, '月'))).isFalse();
    assertThat(DatelineScan.mayOpenWithDateline(at(18, '讯'))).isTrue();
    assertThat(DatelineScan.mayOpenWithDateline(at(19, '讯'))).isFalse();
    assertThat(DatelineScan.mayOpenWithDateline(at(17, '道'))).isTrue();
    assertThat(DatelineScan.mayOpenWithDateline(at(18, '道'))).isFalse();
    assertThat(DatelineScan.mayOpenWithDateline(at(3, '记'))).isTrue();
    assertThat(DatelineScan.mayOpenWithDateline(at(4, '记'))).isFalse();
  }

  /** Forty characters of filler with {@code mark} at {@code index}. */
  private static String at(int index, char mark) {
    StringBuilder text = new StringBuilder("柳".repeat(40));
    text.setCharAt(index, mark);
    return text.toString();
  }
}
