/**
 * JMH benchmarks of newstidy's hot stages on a generated 10 MB dump held in memory; run them with
 * {@code src/bench/jmh.sh}. Each benchmark's time is for the whole dump, so MB/s is 10 000 divided
 * by the milliseconds per operation.
 */
package dev.newstidy.eval.jmh;
