package dev.newstidy.model;

/**
 * What reading one input found, for the run report.
 *
 * @param bytes bytes read from the file or stdin, before decompression
 * @param records JSON Lines pages read (0 for text)
 * @param malformed JSON Lines lines skipped as malformed
 */
public record InputStats(
    String path,
    long bytes,
    long records,
    long malformed,
    String compression,
    String encoding,
    boolean binary) {}
