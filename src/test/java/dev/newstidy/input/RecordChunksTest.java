package dev.newstidy.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordChunksTest {
  @Test
  void cutsRecordsWhereverTheyStandOnTheirLines() throws IOException {
    List<RecordChunks.Chunk> chunks = all("<docs>\n<doc><t>甲</t></doc><doc>\n<t>乙</t>\n</doc>\n</docs>", "doc");

    assertThat(chunks)
        .containsExactly(
            new RecordChunks.Chunk("<doc><t>甲</t></doc>", 2, true),
            new RecordChunks.Chunk("<doc>\n<t>乙</t>\n</doc>", 2, true));
  }

  @Test
  void aLookAlikeElementDoesNotOpenARecord() throws IOException {
    assertThat(all("<docno>1</docno>\n<document>x</document>\n<doc id=\"7\">y</doc>", "doc"))
        .containsExactly(new RecordChunks.Chunk("<doc id=\"7\">y</doc>", 3, true));
  }

  @Test
  void aRecordInterruptedByTheNextComesBackUnclosed() throws IOException {
    List<RecordChunks.Chunk> chunks = all("<doc>\n<t>甲</t>\n<doc>\n<t>乙</t>\n</doc>\n<doc>\n<t>丙", "doc");

    assertThat(chunks)
        .containsExactly(
            new RecordChunks.Chunk("<doc>\n<t>甲</t>\n", 1, false),
            new RecordChunks.Chunk("<doc>\n<t>乙</t>\n</doc>", 3, true),
            new RecordChunks.Chunk("<doc>\n<t>丙\n", 6, false));
  }

  @Test
  void textOutsideRecordsIsPassedOver() throws IOException {
    assertThat(all("<?xml version=\"1.0\"?>\nstray text & more\n", "doc")).isEmpty();
  }

  private static List<RecordChunks.Chunk> all(String text, String element) throws IOException {
    RecordChunks chunks = new RecordChunks(CharLineReader.of(text), element);
    List<RecordChunks.Chunk> out = new ArrayList<>();
    for (RecordChunks.Chunk c = chunks.next(); c != null; c = chunks.next()) {
      out.add(c);
    }
    return out;
  }
}
