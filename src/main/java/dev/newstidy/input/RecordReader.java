package dev.newstidy.input;

import java.io.IOException;

/** Reads the records of one structured input in order, reporting and passing over malformed ones. */
interface RecordReader {
  /** The next record, or null at the end of the input. */
  InputRecord next() throws IOException;

  /** Where a reader reports what it passes over; under {@code --strict} each call stops the run. */
  interface Malformed {
    /** The record at {@code where} ({@code path:LINE}) is skipped because of {@code problem}. */
    void record(String where, String problem) throws InputException;

    /** Nothing more can be read from the input after {@code where}. */
    void rest(String where, String problem) throws InputException;

    /** The record at {@code where} holds {@code count} malformed byte sequences, read as U+FFFD. */
    void invalid(String where, int count) throws InputException;
  }
}
