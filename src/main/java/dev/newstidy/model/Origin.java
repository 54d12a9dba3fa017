package dev.newstidy.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;

/**
 * What every article cut from one document shares: the encoding its text was decoded with, for a
 * record of a structured input (a JSON Lines page, an XML or SGML record, a WET record) its other
 * fields (id, url, date, …) as raw JSON in the record's order, and the facts a record or a Markdown
 * front matter states outright (date, publisher, dateline), which fill the article's own.
 */
public record Origin(String encoding, ImmutableMap<String, String> fields, Metadata metadata) {
  public static final Origin UTF8 = new Origin("UTF-8", ImmutableMap.of());

  public Origin {
    checkNotNull(encoding, "encoding");
    fields = ImmutableMap.copyOf(fields);
    checkNotNull(metadata, "metadata");
  }

  /** An origin that states no metadata. */
  public Origin(String encoding, ImmutableMap<String, String> fields) {
    this(encoding, fields, Metadata.NONE);
  }
}
