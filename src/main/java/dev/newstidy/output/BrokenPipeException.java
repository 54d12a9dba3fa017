package dev.newstidy.output;

import java.io.IOException;

/** Standard output was closed by its reader ({@code | head}): the run ends quietly. */
public final class BrokenPipeException extends IOException {
  private static final long serialVersionUID = 1L;

  public BrokenPipeException() {
    super("standard output closed");
  }
}
