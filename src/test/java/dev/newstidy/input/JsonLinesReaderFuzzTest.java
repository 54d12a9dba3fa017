package dev.newstidy.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.newstidy.model.Block;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the JSON Lines reader ({@link DumpReader} with {@code --format jsonl}) with any bytes:
 * without {@code --strict} it never throws and reports each bad record as a one-line warning; with
 * {@code --strict} it stops with a one-line {@link InputException} or reads the same documents.
 * Seeds: {@code JsonLinesReaderFuzzTestInputs/readsAnyJsonLines}.
 */
class JsonLinesReaderFuzzTest {
  @FuzzTest
  void readsAnyJsonLines(byte[] data) throws IOException {
    List<String> warnings = new ArrayList<>();
    List<String> lenient = read(data, false, warnings);
    assertThat(warnings).allSatisfy(w -> assertThat(w).doesNotContain("\n"));

    try {
      List<String> strict = read(data, true, new ArrayList<>());
      assertThat(strict).isEqualTo(lenient);
    } catch (InputException e) {
      assertThat(e.getMessage()).doesNotContain("\n");
    }
  }

  /** Every block of every document, as {@code record:line:text}. */
  private static List<String> read(byte[] data, boolean strict, List<String> warnings) throws IOException {
    ReadSettings settings = new ReadSettings(InputFormat.JSONL, null, null, strict);
    List<String> blocks = new ArrayList<>();
    try (DumpReader reader =
        DumpReader.open(InputSource.stdin(), settings, new ByteArrayInputStream(data), warnings::add)) {
      for (Document document = reader.next(); document != null; document = reader.next()) {
        BlockReader blockReader = BlockReader.of(document, strict);
        for (Block block = blockReader.next(); block != null; block = blockReader.next()) {
          assertThat(block.text()).isNotBlank();
          blocks.add(document.record() + ":" + block.span().firstLine() + ":" + block.text());
        }
      }
    }
    return blocks;
  }
}
