package dev.newstidy.app;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Standard input that tells, just before a read that would wait for its writer, that the input has
 * paused: the reader thread then hands on the blocks it already cut instead of holding them until
 * its batch fills, so that a feed that sends a few articles and pauses gets their records before
 * it sends more. Whether a read would wait is what {@link InputStream#available()} says: nothing
 * ready on a pipe or a terminal whose writer is quiet, never on a file until its end.
 *
 * <p>Example, pinned by {@code PauseAwareInputTest}: over a pipe that holds {@code 柳溪镇新桥通车。}
 * and no more, the read that takes those bytes runs no hook, and the next one runs it once before
 * it waits. It only tells: the bytes read, and so the output, are the same with or without it.
 */
final class PauseAwareInput extends FilterInputStream {
  private final Runnable beforeWait;

  /**
   * @param beforeWait runs in the reading thread before each read that would wait; what it throws
   *     ends the read
   */
  PauseAwareInput(InputStream in, Runnable beforeWait) {
    super(in);
    this.beforeWait = beforeWait;
  }

  @Override
  public int read() throws IOException {
    tellIfWaiting();
    return in.read();
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len > 0) {
      tellIfWaiting();
    }
    return in.read(b, off, len);
  }

  private void tellIfWaiting() {
    int ready;
    try {
      ready = in.available();
    } catch (IOException e) {
      // The read itself reports what is wrong with the input.
      return;
    }
    if (ready <= 0) {
      beforeWait.run();
    }
  }
}
