package dev.newstidy.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The decompressed bytes of one input, ending after {@code limit} of them ({@code
 * --max-input-bytes}): a 1 KiB {@code .zst} that expands without end reads as its first {@code
 * limit} bytes, and {@code overLimit} is run once, to warn, or to stop the run by throwing (pinned by
 * {@code BoundedInputTest}). An input of exactly {@code limit} bytes is read whole, unwarned.
 */
final class BoundedInput extends FilterInputStream {
  /** Told once when an input holds more than the limit. */
  @FunctionalInterface
  interface OverLimit {
    void reached(long limit) throws IOException;
  }

  private final long limit;
  private final OverLimit overLimit;
  private long read;
  private boolean told;

  BoundedInput(InputStream in, long limit, OverLimit overLimit) {
    super(in);
    this.limit = limit;
    this.overLimit = overLimit;
  }

  @Override
  public int read() throws IOException {
    if (read >= limit) {
      return atLimit();
    }
    int b = in.read();
    if (b >= 0) {
      read++;
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (read >= limit) {
      return atLimit();
    }
    int n = in.read(b, off, (int) Math.min(len, limit - read));
    if (n > 0) {
      read += n;
    }
    return n;
  }

  /** At the limit: the end, unless the input really ends here too. */
  private int atLimit() throws IOException {
    if (!told && in.read() >= 0) {
      told = true;
      overLimit.reached(limit);
    }
    return -1;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = in.skip(Math.min(n, Math.max(0, limit - read)));
    read += skipped;
    return skipped;
  }

  @Override
  public int available() throws IOException {
    return (int) Math.min(in.available(), Math.max(0, limit - read));
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
