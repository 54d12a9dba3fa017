package dev.newstidy.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;

/**
 * What every article cut from one document shares: the encoding its text was decoded with, and for
 * a page of a JSON Lines dump the page's other top-level fields (id, url, date, …) as raw JSON, in
 * the page's order.
 */
public record Origin(String encoding, ImmutableMap<String, String> fields) {
  public static final Origin UTF8 = new Origin("UTF-8", ImmutableMap.of());

  public Origin {
    checkNotNull(encoding, "encoding");
    fields = ImmutableMap.copyOf(fields);
  }
}
