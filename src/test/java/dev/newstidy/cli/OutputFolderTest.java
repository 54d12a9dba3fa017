package dev.newstidy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder and the options that shape it: templates, options that {@code --output -}
 * ignores, folders that hold files but no manifest, and the retry after a failed run.
 */
class OutputFolderTest {
  private static final String DUMP =
      "# 桐林乡修缮古戏台\n\n桐林乡投入专项资金修缮百年古戏台,预计明年春节前完工。\n";

  @TempDir Path temp;

  private Path dump() throws IOException {
    return Files.writeString(temp.resolve("d.txt"), DUMP);
  }

  // 7. Templates.

  @Test
  void anUnknownTemplateVariableIsAUsageError() throws IOException {
    CliRun run = CliRun.of("clean", "-o", temp.resolve("o").toString(), "--name-template", "${title}", dump().toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("error: --name-template: unknown variable '${title}'; the variables are ${id}, ");
    assertThat(temp.resolve("o")).doesNotExist();
  }

  @Test
  void aTemplateThatEndsInTheExtensionDoesNotDoubleIt() throws IOException {
    CliRun run = CliRun.of("clean", "-q", "-o", temp.resolve("o").toString(), "--name-template", "${id}.md", dump().toString());

    assertThat(run.exitCode()).isZero();
    assertThat(temp.resolve("o/000001.md")).exists();
    assertThat(temp.resolve("o/000001.md.md")).doesNotExist();
  }

  @Test
  void syncWritesTheSameFilesAndManifestAsARunWithoutIt() throws IOException {
    Path dump = Files.writeString(temp.resolve("d.txt"),
        DUMP + "\n# 柳湾村新建文化广场\n\n柳湾村文化广场今日落成,村民自发组织了文艺演出,广场设有健身器材和阅览室。\n");

    CliRun plain = CliRun.of("clean", "-q", "-o", temp.resolve("plain").toString(), "--fanout", "1", dump.toString());
    CliRun synced = CliRun.of("clean", "-q", "-o", temp.resolve("synced").toString(), "--fanout", "1", "--sync", dump.toString());

    assertThat(synced.exitCode()).isZero();
    assertThat(plain.exitCode()).isZero();
    assertThat(listing(temp.resolve("synced"))).isEqualTo(listing(temp.resolve("plain"))).hasSize(3);
    for (String name : listing(temp.resolve("plain"))) {
      assertThat(temp.resolve("synced").resolve(name)).hasSameBinaryContentAs(temp.resolve("plain").resolve(name));
    }
  }

  /** The files below {@code folder}, relative, in order; hidden journal and parts would show. */
  private static java.util.List<String> listing(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
    }
  }

  // 9. Options that have no effect with --output -.

  @Test
  void fileOptionsGivenWithOutputStdoutAreAUsageError() throws IOException {
    Path dump = dump();
    for (String[] option : new String[][] {{"--format", "txt"}, {"--fanout", "10"}, {"--name-template", "${slug}"}, {"--overwrite"}, {"--sync"}}) {
      String[] args = Stream.concat(Stream.of("clean", "-o", "-", dump.toString()), Stream.of(option)).toArray(String[]::new);

      CliRun run = CliRun.of(args);

      assertThat(run.exitCode()).as(option[0]).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).startsWith("error: " + option[0] + " shapes the files of --output DIR; it has no effect with --output -");
    }
  }

  @Test
  void fileOptionsFromAConfigFileAreIgnoredWithOutputStdout() throws IOException {
    Path config = Files.writeString(temp.resolve("c.properties"), "format=txt\nfanout=10\noverwrite=true\n");

    CliRun run = CliRun.of("clean", "-q", "--config", config.toString(), "-o", "-", dump().toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("{\"schema\":");
    assertThat(run.err()).isEmpty();
  }

  // 10. A folder with files but no manifest.

  @Test
  void aFolderWithFilesButNoManifestIsRefusedUnlessOverwrite() throws IOException {
    Path dump = dump();
    Path out = Files.createDirectories(temp.resolve("o"));
    Files.writeString(out.resolve("000001-桐林乡修缮古戏台.md"), "someone else's file\n");

    CliRun refused = CliRun.of("clean", "-o", out.toString(), dump.toString());
    CliRun forced = CliRun.of("clean", "-q", "-o", out.toString(), "--overwrite", dump.toString());

    assertThat(refused.exitCode()).isEqualTo(3);
    assertThat(refused.out()).isEmpty();
    assertThat(refused.err()).isEqualTo("error: " + out + ": is not empty and holds no manifest.jsonl; choose an empty folder, or pass --overwrite to write into it\n");
    assertThat(forced.exitCode()).isZero();
    assertThat(out.resolve("000001-桐林乡修缮古戏台-2.md")).exists();
  }

  @Test
  void anEmptyExistingFolderIsAccepted() throws IOException {
    Path out = Files.createDirectories(temp.resolve("o"));
    // Hidden entries cannot clash with an article's name, which never starts with a dot.
    Files.writeString(out.resolve(".gitkeep"), "");

    assertThat(CliRun.of("clean", "-q", "-o", out.toString(), dump().toString()).exitCode()).isZero();
  }

  // 11. A failed run does not block its retry.

  @Test
  void aRunThatFailsBeforeItsFirstFileLeavesNothingThatBlocksTheRetry() throws IOException {
    Path bad = Files.write(temp.resolve("bad.txt"), new byte[] {'#', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
    Path out = temp.resolve("o");

    CliRun failed = CliRun.of("clean", "--strict", "-o", out.toString(), bad.toString());
    boolean leftBehind = Files.exists(out);
    CliRun retry = CliRun.of("clean", "-q", "-o", out.toString(), dump().toString());

    assertThat(failed.exitCode()).isEqualTo(3);
    assertThat(leftBehind).isFalse();
    assertThat(retry.exitCode()).isZero();
    assertThat(retry.err()).isEmpty();
  }

  // The journal: an unfinished run is replaced by the next run without --overwrite.

  @Test
  void aKilledRunsLeftoversAreReplacedWithoutOverwrite() throws IOException {
    Path out = Files.createDirectories(temp.resolve("o"));
    Files.writeString(out.resolve(".newstidy-journal"), "newstidy journal 1\n000001-旧稿.md\n000002-半截.md\n");
    Files.writeString(out.resolve("000001-旧稿.md"), "---\nid: 1\n---\n");
    Files.writeString(out.resolve(".000002-半截.md.part"), "---\nid: 2\n");
    Files.writeString(out.resolve(".manifest.jsonl.part"), "{\"id\":1,");
    Files.writeString(out.resolve("notes.txt"), "not the run's\n");

    CliRun run = CliRun.of("clean", "-q", "-o", out.toString(), dump().toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(names(out)).containsExactly("000001-桐林乡修缮古戏台.md", "manifest.jsonl", "notes.txt");
    assertThat(Files.readString(out.resolve("manifest.jsonl"))).contains("\"file\":\"000001-桐林乡修缮古戏台.md\"");
  }

  @Test
  void aRunThatFailedAfterSomeFilesIsReplacedAndTheManifestListsExactlyTheFilesPresent() throws IOException {
    Path good = Files.writeString(temp.resolve("a.txt"), DUMP);
    Path bad = Files.write(temp.resolve("b.txt"), new byte[] {'#', ' ', 'x', '\n', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
    Path other = Files.writeString(temp.resolve("c.txt"), "# 北岭村通了公交\n\n北岭村开通了第一条公交线路,村民进城不用再转车。\n");
    Path out = temp.resolve("o");

    CliRun failed = CliRun.of("clean", "-q", "--strict", "-o", out.toString(), good.toString(), bad.toString());
    java.util.List<String> leftAfterFailure = names(out);
    CliRun retry = CliRun.of("clean", "-q", "-o", out.toString(), other.toString());

    assertThat(failed.exitCode()).isEqualTo(3);
    assertThat(leftAfterFailure).containsExactly(".newstidy-journal", "000001-桐林乡修缮古戏台.md", "manifest.jsonl");
    assertThat(retry.exitCode()).isZero();
    assertThat(retry.err()).isEmpty();
    assertThat(names(out)).containsExactly("000001-北岭村通了公交.md", "manifest.jsonl");
    assertThat(Files.readAllLines(out.resolve("manifest.jsonl"))).hasSize(1);
  }

  @Test
  void aFileCalledLikeTheJournalThatIsNotOneIsNeverActedOn() throws IOException {
    // Look-alike: the name without the header line.
    Path out = Files.createDirectories(temp.resolve("o"));
    Files.writeString(out.resolve(".newstidy-journal"), "000001-别人的.md\n");
    Files.writeString(out.resolve("000001-别人的.md"), "keep me\n");

    CliRun run = CliRun.of("clean", "-q", "-o", out.toString(), dump().toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("error: " + out.resolve(".newstidy-journal") + ": not a newstidy journal; remove it by hand\n");
    assertThat(out.resolve("000001-别人的.md")).hasContent("keep me");
  }

  private static java.util.List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
