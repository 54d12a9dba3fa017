package dev.newstidy.spark;

import java.util.List;
import java.util.Locale;

/**
 * The JSON Lines output's manifest, {@code _manifest.jsonl}: one line per part file, in order, with
 * how many records it holds, their first and last run ids ({@code null} for an empty part) and its
 * size in bytes. The CLI's {@code manifest.jsonl} lists one file per article; here the files are
 * parts, so a part is what a line lists, and the records themselves are in the parts. The leading
 * {@code _} keeps Hadoop and Spark readers of the folder from taking it for data, and keeps the
 * CLI's {@code --overwrite} (which reads a folder's {@code manifest.jsonl}) away from it.
 *
 * <p>Example, pinned by {@code PartManifestTest}: parts of 2 records (300 bytes) and of 0 give
 * {@code {"file":"part-00000","records":2,"first_id":1,"last_id":2,"bytes":300}} and {@code
 * {"file":"part-00001","records":0,"first_id":null,"last_id":null,"bytes":0}}.
 */
final class PartManifest {
  /** The manifest's name within the output folder. */
  static final String NAME = "_manifest.jsonl";

  private PartManifest() {}

  /** One part's content: its number, record count and bytes (each record's UTF-8 and its newline). */
  record Part(int index, long records, long bytes) implements java.io.Serializable {}

  /** The manifest's text for {@code parts} in order; ids run on from 1 across the parts. */
  static String render(List<Part> parts) {
    StringBuilder out = new StringBuilder();
    long next = 1;
    for (Part p : parts) {
      String first = p.records() == 0 ? "null" : Long.toString(next);
      String last = p.records() == 0 ? "null" : Long.toString(next + p.records() - 1);
      out.append(String.format(
          Locale.ROOT,
          "{\"file\":\"part-%05d\",\"records\":%d,\"first_id\":%s,\"last_id\":%s,\"bytes\":%d}\n",
          p.index(), p.records(), first, last, p.bytes()));
      next += p.records();
    }
    return out.toString();
  }
}
