/**
 * Streaming readers: bytes to numbered lines to blocks, with decoding errors reported by position. Structured inputs (JSON Lines, JSON, XML, SGML, WET, Markdown front matter) become documents with their headline, fields and stated metadata. No text rules beyond markdown heading lines and each format's own markup; must not depend on segment, stage or output.
 */
package dev.newstidy.input;
