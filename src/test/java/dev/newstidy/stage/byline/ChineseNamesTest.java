package dev.newstidy.stage.byline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseNamesTest {
  private final ChineseNames names = ChineseNames.load();

  @Test
  void surnameThenGivenNameIsPersonName() {
    assertThat(names.isPersonName("王书")).isTrue();
    assertThat(names.isPersonName("甘雨桐")).isTrue();
  }

  @Test
  void compoundSurnameOpensPersonName() {
    assertThat(names.isPersonName("欧阳晓")).isTrue();
  }

  @Test
  void characterThatNeverStandsInGivenNameRulesOutName() {
    assertThat(names.isPersonName("典型示")).isFalse();
  }

  @Test
  void tokenWithoutKnownSurnameIsNoName() {
    assertThat(names.isPersonName("各村")).isFalse();
  }

  @Test
  void tokenOfWrongLengthOrScriptIsNoName() {
    assertThat(names.isPersonName("王")).isFalse();
    assertThat(names.isPersonName("王大明白了")).isFalse();
    assertThat(names.isPersonName("王A")).isFalse();
  }

  @Test
  void twoCharacterNameIsConfidentUnlessSurnameOpensEverydayWords() {
    assertThat(names.isConfidentPersonName("史园")).isTrue();
    assertThat(names.isConfidentPersonName("全国")).isFalse();
  }

  @Test
  void threeCharacterNameIsConfident() {
    assertThat(names.isConfidentPersonName("韦嘉言")).isTrue();
  }

  @Test
  void organisationEndsInOfficeSuffix() {
    assertThat(names.isOrganisation("海工宣")).isTrue();
    assertThat(names.isOrganisation("区文明办")).isTrue();
    assertThat(names.isOrganisation("县融媒体中心")).isTrue();
  }

  @Test
  void clauseThatListsBodiesIsNoOrganisation() {
    assertThat(names.isOrganisation("来自县委统战部")).isFalse();
    assertThat(names.isOrganisation("包括区文旅局")).isFalse();
    assertThat(names.isOrganisation("來自市政府新聞處")).isFalse();
  }

  @Test
  void clauseWordsOpenNoBodyButJointlyDoes() {
    // 联合 (jointly) opens bodies' names as often as clauses, so it rules nothing out.
    assertThat(names.isOrganisation("其中县文旅局")).isFalse();
    assertThat(names.isOrganisation("联合调解中心")).isTrue();
  }

  @Test
  void captionOpenerOpensNoBody() {
    // 图为 (the photo shows) opens a caption's last sentence; what follows may end as a body does.
    assertThat(names.isOrganisation("图为妞妞在敬老院")).isFalse();
    assertThat(names.isOrganisation("圖說小溪鎮圖書館")).isFalse();
    // Adversarial: a body whose name opens with 图 is still one.
    assertThat(names.isOrganisation("图书馆管理办")).isTrue();
    assertThat(names.isOrganisation("溪口县敬老院")).isTrue();
  }

  @Test
  void bodyOfACityWhoseNameOpensLikeAClauseWordIsAnOrganisation() {
    assertThat(names.isOrganisation("来宾市委宣传部")).isTrue();
    assertThat(names.isOrganisation("包头市文明办")).isTrue();
  }

  @Test
  void shortOrOrdinaryTokenIsNoOrganisation() {
    assertThat(names.isOrganisation("宣办")).isFalse();
    assertThat(names.isOrganisation("甘雨桐")).isFalse();
    assertThat(names.isOrganisation("Staff办")).isFalse();
  }

  @Test
  void readsNameWithStopCharacterOnlyAfterRole() {
    ChineseNames names = ChineseNames.load();

    assertThat(names.isPersonName("郑与川")).isFalse();
    assertThat(names.isPersonNameAfterRole("郑与川")).isTrue();
    assertThat(names.isPersonNameAfterRole("王们")).isFalse();
    assertThat(names.isPersonNameAfterRole("他们")).isFalse();
  }

  @Test
  void readsNoOrganisationOpeningWithPronoun() {
    ChineseNames names = ChineseNames.load();

    assertThat(names.isOrganisation("我们村委")).isFalse();
    assertThat(names.isOrganisation("这个办")).isFalse();
    assertThat(names.isOrganisation("溪口村委")).isTrue();
  }
}
