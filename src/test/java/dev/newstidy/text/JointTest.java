package dev.newstidy.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JointTest {
  @Test
  void joinsCjkWithoutSpace() {
    assertThat(Joint.join("产城融合”", "发展战略")).isEqualTo("产城融合”发展战略");
  }

  @Test
  void joinsLatinWithOneSpace() {
    assertThat(Joint.join("the county", "board voted")).isEqualTo("the county board voted");
  }

  @Test
  void marksHyphenatedLatinWordForTheDehyphenator() {
    assertThat(Joint.join("the neigh-", "borhood")).isEqualTo("the neigh\u00ADborhood");
  }

  @Test
  void keepsHyphenWhenNextPieceDoesNotStartInLowerCase() {
    assertThat(Joint.join("a well-", "Known")).isEqualTo("a well-Known");
    assertThat(Joint.join("Smith-", "Jones")).isEqualTo("Smith-Jones");
  }

  @Test
  void keepsHyphenAfterDigit() {
    assertThat(Joint.join("from 1990-", "present")).isEqualTo("from 1990-present");
  }

  @Test
  void trimsWhiteSpaceAtTheBreak() {
    assertThat(Joint.join("the county  ", "\t board voted")).isEqualTo("the county board voted");
    assertThat(Joint.join("城市 ", " 更新")).isEqualTo("城市更新");
  }

  @Test
  void joinsMixedScriptsWithoutSpaceWhenEitherSideIsCjk() {
    assertThat(Joint.join("5G", "网络")).isEqualTo("5G网络");
    assertThat(Joint.join("全镇", "GDP增长")).isEqualTo("全镇GDP增长");
  }

  @Test
  void joinsAfterFullWidthPunctuationWithoutSpace() {
    assertThat(Joint.join("他说:“", "Yes")).isEqualTo("他说:“Yes");
  }

  @Test
  void returnsTheOtherPieceWhenOneIsBlank() {
    assertThat(Joint.join("  ", "board")).isEqualTo("board");
    assertThat(Joint.join("county", " ")).isEqualTo("county");
  }

  @Test
  void recognisesHyphenatedBreakOnlyBeforeLowerCase() {
    assertThat(Joint.isHyphenatedBreak("commu-", "nity")).isTrue();
    assertThat(Joint.isHyphenatedBreak("commu\u00AD", "nity")).isTrue();
    assertThat(Joint.isHyphenatedBreak("commu-", "Nity")).isFalse();
    assertThat(Joint.isHyphenatedBreak("-", "nity")).isFalse();
    assertThat(Joint.isHyphenatedBreak("2024-", "nity")).isFalse();
  }

  @Test
  void joinsNumberCutInsideCjkTextWithoutSpace() {
    assertThat(Joint.join("今年接待游客1", "2万人次")).isEqualTo("今年接待游客12万人次");
    assertThat(Joint.join("渡口客流比上月多了2", "4.5%、18.6%。")).isEqualTo("渡口客流比上月多了24.5%、18.6%。");
    assertThat(Joint.join("在发布会上,", "5月3日又有一场")).isEqualTo("在发布会上,5月3日又有一场");
  }

  @Test
  void keepsSpaceBetweenSpacedNumbersInCjkText() {
    // Adversarial: the numbers were written apart, so the line break between them is a space too.
    assertThat(Joint.join("本期中奖号码 03 15 22", "28 31")).isEqualTo("本期中奖号码 03 15 22 28 31");
    assertThat(Joint.join("本期中奖号码 03 15 22", "28 31 号")).isEqualTo("本期中奖号码 03 15 22 28 31 号");
  }

  @Test
  void keepsSpaceBetweenNumbersInLatinText() {
    assertThat(Joint.join("sales rose in 2019", "2020 was flat")).isEqualTo("sales rose in 2019 2020 was flat");
    assertThat(Joint.join("the vote was 12,", "3 abstained")).isEqualTo("the vote was 12, 3 abstained");
  }

  @Test
  void keepsSpaceBetweenLatinNameAndNumberAfterCjk() {
    assertThat(Joint.join("他的球衣号码是 Neo", "7 Harbor")).isEqualTo("他的球衣号码是 Neo 7 Harbor");
  }
}
