/**
 * Immutable values that flow through the chain: blocks, articles, bylines, spans, removals, joins, warnings. Depends on nothing but Guava.
 */
package dev.newstidy.model;
