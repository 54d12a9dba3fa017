package dev.newstidy.input;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import dev.newstidy.model.Metadata;

/**
 * One record of a structured input (a JSON array element, an XML or SGML record, a WET record): its
 * headline and text as the record states them, and its other fields.
 *
 * @param number the record's 1-based place in its input
 * @param title the headline the record names, or null
 * @param text the record's text, lines numbered from 1
 * @param fields the record's other fields as raw JSON, in the record's order
 * @param metadata the dateline, date or publisher the record states outright
 */
record InputRecord(long number, String title, LineSource text, ImmutableMap<String, String> fields, Metadata metadata) {
  InputRecord {
    checkArgument(number >= 1, "record %s is not 1-based", number);
    checkNotNull(text, "text");
    fields = ImmutableMap.copyOf(fields);
    checkNotNull(metadata, "metadata");
  }
}
