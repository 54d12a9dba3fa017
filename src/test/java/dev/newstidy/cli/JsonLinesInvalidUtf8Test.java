package dev.newstidy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Invalid UTF-8 inside JSON Lines pages: one warning per file with a count, not one per line. */
class JsonLinesInvalidUtf8Test {
  @TempDir Path temp;

  @Test
  void manyDamagedPagesGiveOneWarningWithACount() throws IOException {
    Path pages = write("pages.jsonl", 25, 2);

    CliRun run = CliRun.of("clean", "-o", "-", pages.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err().lines().filter(l -> l.startsWith("warning:")))
        .containsExactly("warning: " + pages + ":1: invalid UTF-8 replaced with U+FFFD on 25 lines (50 sequences), the first here");
    assertThat(InputFormatsTest.records(run.out())).hasSize(25);
  }

  @Test
  void eachFileGetsItsOwnWarningAndOneDamagedLineKeepsItsOwnWords() throws IOException {
    Path many = write("a.jsonl", 3, 1);
    Path one = write("b.jsonl", 1, 2);

    CliRun run = CliRun.of("clean", "-o", "-", many.toString(), one.toString());

    assertThat(run.err().lines().filter(l -> l.startsWith("warning:")))
        .containsExactly(
            "warning: " + many + ":1: invalid UTF-8 replaced with U+FFFD on 3 lines (3 sequences), the first here",
            "warning: " + one + ":1: 2 invalid UTF-8 sequence(s) replaced with U+FFFD");
  }

  @Test
  void anEscapedReplacementCharacterIsNoInvalidUtf8() throws IOException {
    Path pages = temp.resolve("clean.jsonl");
    Files.writeString(pages, "{\"id\": 1, \"text\": \"# 西岭镇新闻\\n\\n西岭镇今年新修水渠三条\\ufffd惠及农田八百亩。\"}\n");

    CliRun run = CliRun.of("clean", "-o", "-", pages.toString());

    assertThat(run.err()).doesNotContain("invalid UTF-8");
  }

  @Test
  void strictStillStopsAtTheFirstDamagedLine() throws IOException {
    Path pages = write("pages.jsonl", 3, 1);

    CliRun run = CliRun.of("clean", "--strict", "-o", "-", pages.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("error: " + pages + ":1: invalid UTF-8 (--strict)\n");
  }

  /** {@code count} pages, each with {@code bad} stray 0xFF bytes inside its text. */
  private Path write(String name, int count, int bad) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 1; i <= count; i++) {
      bytes.writeBytes(("{\"id\": " + i + ", \"text\": \"# 东山村第" + i + "期简报\\n\\n东山村").getBytes(StandardCharsets.UTF_8));
      for (int b = 0; b < bad; b++) {
        bytes.write(0xFF);
        bytes.writeBytes("今年新建文化礼堂一座".getBytes(StandardCharsets.UTF_8));
      }
      bytes.writeBytes("。\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    return Files.write(temp.resolve(name), bytes.toByteArray());
  }
}
