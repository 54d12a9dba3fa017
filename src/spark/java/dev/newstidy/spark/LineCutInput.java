package dev.newstidy.spark;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that ends at the first line end at or after {@code limit} bytes, so that a task's
 * look-ahead stops on a whole line; {@link #wasCut} says whether it ended there or with the stream.
 *
 * <p>Example, pinned by {@code LineCutInputTest}: {@code "ab\ncd\nef"} cut at 4 gives {@code
 * "ab\ncd\n"}, and was cut; cut at 100 gives it all, and was not.
 */
final class LineCutInput extends FilterInputStream {
  private final long limit;
  private long read;
  private boolean cut;

  LineCutInput(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  boolean wasCut() {
    return cut;
  }

  @Override
  public int read() throws IOException {
    if (cut) {
      return -1;
    }
    int b = in.read();
    if (b >= 0) {
      read++;
      if (read >= limit && (b == '\n' || b == '\r')) {
        cut = true;
      }
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (cut) {
      return -1;
    }
    if (read < limit) {
      int n = in.read(buffer, offset, (int) Math.min(length, limit - read));
      if (n > 0) {
        read += n;
        if (read >= limit && (buffer[offset + n - 1] == '\n' || buffer[offset + n - 1] == '\r')) {
          cut = true;
        }
      }
      return n;
    }
    if (length == 0) {
      return 0;
    }
    int b = read();
    if (b < 0) {
      return -1;
    }
    buffer[offset] = (byte) b;
    return 1;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = 0;
    while (skipped < n && read() >= 0) {
      skipped++;
    }
    return skipped;
  }

  @Override
  public int available() {
    return 0;
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
