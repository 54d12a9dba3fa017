package dev.newstidy.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedInputTest {
  @Test
  void endsAtTheLimitAndSaysSoOnce() throws IOException {
    List<Long> told = new ArrayList<>();
    BoundedInput in = new BoundedInput(new ByteArrayInputStream(new byte[5000]), 1024, told::add);

    byte[] read = in.readAllBytes();

    assertThat(read).hasSize(1024);
    assertThat(in.read()).isEqualTo(-1);
    assertThat(told).containsExactly(1024L);
  }

  @Test
  void anInputOfExactlyTheLimitIsReadWholeUnwarned() throws IOException {
    List<Long> told = new ArrayList<>();
    BoundedInput in = new BoundedInput(new ByteArrayInputStream(new byte[1024]), 1024, told::add);

    assertThat(in.readAllBytes()).hasSize(1024);
    assertThat(told).isEmpty();
  }

  @Test
  void aThrowingListenerStopsTheRead() {
    BoundedInput in =
        new BoundedInput(new ByteArrayInputStream(new byte[5000]), 1024, limit -> {
          throw new InputException("x.txt.zst", "over the limit");
        });

    assertThatThrownBy(in::readAllBytes).isInstanceOf(InputException.class).hasMessage("x.txt.zst: over the limit");
  }
}
