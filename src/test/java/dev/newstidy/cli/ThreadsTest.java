package dev.newstidy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading in a thread of its own, and finishing and writing in a third, change nothing in the
 * output: stdout, stderr and the files written, byte for byte.
 */
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
  void nearCopiesRepeatedStoriesAndFilesAreTheSameInBothModes() throws IOException {
    StringBuilder dump = new StringBuilder();
    for (int i = 0; i < 1500; i++) {
      dump.append("# 青石镇第").append(i % 400).append("期简讯\n\n青石镇今年第").append(i % 300)
          .append("次组织志愿者清理河道,参加的有").append(i % 13).append("个村的村民,河水比去年清了许多。\n\n")
          .append(i % 3 == 0 ? "镇里还修了一座小桥,方便两岸村民来往,\n\n赶集的人再也不用绕远路了。\n\n" : "")
          .append("通讯员 林").append((char) ('川' + i % 5)).append("\n\n");
    }
    Path text = Files.writeString(temp.resolve("near.txt"), dump);

    for (String near : new String[] {"paragraph", "article"}) {
      CliRun one = CliRun.of("clean", "--threads", "1", "--near", near, "-o", "-", text.toString());
      CliRun two = CliRun.of("clean", "--threads", "2", "--near", near, "-o", "-", text.toString());
      assertThat(one.exitCode()).isZero();
      assertThat(two.out()).as(near).isEqualTo(one.out());
      assertThat(stripTime(two.err())).as(near).isEqualTo(stripTime(one.err()));
    }
    Path dirOne = temp.resolve("one");
    Path dirTwo = temp.resolve("two");
    assertThat(CliRun.of("clean", "--threads", "1", "-o", dirOne.toString(), text.toString()).exitCode()).isZero();
    assertThat(CliRun.of("clean", "--threads", "2", "-o", dirTwo.toString(), text.toString()).exitCode()).isZero();
    assertThat(contents(dirTwo)).isEqualTo(contents(dirOne)).hasSizeGreaterThan(100);
  }

  /** Every file under {@code dir}, by its path relative to it, with its bytes as text. */
  private static Map<String, String> contents(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        files.put(dir.relativize(p).toString(), Files.readString(p));
      }
    }
    return files;
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
