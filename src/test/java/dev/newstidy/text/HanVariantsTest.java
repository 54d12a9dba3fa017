package dev.newstidy.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HanVariantsTest {
  @Test
  void countsCharactersThatExistInOneFormOnly() {
    assertThat(HanVariants.count("临江县新建大桥通车")).isEqualTo(new HanVariants.Census(4, 0));
    assertThat(HanVariants.count("臨江縣新建大橋通車")).isEqualTo(new HanVariants.Census(0, 4));
  }

  @Test
  void tellsSimplifiedFromTraditional() {
    assertThat(HanVariants.count("临江县新建大桥通车").chineseTag()).isEqualTo("zh-Hans");
    assertThat(HanVariants.count("臨江縣新建大橋通車").chineseTag()).isEqualTo("zh-Hant");
    assertThat(HanVariants.count("大江东去").chineseTag()).isEqualTo("zh-Hans");
  }

  @Test
  void countsTraditionalFormsOfMergedCharacters() {
    // 後 and 裡 are traditional (as are 開 and 會); 后 and 里 are shared by both forms, so they say nothing.
    assertThat(HanVariants.count("三天後在村裡開會")).isEqualTo(new HanVariants.Census(0, 4));
    assertThat(HanVariants.count("皇后住在十里外")).isEqualTo(new HanVariants.Census(0, 0));
  }

  @Test
  void sharedCharactersAndOtherScriptsCountForNeither() {
    HanVariants.Census none = HanVariants.count("人民的生活 GDP 2024");

    assertThat(none).isEqualTo(new HanVariants.Census(0, 0));
    assertThat(none.chineseTag()).isEqualTo("zh-Hans");
  }

  @Test
  void aFewQuotedCharactersOfTheOtherFormDoNotTurnTheText() {
    // Look-alike: a simplified report naming a traditional paper, 《臨江報》.
    assertThat(HanVariants.count("这座桥连接两个乡镇，《臨江報》也作了报道。").chineseTag()).isEqualTo("zh-Hans");
    assertThat(HanVariants.count("這座橋連接兩個鄉鎮，《临江报》也作了報導。").chineseTag()).isEqualTo("zh-Hant");
  }

  @Test
  void addsCensuses() {
    assertThat(new HanVariants.Census(1, 2).plus(new HanVariants.Census(3, 4))).isEqualTo(new HanVariants.Census(4, 6));
  }
}
