package dev.newstidy.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputResolverTest {
  @TempDir Path root;

  @Test
  void readsFolderRecursivelyInSortedOrderAfterEarlierArguments() throws IOException {
    Path single = touch("a.txt");
    touch("dumps/2/x.md");
    touch("dumps/1/y.txt");
    touch("dumps/z.png");
    Path dumps = root.resolve("dumps");

    List<InputSource> sources = InputResolver.resolve(List.of(single.toString(), dumps.toString()));

    assertThat(sources)
        .extracting(InputSource::label)
        .containsExactly(
            single.toString(),
            dumps.resolve("1/y.txt").toString(),
            dumps.resolve("2/x.md").toString());
  }

  @Test
  void keepsArgumentOrderRatherThanSortingIt() throws IOException {
    Path b = touch("b.txt");
    Path a = touch("a.txt");

    List<InputSource> sources = InputResolver.resolve(List.of(b.toString(), a.toString()));

    assertThat(sources).extracting(InputSource::file).containsExactly(b, a);
  }

  @Test
  void takesOnlyTextAndMarkdownFilesFromFolder() throws IOException {
    touch("dumps/page.txt");
    touch("dumps/PAGE2.TXT");
    touch("dumps/notes.md");
    touch("dumps/scan.pdf");
    touch("dumps/page.txt.bak");
    touch("dumps/README");

    List<InputSource> sources = InputResolver.resolve(List.of(root.resolve("dumps").toString()));

    assertThat(sources)
        .extracting(source -> source.file().getFileName().toString())
        .containsExactly("PAGE2.TXT", "notes.md", "page.txt");
  }

  @Test
  void skipsHiddenFilesAndFolders() throws IOException {
    touch("dumps/.draft.txt");
    touch("dumps/.git/notes.txt");
    touch("dumps/kept.txt");

    List<InputSource> sources = InputResolver.resolve(List.of(root.resolve("dumps").toString()));

    assertThat(sources)
        .extracting(source -> source.file().getFileName().toString())
        .containsExactly("kept.txt");
  }

  @Test
  void readsFolderThatIsItselfHiddenWhenNamedExplicitly() throws IOException {
    touch(".cache/kept.txt");

    List<InputSource> sources = InputResolver.resolve(List.of(root.resolve(".cache").toString()));

    assertThat(sources)
        .extracting(source -> source.file().getFileName().toString())
        .containsExactly("kept.txt");
  }

  @Test
  void readsFileNamedExplicitlyWhateverItsExtension() throws IOException {
    Path log = touch("scrape.log");

    assertThat(InputResolver.resolve(List.of(log.toString())))
        .extracting(InputSource::file)
        .containsExactly(log);
  }

  @Test
  void dashIsStandardInput() throws IOException {
    List<InputSource> sources = InputResolver.resolve(List.of("-"));

    assertThat(sources)
        .singleElement()
        .satisfies(
            source -> {
              assertThat(source.isStdin()).isTrue();
              assertThat(source.label()).isEqualTo("-");
            });
  }

  @Test
  void missingPathFailsBeforeAnythingIsRead() throws IOException {
    Path present = touch("a.txt");
    String missing = root.resolve("missing.txt").toString();

    assertThatThrownBy(() -> InputResolver.resolve(List.of(present.toString(), missing)))
        .isInstanceOf(InputException.class)
        .hasMessage(missing + ": no such file or directory");
  }

  @Test
  void emptyFolderGivesNoDocuments() throws IOException {
    Files.createDirectories(root.resolve("empty"));

    assertThat(InputResolver.resolve(List.of(root.resolve("empty").toString()))).isEmpty();
  }

  @Test
  void warnsAboutDanglingLinksFifosAndLinksOutOfTheFolder() throws Exception {
    Path dumps = Files.createDirectories(root.resolve("dumps"));
    Path inside = touch("dumps/a.txt");
    Path outside = touch("elsewhere/b.txt");
    Files.createSymbolicLink(dumps.resolve("b.txt"), outside);
    Files.createSymbolicLink(dumps.resolve("c.txt"), dumps.resolve("a.txt"));
    Files.createSymbolicLink(dumps.resolve("gone.txt"), root.resolve("missing.txt"));
    assertThat(new ProcessBuilder("mkfifo", dumps.resolve("pipe.jsonl").toString()).start().waitFor()).isZero();
    List<String> warnings = new java.util.ArrayList<>();

    List<InputSource> sources = InputResolver.resolve(List.of(dumps.toString()), List.of(), List.of(), warnings::add);

    assertThat(sources)
        .extracting(InputSource::label)
        .containsExactly(inside.toString(), dumps.resolve("b.txt").toString(), dumps.resolve("c.txt").toString());
    assertThat(warnings)
        .containsExactly(
            "warning: " + dumps.resolve("b.txt") + ": symbolic link out of " + dumps + " to " + outside.toRealPath() + "; read",
            "warning: " + dumps.resolve("gone.txt") + ": dangling symbolic link; skipped",
            "warning: " + dumps.resolve("pipe.jsonl") + ": not a regular file (a FIFO, socket or device); skipped");
  }

  private Path touch(String relative) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "正文。\n");
  }

  @Test
  void namesADumpByTheSameRuleOnAClusterAsInAFolder() {
    assertThat(InputResolver.isDumpName("page.txt")).isTrue();
    assertThat(InputResolver.isDumpName("feed.jsonl.zst")).isTrue();
    assertThat(InputResolver.isDumpName("PAGE2.TXT")).isTrue();
    assertThat(InputResolver.isDumpName("scan.pdf")).isFalse();
    assertThat(InputResolver.isDumpName("page.txt.bak")).isFalse();
  }

  @Test
  void anOpenedSourceReadsThroughItsOpenerAndIsNoStdin() throws IOException {
    InputSource remote =
        InputSource.opened("hdfs://archive/dump.txt", () -> new java.io.ByteArrayInputStream(new byte[] {'x'}));

    assertThat(remote.isStdin()).isFalse();
    assertThat(remote.file()).isNull();
    try (java.io.InputStream in = remote.open(new java.io.ByteArrayInputStream(new byte[] {'s'}))) {
      assertThat(in.readAllBytes()).containsExactly('x');
    }
    assertThat(InputSource.stdin().isStdin()).isTrue();
  }
}
