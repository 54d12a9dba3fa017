package dev.newstidy.app;

import dev.newstidy.input.InputSource;
import dev.newstidy.model.Block;
import dev.newstidy.model.InputStats;
import dev.newstidy.model.Origin;

/** One step of reading the inputs, in order: what {@link BlockFeed} hands to the run. */
sealed interface FeedEvent {
  /** An input is about to be read. */
  record InputStart(InputSource input) implements FeedEvent {}

  /** A document (a file, or a JSON Lines page) begins. */
  record DocumentStart(Origin origin) implements FeedEvent {}

  /** The next block of the current document. */
  record NextBlock(Block block) implements FeedEvent {}

  /** The current document ended. */
  record DocumentEnd() implements FeedEvent {}

  /** An input was read (or skipped as binary). */
  record InputEnd(InputStats stats) implements FeedEvent {}

  /** A one-line warning about the input, kept in order with the rest. */
  record Note(String message) implements FeedEvent {}
}
