/**
 * newstidy on Apache Spark: the CLI's pipeline run per task (a whole input, or a part of a large
 * text dump) on a cluster, with run-wide repeats decided globally (fingerprints reduced to their
 * first position, verdicts joined back in), so that the records equal {@code newstidy clean
 * --output -}. Depends on app, input, stage, output and Spark; nothing in the CLI depends on it.
 */
package dev.newstidy.spark;
