package dev.newstidy.input;

import dev.newstidy.model.Origin;

/**
 * One text to cut into articles: a whole file, or one page of a JSON Lines dump.
 *
 * @param path the input's path as given ({@code -} for stdin)
 * @param record the page's 1-based line in a JSON Lines dump, 0 for a plain text file
 * @param origin the encoding and the page's other fields, carried into its articles
 * @param lines the document's lines, numbered from 1 within the document
 */
public record Document(String path, long record, Origin origin, LineSource lines) {}
