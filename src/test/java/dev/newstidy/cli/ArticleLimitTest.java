package dev.newstidy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --max-article-bytes}: an article that would hold more is cut, loses nothing, and says where. */
class ArticleLimitTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** 40 characters, 120 bytes of UTF-8: an invented paragraph repeated to fill a page. */
  private static final String REPEAT = "柳溪镇新建的图书馆昨日开放，藏书两万册，设有少儿阅览室和自习区，首日读者众多。";

  @TempDir Path temp;

  @Test
  void articleThatPassesTheLimitIsCutAndGoesOnAsANewRecord() throws IOException {
    Path dump = write("page.txt", "# 柳溪镇图书馆开放\n\n" + (REPEAT + "\n\n").repeat(40));

    CliRun run = CliRun.of("clean", "-o", "-", "--max-article-bytes", "1K", dump.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err())
        .contains("warning: " + dump + ":19: article over --max-article-bytes 1024; cut here, the rest goes on as a new record");
    List<JsonNode> records = records(run.out());
    assertThat(records).hasSizeGreaterThan(1);
    assertThat(records.get(0).get("title").asText()).isEqualTo("柳溪镇图书馆开放");
    // Every copy is accounted for: one kept in the body, each other one a recorded removal.
    int kept = 0;
    int removed = 0;
    for (JsonNode record : records) {
      kept += count(record.get("body"));
      removed += record.get("removed").size();
    }
    assertThat(kept + removed).isEqualTo(40);
    assertThat(kept).isEqualTo(1);
  }

  @Test
  void strictRunStopsAtTheLimitWithExitThree() throws IOException {
    Path dump = write("page.txt", "# 柳溪镇图书馆开放\n\n" + (REPEAT + "\n\n").repeat(40));

    CliRun run = CliRun.of("clean", "--strict", "-o", "-", "--max-article-bytes", "1K", dump.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.IO);
    assertThat(run.err()).startsWith("error: " + dump + ":19: article over --max-article-bytes 1024 (--strict)");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void manySmallArticlesTogetherOverTheLimitAreNeverCut() throws IOException {
    StringBuilder dump = new StringBuilder();
    for (int i = 1; i <= 30; i++) {
      dump.append("# 第").append(i).append("期图书馆简报\n\n").append(i).append(REPEAT).append("\n\n");
    }
    Path file = write("issues.txt", dump.toString());

    CliRun run = CliRun.of("clean", "-o", "-", "--max-article-bytes", "1K", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("max-article-bytes");
    assertThat(records(run.out())).hasSize(30);
  }

  @Test
  void articleJustUnderTheLimitStaysWhole() throws IOException {
    // 7 copies of 120 bytes and a headline of 24: under 1,024 bytes.
    Path dump = write("page.txt", "# 柳溪镇图书馆开放\n\n" + (REPEAT + "\n\n").repeat(7));

    CliRun run = CliRun.of("clean", "-o", "-", "--max-article-bytes", "1K", dump.toString());

    assertThat(run.err()).doesNotContain("max-article-bytes");
    assertThat(records(run.out())).hasSize(1);
  }

  @Test
  void limitUnderOneKibibyteIsAUsageError() throws IOException {
    Path dump = write("page.txt", "# 柳溪镇图书馆开放\n\n" + REPEAT + "\n");

    CliRun run = CliRun.of("clean", "-o", "-", "--max-article-bytes", "100", dump.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--max-article-bytes must be at least 1K");
  }

  private Path write(String name, String text) throws IOException {
    Path file = temp.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static int count(JsonNode body) {
    int n = 0;
    for (JsonNode part : body) {
      n += part.get("text").asText().equals(REPEAT) ? 1 : 0;
    }
    return n;
  }

  private static List<JsonNode> records(String out) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    for (String line : out.lines().toList()) {
      records.add(JSON.readTree(line));
    }
    return records;
  }
}
