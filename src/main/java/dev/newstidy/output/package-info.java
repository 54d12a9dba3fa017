/**
 * Sinks at the end of the chain: per-article files written atomically with a manifest, JSON Lines on stdout, and the HTML review page. Must not depend on input, segment, stage or app.
 */
package dev.newstidy.output;
