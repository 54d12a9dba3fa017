package dev.newstidy.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CharLineReaderTest {
  @Test
  void eachLineEndEndsOneLine() throws IOException {
    assertThat(read("a\r\nb\rc")).containsExactly("1:a", "2:b", "3:c");
  }

  @Test
  void blankLinesAreKeptAndAFinalLineEndAddsNoLine() throws IOException {
    assertThat(read("a\n\n\nb\n")).containsExactly("1:a", "2:", "3:", "4:b");
  }

  private static List<String> read(String text) throws IOException {
    CharLineReader reader = CharLineReader.of(text);
    List<String> lines = new ArrayList<>();
    for (Line line = reader.next(); line != null; line = reader.next()) {
      lines.add(line.number() + ":" + line.text());
    }
    return lines;
  }
}
