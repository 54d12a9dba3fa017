/**
 * Sinks at the end of the chain: per-article files written atomically with a manifest, and JSON Lines on stdout. Must not depend on input, segment, stage or app.
 */
package dev.newstidy.output;
