package dev.newstidy.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;

class BylineTest {
  @Test
  void rolesSplitsChineseCombinedRoleOnSpaces() {
    Byline byline =
        new Byline(
            "新华社记者 王明 摄",
            ImmutableList.of(
                new Credit("新华社", null, CreditKind.AGENCY),
                new Credit("王明", "新华社记者 摄", CreditKind.PERSON)));

    assertThat(byline.roles()).containsExactly("新华社记者", "摄");
  }

  @Test
  void rolesKeepsEnglishRoleWhole() {
    Byline byline =
        new Byline(
            "By Tom Hart | Staff Writer",
            ImmutableList.of(new Credit("Tom Hart", "Staff Writer", CreditKind.PERSON)));

    assertThat(byline.roles()).containsExactly("Staff Writer");
  }

  @Test
  void rolesKeepsOrderAndNamesEachRoleOnce() {
    Byline byline =
        new Byline(
            "记者 王明 摄 记者 李红 通讯员 赵强",
            ImmutableList.of(
                new Credit("王明", "记者 摄", CreditKind.PERSON),
                new Credit("李红", "记者", CreditKind.PERSON),
                new Credit("赵强", "通讯员", CreditKind.PERSON),
                new Credit("Tom Hart", "Managing Editor", CreditKind.PERSON),
                new Credit("Ann Lee", "Managing Editor", CreditKind.PERSON)));

    assertThat(byline.roles()).containsExactly("记者", "摄", "通讯员", "Managing Editor");
  }

  @Test
  void rolesLeavesOutCreditsWithoutRole() {
    Byline byline =
        new Byline(
            "王书 曹波 文/图",
            ImmutableList.of(
                new Credit("王书", null, CreditKind.PERSON),
                new Credit("曹波", "文/图", CreditKind.PERSON)));

    assertThat(byline.roles()).containsExactly("文/图");
    assertThat(
            new Byline("王书", ImmutableList.of(new Credit("王书", null, CreditKind.PERSON))).roles())
        .isEmpty();
  }

  @Test
  void namesKeepsOrderAndNamesEachOnce() {
    Byline byline =
        new Byline(
            "新华社记者 王明 李红 摄 王明",
            ImmutableList.of(
                new Credit("新华社", null, CreditKind.AGENCY),
                new Credit("王明", "新华社记者", CreditKind.PERSON),
                new Credit("李红", "摄", CreditKind.PERSON),
                new Credit("王明", "摄", CreditKind.PERSON)));

    assertThat(byline.names()).containsExactly("新华社", "王明", "李红");
  }

  @Test
  void plusAppendsLaterCreditsAndKeepsRepeatedOnesOnce() {
    Byline first = new Byline("记者 王明", ImmutableList.of(new Credit("王明", "记者", CreditKind.PERSON)));
    Byline later =
        new Byline(
            "记者 王明 通讯员 李红",
            ImmutableList.of(
                new Credit("王明", "记者", CreditKind.PERSON),
                new Credit("李红", "通讯员", CreditKind.PERSON)));

    Byline merged = first.plus(later);

    assertThat(merged.text()).isEqualTo("记者 王明 记者 王明 通讯员 李红");
    assertThat(merged.credits())
        .containsExactly(
            new Credit("王明", "记者", CreditKind.PERSON), new Credit("李红", "通讯员", CreditKind.PERSON));
  }

  @Test
  void photoCreditCreditsOnlyPhotos() {
    Credit photographer = new Credit("甘雨桐", "记者 摄", CreditKind.PERSON);
    Credit supplier = new Credit("区文明办", "供图", CreditKind.ORGANISATION);
    Credit writer = new Credit("沈牧之", "文/图", CreditKind.PERSON);
    Credit plain = new Credit("沈牧之", null, CreditKind.PERSON);

    assertThat(new Byline("记者 甘雨桐 摄", ImmutableList.of(photographer)).isPhotoCredit()).isTrue();
    assertThat(new Byline("区文明办供图", ImmutableList.of(supplier)).isPhotoCredit()).isTrue();
    assertThat(new Byline("沈牧之 文/图", ImmutableList.of(writer)).isPhotoCredit()).isFalse();
    assertThat(new Byline("甘雨桐 摄 沈牧之", ImmutableList.of(photographer, plain)).isPhotoCredit()).isFalse();
    assertThat(new Byline("By Harbor News Service", ImmutableList.of()).isPhotoCredit()).isFalse();
    assertThat(new Byline("溪口公园管理中心供图", ImmutableList.of()).isPhotoCredit()).isTrue();
  }

  @Test
  void editorsAreNoNames() {
    Byline byline =
        new Byline(
            "(Reporting by Ann Lee; Editing by Tom Hart)",
            ImmutableList.of(
                new Credit("Ann Lee", "reporting", CreditKind.PERSON),
                new Credit("Tom Hart", "editing", CreditKind.EDITOR)));

    assertThat(byline.names()).containsExactly("Ann Lee");
    assertThat(byline.editors()).containsExactly("Tom Hart");
    assertThat(byline.withoutEditors().credits()).extracting(Credit::name).containsExactly("Ann Lee");
  }
}
