package dev.newstidy.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The process's stdout, keeping the error a write failed with: a PrintWriter swallows it, and the
 * run must tell a reader that went away ({@code | head}, exit 0) from a full disk (exit 3).
 */
final class StdoutFailure extends FilterOutputStream {
  private volatile IOException failure;

  StdoutFailure(OutputStream out) {
    super(out);
  }

  /** The error the last failed write or flush threw, or null. */
  IOException failure() {
    return failure;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      failure = e;
      throw e;
    }
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      failure = e;
      throw e;
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      failure = e;
      throw e;
    }
  }
}
