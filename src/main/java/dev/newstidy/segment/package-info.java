/**
 * Blocks to articles: headlines, sub-headlines, lead-ins, in-text subheadings, closing bylines and untitled items. Does no I/O; must not depend on input, output or app.
 */
package dev.newstidy.segment;
