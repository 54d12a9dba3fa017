package dev.newstidy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newstidy.model.Article;
import dev.newstidy.model.Origin;
import dev.newstidy.model.Part;
import dev.newstidy.model.SourceSpan;
import dev.newstidy.output.BrokenPipeException;
import dev.newstidy.output.JsonLinesSink;
import dev.newstidy.output.OutputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edge cases a hostile review found: each holds its documented behaviour. */
class EdgeCasesTest {
  private static final String DUMP = "# 甲镇新闻\n\n甲镇今天召开大会。\n\n# 甲镇新闻\n\n甲镇明天举办集市。\n";

  @TempDir Path temp;

  @Test
  void overwriteNeverDeletesThroughALinkThatLeavesTheFolder() throws IOException {
    Path victims = Files.createDirectories(temp.resolve("victims"));
    Path victim = Files.writeString(victims.resolve("v"), "keep");
    Path out = Files.createDirectories(temp.resolve("out"));
    Files.createSymbolicLink(out.resolve("lnk"), victims);
    Files.writeString(out.resolve("manifest.jsonl"), "{\"id\":1,\"file\":\"lnk/v\"}\n{\"id\":2,\"file\":\"manifest.jsonl\"}\n");
    Path dump = Files.writeString(temp.resolve("d.txt"), DUMP);

    CliRun run = CliRun.of("clean", "-q", "-o", out.toString(), "--overwrite", dump.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(victim).exists();
  }

  @Test
  void overwriteChecksEveryManifestLineBeforeDeletingAnything() throws IOException {
    Path out = Files.createDirectories(temp.resolve("out"));
    Path earlier = Files.writeString(out.resolve("000001-a.md"), "earlier");
    Files.writeString(out.resolve("manifest.jsonl"), "{\"id\":1,\"file\":\"000001-a.md\"}\nnot json\n");
    Path dump = Files.writeString(temp.resolve("d.txt"), DUMP);

    CliRun run = CliRun.of("clean", "-q", "-o", out.toString(), "--overwrite", dump.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(earlier).exists();
    assertThat(out.resolve("manifest.jsonl")).exists();
  }

  @Test
  void aTemplateWithoutIdStillGivesEveryArticleItsOwnFile() throws IOException {
    Path dump = Files.writeString(temp.resolve("d.txt"), DUMP);
    Path out = temp.resolve("out");

    CliRun.of("clean", "-q", "-o", out.toString(), "--name-template", "${slug}", dump.toString());

    assertThat(listing(out)).containsExactly("manifest.jsonl", "甲镇新闻-2.md", "甲镇新闻.md");
  }

  @Test
  void dryRunNeitherSavesTheIndexNorWritesTheReport() throws IOException {
    Path dump = Files.writeString(temp.resolve("d.txt"), DUMP);
    Path index = temp.resolve("seen.idx");
    Path report = temp.resolve("r.json");

    CliRun.of("clean", "-q", "--dry-run", "--index", index.toString(), "--report", report.toString(), "-o", temp.resolve("out").toString(), dump.toString());

    assertThat(index).doesNotExist();
    assertThat(report).doesNotExist();
  }

  @Test
  void checkCountsOnlyRepeatsAsDuplicateNotFurnitureOrMetadata() throws IOException {
    Path dump = Files.writeString(temp.resolve("d.txt"), "# 题\n\n来源:临江日报\n\n正文说完了。\n\n分享到:\n");

    CliRun run = CliRun.of("check", "-q", "--fail-on", "duplicate", dump.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).doesNotContain("duplicate");
  }

  @Test
  void badGlobsEmptyTextFieldsEmptyOutputAndEmptyFailOnAreUsageErrors() throws IOException {
    Path dump = Files.writeString(temp.resolve("d.txt"), DUMP);

    assertThat(CliRun.of("clean", "--include", "[", temp.toString()).exitCode()).isEqualTo(2);
    assertThat(CliRun.of("clean", "--text-field", "", dump.toString()).exitCode()).isEqualTo(2);
    assertThat(CliRun.of("clean", "-o", "", dump.toString()).exitCode()).isEqualTo(2);
    assertThat(CliRun.of("check", "--fail-on", "", dump.toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void aNameTemplateFromTheConfigFileKeepsItsVariables() throws IOException {
    Path dump = Files.writeString(temp.resolve("d.txt"), DUMP);
    Path config = Files.writeString(temp.resolve("c.properties"), "name-template=x-${id}\n");
    Path out = temp.resolve("out");

    CliRun run = CliRun.of("clean", "-q", "--config", config.toString(), "-o", out.toString(), dump.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(listing(out)).contains("x-000001.md", "x-000002.md");
  }

  @Test
  void utf16NamedWithoutByteOrderFollowsTheMark() throws IOException {
    Path dump = temp.resolve("u16.txt");
    Files.write(dump, ("\uFEFF" + DUMP).getBytes(StandardCharsets.UTF_16LE));

    List<JsonNode> records = InputFormatsTest.records(CliRun.of("clean", "-q", "-o", "-", "--encoding", "UTF-16", dump.toString()).out());

    assertThat(records).hasSize(2);
    assertThat(records.get(0).get("title").asText()).isEqualTo("甲镇新闻");
  }

  @Test
  void aLoneSurrogateFromJsonBecomesAReplacementCharacterAndTheFileIsWritten() throws IOException {
    Path pages = Files.writeString(temp.resolve("p.jsonl"), "{\"text\":\"# Title\\n\\nA body with a lone \\ud800 surrogate.\"}\n");
    Path out = temp.resolve("out");

    CliRun run = CliRun.of("clean", "-q", "-o", out.toString(), pages.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(out.resolve("000001-title.md"))).contains("lone \uFFFD surrogate");
  }

  @Test
  void aReportPathThatIsAFolderFailsBeforeTheRun() throws IOException {
    Path dump = Files.writeString(temp.resolve("d.txt"), DUMP);

    CliRun run = CliRun.of("clean", "-o", "-", "--report", temp.toString(), dump.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aFullDiskIsAnOutputErrorWhileAClosedPipeEndsQuietly() throws IOException {
    Article article = Article.of("T", SourceSpan.of("x", 1, 1), List.of(Part.paragraph("Body.", SourceSpan.of("x", 3, 3))));
    JsonLinesSink full = new JsonLinesSink(new PrintWriter(failing()), () -> new IOException("No space left on device"));
    JsonLinesSink closed = new JsonLinesSink(new PrintWriter(failing()), () -> new IOException("Broken pipe"));

    assertThatThrownBy(() -> writeUntilItFails(full)).isInstanceOf(OutputException.class).hasMessageContaining("No space left");
    assertThatThrownBy(() -> writeUntilItFails(closed)).isInstanceOf(BrokenPipeException.class);
  }

  private static void writeUntilItFails(JsonLinesSink sink) throws IOException {
    Article article = Article.of("T", SourceSpan.of("x", 1, 1), List.of(Part.paragraph("Body.", SourceSpan.of("x", 3, 3))));
    for (int i = 1; i <= 1000; i++) {
      sink.write(i, article, Origin.UTF8);
    }
    sink.close();
  }

  private static Writer failing() {
    return new Writer() {
      @Override
      public void write(char[] c, int off, int len) throws IOException {
        throw new IOException("write failed");
      }

      @Override
      public void flush() throws IOException {
        throw new IOException("write failed");
      }

      @Override
      public void close() {}
    };
  }

  private static List<String> listing(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
