package dev.newstidy.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newstidy.input.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HadoopInputsTest {
  @TempDir Path temp;

  @Test
  void walksAFolderAsTheCliDoes() throws Exception {
    Path news = Files.createDirectories(temp.resolve("news"));
    for (String name : List.of("b.txt", "a.jsonl", ".draft.txt", "notes.pdf", "sub/c.txt.gz", ".git/d.txt")) {
      Files.createDirectories(news.resolve(name).getParent());
      Files.writeString(news.resolve(name), "x");
    }
    Path alone = Files.writeString(temp.resolve("z.md"), "x");

    List<String> uris = HadoopInputs.resolve(List.of(alone.toString(), news.toString()), new Configuration());

    String base = "file:" + news;
    assertThat(uris).containsExactly("file:" + alone, base + "/a.jsonl", base + "/b.txt", base + "/sub/c.txt.gz");
  }

  @Test
  void aMissingInputIsAnInputError() {
    assertThatThrownBy(() -> HadoopInputs.resolve(List.of(temp.resolve("none.txt").toString()), new Configuration()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("none.txt");
  }
}
