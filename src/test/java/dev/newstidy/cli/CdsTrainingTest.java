package dev.newstidy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The package-time training run: it runs its commands over a folder and leaves nothing behind. */
class CdsTrainingTest {
  @TempDir Path temp;

  @Test
  void runsOverAFolderAndRemovesItsWorkingFiles() throws IOException {
    Path samples = Files.createDirectories(temp.resolve("samples"));
    Files.writeString(samples.resolve("fern-valley.txt"), "# 松岭乡修好了山路\n\n松岭乡今天修好了通往北坡的山路。\n\n记者 晏书澜\n");
    Files.writeString(samples.resolve("notes.md"), "not a text sample\n");
    Path parent = Files.createDirectories(temp.resolve("tmp"));

    CdsTraining.train(samples, parent);

    try (Stream<Path> left = Files.list(parent)) {
      assertThat(left).isEmpty();
    }
    try (Stream<Path> files = Files.list(samples)) {
      assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("fern-valley.txt", "notes.md");
    }
  }

  @Test
  void aFailedTrainingRunFailsTheTrainingAndLeavesNothingBehind() throws IOException {
    Path samples = temp.resolve("no-such-folder");
    Path parent = Files.createDirectories(temp.resolve("tmp"));

    assertThatThrownBy(() -> CdsTraining.train(samples, parent)).isInstanceOf(IOException.class);

    try (Stream<Path> left = Files.list(parent)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void aSampleThatIsNotUtf8IsReadAsTheCleanRunReadsIt() throws IOException {
    Path samples = Files.createDirectories(temp.resolve("samples"));
    Files.write(samples.resolve("latin1.txt"), new byte[] {'C', 'a', 'f', (byte) 0xE9, '\n'});
    Path parent = Files.createDirectories(temp.resolve("tmp"));

    CdsTraining.train(samples, parent);

    try (Stream<Path> left = Files.list(parent)) {
      assertThat(left).isEmpty();
    }
  }
}
