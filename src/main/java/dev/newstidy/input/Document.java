package dev.newstidy.input;

import dev.newstidy.model.Origin;

/**
 * One text to cut into articles: a whole file, or one record of a structured input (a JSON Lines
 * page, a JSON array element, an XML or SGML record, a WET page).
 *
 * @param path the input's path as given ({@code -} for stdin)
 * @param record the page's 1-based line in a JSON Lines dump, the record's 1-based place in other
 *     structured inputs, 0 for a plain text file
 * @param origin the encoding and the record's other fields and stated metadata, carried into its
 *     articles
 * @param lines the document's lines, numbered from 1 within the document
 */
public record Document(String path, long record, Origin origin, LineSource lines) {}
