package dev.newstidy.input;

import java.io.IOException;

/** Numbered lines of one document, read one at a time. */
public interface LineSource {
  /** The next line, or null at the end of the document. */
  Line next() throws IOException;
}
