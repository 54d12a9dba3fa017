package dev.newstidy.app;

import com.google.common.base.Utf8;
import dev.newstidy.input.InputSource;
import dev.newstidy.model.Block;
import dev.newstidy.model.InputStats;
import dev.newstidy.model.Origin;
import dev.newstidy.stage.dedup.ParagraphFingerprint;

/** One step of reading the inputs, in order: what {@link BlockFeed} hands to the run. */
sealed interface FeedEvent {
  /** An input is about to be read. */
  record InputStart(InputSource input) implements FeedEvent {}

  /** A document (a file, or a JSON Lines page) begins. */
  record DocumentStart(Origin origin) implements FeedEvent {}

  /**
   * The next block of the current document, with the UTF-8 length of its text, measured on the
   * reading thread so that the cleaning thread, the longest of a run, only adds it up; and, when
   * the feed was asked for them, the fingerprint of its text, made there for the same reason.
   *
   * @param print {@code ParagraphFingerprint.of(block.text())}, or null when not made ahead
   */
  record NextBlock(Block block, long utf8Bytes, ParagraphFingerprint.Fingerprint print) implements FeedEvent {
    NextBlock(Block block) {
      this(block, Utf8.encodedLength(block.text()), null);
    }

    /** The block, with the fingerprint of its text made now, in the reading thread. */
    static NextBlock withPrint(Block block) {
      return new NextBlock(block, Utf8.encodedLength(block.text()), ParagraphFingerprint.of(block.text()));
    }
  }

  /** The current document ended. */
  record DocumentEnd() implements FeedEvent {}

  /** An input was read (or skipped as binary). */
  record InputEnd(InputStats stats) implements FeedEvent {}

  /** A one-line warning about the input, kept in order with the rest. */
  record Note(String message) implements FeedEvent {}
}
