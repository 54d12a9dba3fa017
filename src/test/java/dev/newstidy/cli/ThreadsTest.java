package dev.newstidy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading in a thread of its own changes nothing in the output: stdout and stderr byte for byte. */
class ThreadsTest {
  @TempDir Path temp;

  @Test
  void twoThreadsGiveTheSameBytesAsOne() throws IOException {
    StringBuilder dump = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      dump.append("# 第").append(i % 700).append("号新闻\n\n这是第").append(i % 900)
          .append("条新闻的正文,内容时有重复,用来检验并行读取不改变结果。记者 王").append((char) ('明' + i % 7)).append("\n\n")
          .append(i % 5 == 0 ? "分享到:\n\n" : "")
          .append(i % 11 == 0 ? "一段被分页截断的文字,后面还有\n\n下半句在这里。\n\n" : "");
    }
    Path text = Files.writeString(temp.resolve("big.txt"), dump);
    Path gz = temp.resolve("pages.jsonl.gz");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      for (int i = 0; i < 500; i++) {
        out.write(("{\"id\":" + i + ",\"text\":\"# 页" + (i % 90) + "\\n\\n正文" + (i % 120) + "说完了。\\n\\n第二段。\"}\n").getBytes(StandardCharsets.UTF_8));
      }
      out.write("{broken\n".getBytes(StandardCharsets.UTF_8));
    }
    Files.write(gz, bytes.toByteArray());

    CliRun one = CliRun.of("clean", "--threads", "1", "-o", "-", text.toString(), gz.toString(), text.toString());
    CliRun two = CliRun.of("clean", "--threads", "2", "-o", "-", text.toString(), gz.toString(), text.toString());

    assertThat(one.exitCode()).isZero();
    assertThat(two.out()).isEqualTo(one.out());
    assertThat(stripTime(two.err())).isEqualTo(stripTime(one.err()));
    assertThat(one.out().lines().count()).isGreaterThan(3000);
  }

  @Test
  void aFailingInputStopsTheRunTheSameWayInBothModes() throws IOException {
    Path bad = temp.resolve("bad.txt");
    Files.write(bad, new byte[] {'o', 'k', '\n', (byte) 0xC3, '\n'});

    CliRun one = CliRun.of("clean", "--threads", "1", "--strict", "-o", "-", bad.toString());
    CliRun two = CliRun.of("clean", "--threads", "2", "--strict", "-o", "-", bad.toString());

    assertThat(two.exitCode()).isEqualTo(one.exitCode()).isEqualTo(3);
    assertThat(two.err()).isEqualTo(one.err());
  }

  @Test
  void articlesCompletedBeforeAFailingInputAreWrittenInBothModes() throws IOException {
    Path good = Files.writeString(temp.resolve("a.txt"), "# 东坝乡修通机耕路\n\n东坝乡新修机耕路十二公里,农机可以直接开到田头。\n");
    Path bad = temp.resolve("b.txt");
    Files.write(bad, new byte[] {'o', 'k', '\n', (byte) 0xC3, '\n'});

    CliRun one = CliRun.of("clean", "--threads", "1", "--strict", "-o", "-", good.toString(), bad.toString());
    CliRun two = CliRun.of("clean", "--threads", "2", "--strict", "-o", "-", good.toString(), bad.toString());

    assertThat(two.exitCode()).isEqualTo(one.exitCode()).isEqualTo(3);
    assertThat(one.out()).contains("东坝乡修通机耕路");
    assertThat(two.out()).isEqualTo(one.out());
  }

  private static String stripTime(String err) {
    return err.replaceAll(" · [0-9.]+ s\\n$", "\n");
  }
}
