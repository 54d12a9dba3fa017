package dev.newstidy.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newstidy.model.Article;
import dev.newstidy.model.Origin;
import dev.newstidy.model.Part;
import dev.newstidy.model.SourceSpan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesSinkTest {
  /** Text that exercises every branch of a JSON string writer. */
  private static final List<String> TEXTS =
      List.of(
          "松林镇的桥修好了，村民说：“好。”",
          "The bridge at Elmford \"reopened\" \\ on Monday\t.",
          "Beyond the BMP: 😀 and 𠀀 and 𪚥.",
          "Controls \u0001 \u001f, separators \u2028 \u2029, and é, ß, Ω.");

  @Test
  void theByteStreamGivesTheSameBytesAsTheWriter() throws IOException {
    ByteArrayOutputStream viaWriter = new ByteArrayOutputStream();
    PrintWriter writer = new PrintWriter(new OutputStreamWriter(viaWriter, StandardCharsets.UTF_8));
    JsonLinesSink one = new JsonLinesSink(writer);
    ByteArrayOutputStream viaBytes = new ByteArrayOutputStream();
    JsonLinesSink two = new JsonLinesSink(viaBytes, () -> null);
    long id = 1;
    for (String text : TEXTS) {
      one.write(id, article(text), Origin.UTF8);
      two.write(id, article(text), Origin.UTF8);
      id++;
    }
    one.close();
    writer.flush();
    two.close();

    assertThat(viaBytes.toString(StandardCharsets.ISO_8859_1)).isEqualTo(viaWriter.toString(StandardCharsets.ISO_8859_1));
    assertThat(viaBytes.toString(StandardCharsets.UTF_8)).contains("😀 and 𠀀").hasLineCount(TEXTS.size());
  }

  /**
   * The one difference: a lone half of a surrogate pair (only an escaped one in a JSON Lines page
   * can bring it in) is kept as its JSON escape, where the writer's encoder put a {@code ?}.
   */
  @Test
  void aLoneSurrogateIsWrittenAsItsEscapeNotAsAQuestionMark() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JsonLinesSink sink = new JsonLinesSink(bytes, () -> null);
    sink.write(1, article("A lone half: \uD83D, a tail alone: \uDE00 end."), Origin.UTF8);
    sink.close();

    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("\"title\":\"A lone half: \\uD83D, a tail alone: \\uDE00 end.\"");
  }

  @Test
  void eachRecordReachesTheByteStreamAsItIsWritten() throws IOException {
    // a reader of a stream sees each record at once, not when 64 KiB have gathered
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JsonLinesSink sink = new JsonLinesSink(bytes, () -> null);
    sink.write(1, article("The ferry to Marrow Isle ran again."), Origin.UTF8);

    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Marrow Isle").hasLineCount(1).endsWith("\n");
    sink.close();
  }

  /**
   * Written in batches, records wait for the batch's flush, and leave whole: 64 KiB of them leave
   * at the end of the record that passes the mark, never in the middle of one.
   */
  @Test
  void inBatchesRecordsLeaveWholeAtTheFlushOrOnceManyHaveGathered() throws IOException {
    List<Integer> writes = new java.util.ArrayList<>();
    ByteArrayOutputStream bytes =
        new ByteArrayOutputStream() {
          @Override
          public synchronized void write(byte[] b, int off, int len) {
            writes.add(len);
            super.write(b, off, len);
          }
        };
    JsonLinesSink sink = new JsonLinesSink(bytes, () -> null);
    sink.writeInBatches();
    sink.write(1, article("The ferry to Marrow Isle ran again."), Origin.UTF8);
    sink.write(2, article("The mill at Elmford reopened."), Origin.UTF8);

    assertThat(bytes.size()).isZero();
    sink.flush();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).hasLineCount(2).endsWith("\n");
    assertThat(writes).hasSize(1);

    String longer = "The ferry to Marrow Isle ran again after the storm. ".repeat(60);
    for (int i = 3; bytes.size() < 3 * (1 << 16); i++) {
      sink.write(i, article(longer), Origin.UTF8);
      assertThat(bytes.toString(StandardCharsets.UTF_8)).endsWith("\n");
    }
    assertThat(writes.size()).isBetween(3, 4);
    sink.close();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).endsWith("\n");
  }

  /** A record longer than the sink holds (a cut article of megabytes) streams on as it comes. */
  @Test
  void inBatchesARecordOfMegabytesStreamsOnWithoutBeingHeld() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JsonLinesSink sink = new JsonLinesSink(bytes, () -> null);
    sink.writeInBatches();
    sink.write(1, article("The ferry to Marrow Isle ran again."), Origin.UTF8);
    sink.write(2, article("Tide tables for the week. ".repeat(100_000)), Origin.UTF8);

    assertThat(bytes.size()).isGreaterThan(1 << 20);
    sink.close();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).hasLineCount(2).endsWith("\n");
  }

  @Test
  void abortAndFailKeepWhatWasWrittenOnTheByteStream() throws IOException {
    ByteArrayOutputStream aborted = new ByteArrayOutputStream();
    JsonLinesSink one = new JsonLinesSink(aborted, () -> null);
    one.write(1, article("First story from Elmford."), Origin.UTF8);
    one.write(2, article("Second story from Elmford."), Origin.UTF8);
    one.abort();
    one.abort();
    ByteArrayOutputStream failed = new ByteArrayOutputStream();
    JsonLinesSink two = new JsonLinesSink(failed, () -> null);
    two.write(1, article("First story from Elmford."), Origin.UTF8);
    two.write(2, article("Second story from Elmford."), Origin.UTF8);
    two.fail();

    assertThat(aborted.toString(StandardCharsets.UTF_8)).hasLineCount(2).contains("Second story");
    assertThat(failed.toByteArray()).isEqualTo(aborted.toByteArray());
  }

  /** Written in batches, abort and fail still pass on every record written before them. */
  @Test
  void inBatchesAbortAndFailKeepWhatWasWritten() throws IOException {
    ByteArrayOutputStream aborted = new ByteArrayOutputStream();
    JsonLinesSink one = new JsonLinesSink(aborted, () -> null);
    one.writeInBatches();
    one.write(1, article("First story from Elmford."), Origin.UTF8);
    one.write(2, article("Second story from Elmford."), Origin.UTF8);
    one.abort();
    ByteArrayOutputStream failed = new ByteArrayOutputStream();
    JsonLinesSink two = new JsonLinesSink(failed, () -> null);
    two.writeInBatches();
    two.write(1, article("First story from Elmford."), Origin.UTF8);
    two.write(2, article("Second story from Elmford."), Origin.UTF8);
    two.fail();

    assertThat(aborted.toString(StandardCharsets.UTF_8)).hasLineCount(2).contains("Second story");
    assertThat(failed.toByteArray()).isEqualTo(aborted.toByteArray());
  }

  @Test
  void abortOnAFailingByteStreamThrowsNothing() throws IOException {
    // the run is already failing: its own error is the one to report
    JsonLinesSink sink = new JsonLinesSink(failing("No space left on device"), () -> null);
    assertThatThrownBy(() -> writeUntilItFails(sink)).isInstanceOf(OutputException.class);

    sink.abort();
    sink.fail();
  }

  @Test
  void aFullDiskIsAnOutputErrorWhileAClosedPipeEndsQuietlyOnTheByteStream() {
    assertThatThrownBy(() -> writeUntilItFails(new JsonLinesSink(failing("No space left on device"), () -> null)))
        .isInstanceOf(OutputException.class)
        .hasMessageContaining("No space left");
    assertThatThrownBy(() -> writeUntilItFails(new JsonLinesSink(failing("Broken pipe"), () -> null)))
        .isInstanceOf(BrokenPipeException.class);
  }

  private static void writeUntilItFails(JsonLinesSink sink) throws IOException {
    for (int i = 1; i <= 5000; i++) {
      sink.write(i, article("Body of a story from Elmford."), Origin.UTF8);
    }
    sink.close();
  }

  private static OutputStream failing(String message) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException(message);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        throw new IOException(message);
      }
    };
  }

  private static Article article(String text) {
    return Article.of(text, SourceSpan.of("dump.txt", 1, 1), List.of(Part.paragraph(text, SourceSpan.of("dump.txt", 3, 3))));
  }
}
