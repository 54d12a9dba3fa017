package dev.newstidy.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.newstidy.input.InputException;
import dev.newstidy.stage.dedup.ListParagraphStore;
import dev.newstidy.stage.dedup.NearDuplicateIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzzes the index loader with any file content: it loads an index or refuses the file with a
 * one-line {@link InputException}; it never throws anything else, and a count that the file cannot
 * hold never makes it allocate for that count. Seeds (indexes that {@code clean --index} wrote, with
 * and without near-copy state): {@code IndexFileFuzzTestInputs/loadsOrRefusesAnyFile}.
 */
class IndexFileFuzzTest {
  private static final Path FOLDER = folder();

  @FuzzTest
  void loadsOrRefusesAnyFile(byte[] data) throws IOException {
    Path file = FOLDER.resolve("fuzz.idx");
    Files.write(file, data);
    for (boolean withNear : new boolean[] {false, true}) {
      try (IndexFile index = IndexFile.lock(file)) {
        index.load(withNear ? new NearDuplicateIndex(0.8, new ListParagraphStore()) : null);
      } catch (InputException e) {
        assertThat(e.getMessage()).doesNotContain("\n");
      }
    }
  }

  private static Path folder() {
    try {
      Path folder = Files.createTempDirectory("index-fuzz");
      folder.toFile().deleteOnExit();
      return folder;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
