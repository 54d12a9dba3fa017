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
}
