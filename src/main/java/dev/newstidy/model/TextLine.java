package dev.newstidy.model;

/** One input line of a block, stripped, with its 1-based line number. */
public record TextLine(int number, String text) {}
