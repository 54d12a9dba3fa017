package dev.newstidy.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TitledLinesTest {
  @Test
  void putsTheTitleAsAHeadlineOnTheTextsFirstLine() throws IOException {
    LineSource lines = TitledLines.of("柳河新桥通车", 0, CharLineReader.of("\n新桥今日通车。\n村民出行更方便。"));

    assertThat(all(lines)).containsExactly("2:# 柳河新桥通车", "1:", "2:新桥今日通车。", "3:村民出行更方便。");
  }

  @Test
  void addsNothingWhenTheTextOpensWithTheSameHeadline() throws IOException {
    LineSource lines = TitledLines.of("柳河新桥 通车", 0, CharLineReader.of("# 柳河新桥  通车\n\n新桥今日通车。"));

    assertThat(all(lines)).containsExactly("1:# 柳河新桥  通车", "2:", "3:新桥今日通车。");
  }

  @Test
  void aTextThatOnlyStartsLikeTheTitleStillGetsIt() throws IOException {
    LineSource lines = TitledLines.of("柳河新桥", 0, CharLineReader.of("柳河新桥今日通车。"));

    assertThat(all(lines)).containsExactly("1:# 柳河新桥", "1:柳河新桥今日通车。");
  }

  @Test
  void aBlankOrMissingTitleLeavesTheTextAlone() throws IOException {
    assertThat(all(TitledLines.of(" \n ", 0, CharLineReader.of("正文。")))).containsExactly("1:正文。");
    assertThat(all(TitledLines.of(null, 0, CharLineReader.of("正文。")))).containsExactly("1:正文。");
  }

  @Test
  void aTitleOnSeveralLinesBecomesOneHeadlineOnTheLineGiven() throws IOException {
    LineSource lines = TitledLines.of("Harbin mill\n  cuts output", 4, CharLineReader.of(""));

    assertThat(all(lines)).containsExactly("4:# Harbin mill cuts output");
  }

  static List<String> all(LineSource lines) throws IOException {
    List<String> out = new ArrayList<>();
    for (Line line = lines.next(); line != null; line = lines.next()) {
      out.add(line.number() + ":" + line.text());
    }
    return out;
  }
}
