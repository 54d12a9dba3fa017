/**
 * The measuring harness, compiled with the tests and never shipped: clean articles composed from
 * small vocabularies, a seeded corruption generator that turns them into a damaged dump plus its
 * truth, a scorer that runs newstidy in-process and compares, and the speed tools (a large dump
 * generator, a plain file-writing loop, a JFR profile summary).
 *
 * <p>It may depend on everything in newstidy; nothing in {@code src/main} depends on it.
 */
package dev.newstidy.eval;
