package dev.newstidy.spark;

import static com.google.common.base.Preconditions.checkArgument;

import dev.newstidy.output.RecordJson;

/**
 * Gives a record rendered within its split its run-wide id. A record opens with its schema and id
 * in that fixed order ({@code RecordJson}), so the id is swapped in place and nothing else moves.
 *
 * <p>Example, pinned by {@code RecordIdsTest}: {@code {"schema":2,"id":2,"lang":"zh-Hans",…}} with id
 * 40 gives {@code {"schema":2,"id":40,"lang":"zh-Hans",…}}; a line that opens otherwise is refused.
 */
final class RecordIds {
  private static final String OPENING = "{\"schema\":" + RecordJson.SCHEMA + ",\"id\":";

  private RecordIds() {}

  static String withId(String record, long id) {
    checkArgument(record.startsWith(OPENING), "not a record of schema " + RecordJson.SCHEMA + ": %s", record);
    int end = record.indexOf(',', OPENING.length());
    checkArgument(end > 0, "record without fields after its id: %s", record);
    return OPENING + id + record.substring(end);
  }
}
