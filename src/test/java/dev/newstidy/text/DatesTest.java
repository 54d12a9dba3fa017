package dev.newstidy.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2023-06-18 | 2023-06-18",
        "2023/6/18 | 2023-06-18",
        "2023.06.18 | 2023-06-18",
        "2023年6月18日 | 2023-06-18",
        "2023 年 6 月 8 日 | 2023-06-08",
        "2023-6-8 | 2023-06-08",
      })
  void readsNumericDate(String text, String iso) {
    assertThat(Dates.toIso(text)).isEqualTo(iso);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2023-06-18 10:30 | 2023-06-18T10:30",
        "2023/6/18 10:30 | 2023-06-18T10:30",
        "2023.06.18 08:05 | 2023-06-18T08:05",
        "2023年6月18日 10:30 | 2023-06-18T10:30",
        "2023年6月18日10:30 | 2023-06-18T10:30",
        "2023-06-18T10:30:45 | 2023-06-18T10:30",
        "2023-06-18 10：30 | 2023-06-18T10:30",
      })
  void readsNumericDateWithTimeToTheMinute(String text, String iso) {
    assertThat(Dates.toIso(text)).isEqualTo(iso);
  }

  @Test
  void findsDateInsideLine() {
    assertThat(Dates.toIso("发布时间:2023-06-18")).isEqualTo("2023-06-18");
    assertThat(Dates.toIso("发布时间：2023年6月18日 星期日 来源：临江日报")).isEqualTo("2023-06-18");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "June 18, 2023 | 2023-06-18",
        "Jun. 18, 2023 | 2023-06-18",
        "Jun 18 2023 | 2023-06-18",
        "Sept. 5, 2023 | 2023-09-05",
        "december 1, 2023 | 2023-12-01",
      })
  void readsEnglishMonthFirstDate(String text, String iso) {
    assertThat(Dates.toIso(text)).isEqualTo(iso);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "18 June 2023 | 2023-06-18",
        "5 Sept 2023 | 2023-09-05",
        "1 Dec. 2023 | 2023-12-01",
      })
  void readsEnglishDayFirstDate(String text, String iso) {
    assertThat(Dates.toIso(text)).isEqualTo(iso);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Jun. 18, 2023 10:30 a.m. | 2023-06-18T10:30",
        "June 18, 2023 at 9:40 p.m. | 2023-06-18T21:40",
        "December 1, 2023, 12:30 p.m. | 2023-12-01T12:30",
        "December 1, 2023 12:15 a.m. | 2023-12-01T00:15",
        "18 June 2023 7:05 PM | 2023-06-18T19:05",
      })
  void readsEnglishDateWithTwelveHourTime(String text, String iso) {
    assertThat(Dates.toIso(text)).isEqualTo(iso);
  }

  @Test
  void readsTimeBeforeDate() {
    assertThat(Dates.toIso("6:15 PM EDT Apr 12, 2024")).isEqualTo("2024-04-12T18:15");
    assertThat(Dates.toIso("Updated 9:40 a.m. June 18, 2023")).isEqualTo("2023-06-18T09:40");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"2023-02-30", "2023年13月1日", "2023/6/31", "February 30, 2023", "31 April 2024"})
  void invalidDateGivesNull(String text) {
    assertThat(Dates.toIso(text)).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"昨天", "", "Monday", "10:30", "6:15 PM", "电话0571-8888-1234", "第2023期", "June 2023"})
  void textWithoutDateGivesNull(String text) {
    assertThat(Dates.toIso(text)).isNull();
  }
}
