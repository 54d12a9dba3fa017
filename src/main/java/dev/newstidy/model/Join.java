package dev.newstidy.model;

/**
 * A repaired break: the block ending at {@code line} went on in the block starting at {@code
 * nextLine}, and the two became one paragraph.
 */
public record Join(int line, int nextLine) {}
