/**
 * Repeated-paragraph removal: fingerprints and the paragraph index behind an interface, so that another index can be brought without changing the stages.
 */
package dev.newstidy.stage.dedup;
