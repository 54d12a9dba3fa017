package dev.newstidy.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newstidy.model.Article;
import dev.newstidy.model.Origin;
import dev.newstidy.model.Part;
import dev.newstidy.model.SourceSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that fails on its own error keeps every article it handed over, however far the writer
 * thread had got: the same failing command always leaves the same folder.
 */
class DirectorySinkFailureTest {
  @TempDir Path temp;

  @Test
  void aFailedRunWritesAndListsEveryArticleHandedOverBeforeTheFailure() throws IOException {
    Path out = temp.resolve("o");
    DirectorySink sink = DirectorySink.open(out, OutputFormat.MD, new FileNamer(FileNamer.DEFAULT_TEMPLATE, 0), false);
    int count = 300;
    for (int id = 1; id <= count; id++) {
      sink.write(id, article("第" + id + "号通知", id), Origin.UTF8);
    }

    sink.fail();

    assertThat(articleFiles(out)).hasSize(count);
    assertThat(Files.readAllLines(out.resolve(DirectorySink.MANIFEST))).hasSize(count);
  }

  @Test
  void aRunStoppedBySignalMayDropWhatWasNotBegunButListsExactlyTheFilesPresent() throws IOException {
    Path out = temp.resolve("o");
    DirectorySink sink = DirectorySink.open(out, OutputFormat.MD, new FileNamer(FileNamer.DEFAULT_TEMPLATE, 0), false);
    for (int id = 1; id <= 300; id++) {
      sink.write(id, article("第" + id + "号通知", id), Origin.UTF8);
    }

    sink.abort();

    long files = articleFiles(out).size();
    long listed = Files.exists(out.resolve(DirectorySink.MANIFEST)) ? Files.readAllLines(out.resolve(DirectorySink.MANIFEST)).size() : 0;
    assertThat(listed).isEqualTo(files);
  }

  private static Article article(String title, int id) {
    SourceSpan span = SourceSpan.of("d.txt", id * 3, id * 3 + 2);
    return Article.of(title, span, List.of(Part.paragraph("镇上今天发布了第" + id + "号通知，请居民留意。", span)));
  }

  private static List<Path> articleFiles(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".md")).toList();
    }
  }
}
