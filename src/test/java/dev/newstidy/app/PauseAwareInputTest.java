package dev.newstidy.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PauseAwareInputTest {
  @Test
  void tellsOnceBeforeTheReadThatWouldWaitAndNotBeforeOneThatTakesWhatIsThere() throws IOException {
    PipedOutputStream writer = new PipedOutputStream();
    PipedInputStream pipe = new PipedInputStream(writer, 1024);
    byte[] sent = "柳溪镇新桥通车。".getBytes(StandardCharsets.UTF_8);
    writer.write(sent);
    AtomicInteger told = new AtomicInteger();
    // The hook stands for the reader's hand-over; here it also lets the writer send the end.
    PauseAwareInput in =
        new PauseAwareInput(
            pipe,
            () -> {
              told.incrementAndGet();
              try {
                writer.close();
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });

    byte[] buffer = new byte[64];
    int first = in.read(buffer, 0, buffer.length);
    int toldAfterFirst = told.get();
    int second = in.read(buffer, 0, buffer.length);

    assertThat(first).isEqualTo(sent.length);
    assertThat(toldAfterFirst).isZero();
    assertThat(second).isEqualTo(-1);
    assertThat(told.get()).isEqualTo(1);
  }

  @Test
  void aFileNeverPausesBeforeItsEndAndTheBytesAreTheSame() throws IOException {
    byte[] text = "第一段。\n\n第二段。\n".getBytes(StandardCharsets.UTF_8);
    AtomicInteger told = new AtomicInteger();
    PauseAwareInput in = new PauseAwareInput(new ByteArrayInputStream(text), told::incrementAndGet);

    byte[] one = new byte[5];
    int n = in.read(one, 0, one.length);
    int before = told.get();
    byte[] rest = in.readAllBytes();

    assertThat(before).isZero();
    assertThat(n).isEqualTo(5);
    byte[] all = new byte[n + rest.length];
    System.arraycopy(one, 0, all, 0, n);
    System.arraycopy(rest, 0, all, n, rest.length);
    assertThat(all).isEqualTo(text);
  }
}
