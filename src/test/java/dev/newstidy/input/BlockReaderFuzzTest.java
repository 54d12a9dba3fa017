package dev.newstidy.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.newstidy.model.Block;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Fuzzes the block reader with any bytes: it never throws, and each block it gives is non-blank
 * and starts after the block before it. Seeds: {@code BlockReaderFuzzTestInputs/readsAnyBytes}.
 * Without {@code JAZZER_FUZZ} the seeds run as regression tests.
 */
class BlockReaderFuzzTest {
  @FuzzTest
  void readsAnyBytes(byte[] data) throws IOException {
    for (boolean strict : new boolean[] {false, true}) {
      BlockReader reader = new BlockReader(new LineReader(new ByteArrayInputStream(data)), "fuzz.txt", strict);
      int lastLine = 0;
      try {
        for (Block block = reader.next(); block != null; block = reader.next()) {
          assertThat(block.text()).isNotBlank();
          assertThat(block.span().firstLine()).isGreaterThan(lastLine);
          assertThat(block.span().lastLine()).isGreaterThanOrEqualTo(block.span().firstLine());
          lastLine = block.span().lastLine();
        }
      } catch (InputException e) {
        // Bad input under --strict is a one-line error, which is the documented outcome.
        assertThat(strict).as(e.getMessage()).isTrue();
        assertThat(e.getMessage()).doesNotContain("\n");
      }
    }
  }
}
