package dev.newstidy.stage.byline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RolesTest {
  private final Roles roles = new Roles();

  @Test
  void readsRoleGluedBeforeName() {
    assertThat(roles.read("记者王明")).isEqualTo(new Roles.Reading("记者", "王明", null));
  }

  @Test
  void longestPrefixRoleWins() {
    assertThat(roles.read("本报记者王明")).isEqualTo(new Roles.Reading("本报记者", "王明", null));
  }

  @Test
  void readsPhotoRoleGluedAfterName() {
    assertThat(roles.read("王明摄")).isEqualTo(new Roles.Reading(null, "王明", "摄"));
  }

  @Test
  void oneCharacterRoleOtherThanPhotoIsNotReadWhenGlued() {
    assertThat(roles.read("王书文")).isEqualTo(new Roles.Reading(null, "王书文", null));
  }

  @Test
  void readsStandaloneRoleTokens() {
    assertThat(roles.read("文/图")).isEqualTo(new Roles.Reading(null, "", "文/图"));
    assertThat(roles.read("通讯员")).isEqualTo(new Roles.Reading("通讯员", "", null));
  }

  @Test
  void readsRolesOnBothSidesOfName() {
    assertThat(roles.read("记者王明摄")).isEqualTo(new Roles.Reading("记者", "王明", "摄"));
  }

  @Test
  void normalisesSpacesAroundRoleSlash() {
    assertThat(roles.normaliseSlashes("文 / 图")).isEqualTo("文/图");
    assertThat(roles.normaliseSlashes("史春雨 文／图")).isEqualTo("史春雨 文/图");
  }

  @Test
  void knowsNewsAgencies() {
    assertThat(Roles.isAgency("新华社")).isTrue();
    assertThat(Roles.isAgency("Reuters")).isTrue();
    assertThat(Roles.isAgency("海工宣")).isFalse();
  }

  @Test
  void readsOutletAndRankBeforeReporterAsOneRole() {
    assertThat(roles.read("晚报首席记者王明")).isEqualTo(new Roles.Reading("晚报首席记者", "王明", null));
    assertThat(roles.read("新华社记者")).isEqualTo(new Roles.Reading("新华社记者", "", null));
  }

  @Test
  void readsMediaReporterRoleStandingAlone() {
    assertThat(roles.read("全媒体记者")).isEqualTo(new Roles.Reading("全媒体记者", "", null));
  }

  @Test
  void readsSlashedRoleGluedToName() {
    assertThat(roles.read("林曉/圖文")).isEqualTo(new Roles.Reading(null, "林曉", "圖文"));
    assertThat(roles.read("记者王明/摄")).isEqualTo(new Roles.Reading("记者", "王明", "摄"));
  }

  @Test
  void readsTwoCharacterRoleGluedAfterOrganisation() {
    assertThat(roles.read("区文明办供稿")).isEqualTo(new Roles.Reading(null, "区文明办", "供稿"));
  }

  @Test
  void readsTraditionalRoles() {
    assertThat(roles.read("記者")).isEqualTo(new Roles.Reading("記者", "", null));
    assertThat(roles.read("攝")).isEqualTo(new Roles.Reading(null, "", "攝"));
    assertThat(roles.read("羅曉琳攝")).isEqualTo(new Roles.Reading(null, "羅曉琳", "攝"));
  }

  @Test
  void findsAgencyThatOpensRole() {
    assertThat(Roles.agencyOf("新华社记者")).isEqualTo("新华社");
    assertThat(Roles.agencyOf("新华社")).isNull();
    assertThat(Roles.agencyOf("晚报首席记者")).isNull();
    assertThat(Roles.agencyOf(null)).isNull();
  }

  @Test
  void readsRoleBeforeSlashAndNameAfterIt() {
    Roles.Reading reading = new Roles().read("文/王明");

    assertThat(reading.prefixRole()).isEqualTo("文");
    assertThat(reading.rest()).isEqualTo("王明");
  }

  @Test
  void namesTheOutletOfAReportersRole() {
    assertThat(Roles.outletOf("晨江日报记者")).isEqualTo("晨江日报");
    assertThat(Roles.outletOf("潮声傳媒記者")).isEqualTo("潮声傳媒");
    assertThat(Roles.outletOf("本报记者")).isNull();
    assertThat(Roles.outletOf("新华社记者")).isNull();
    assertThat(Roles.outletOf("记者")).isNull();
  }

  @Test
  void readsAnyOutletBeforeReporterButNoPronoun() {
    assertThat(roles.read("晨江财经记者甘雨桐")).isEqualTo(new Roles.Reading("晨江财经记者", "甘雨桐", null));
    assertThat(roles.read("特派記者甘雨桐")).isEqualTo(new Roles.Reading("特派記者", "甘雨桐", null));
    assertThat(roles.read("这位记者甘雨桐").prefixRole()).isNull();
  }
}
