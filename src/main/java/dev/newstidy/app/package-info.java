/**
 * One run: wires the inputs through the pipeline into a sink, owns the loop and the closing. Holds no text rules; must not depend on cli.
 */
package dev.newstidy.app;
