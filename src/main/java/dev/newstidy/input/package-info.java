/**
 * Streaming readers: bytes to numbered lines to blocks, with decoding errors reported by position. No text rules beyond markdown heading lines; must not depend on segment, stage or output.
 */
package dev.newstidy.input;
