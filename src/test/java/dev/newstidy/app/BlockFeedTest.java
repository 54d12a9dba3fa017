package dev.newstidy.app;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newstidy.input.InputSource;
import dev.newstidy.input.ReadSettings;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class BlockFeedTest {
  @Test
  void anErrorInTheReaderThreadSurfacesInsteadOfHanging() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() {
            throw new OutOfMemoryError("simulated: the reader ran out of heap");
          }

          @Override
          public int read(byte[] b, int off, int len) {
            throw new OutOfMemoryError("simulated: the reader ran out of heap");
          }
        };
    BlockFeed feed = new BlockFeed(ReadSettings.defaults(), failing);

    Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () ->
            assertThatThrownBy(() -> feed.feedInBackground(List.of(InputSource.stdin()), event -> {}))
                .isInstanceOf(OutOfMemoryError.class)
                .hasMessageContaining("simulated"));
  }
}
