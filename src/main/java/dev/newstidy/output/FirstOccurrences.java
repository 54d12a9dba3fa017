package dev.newstidy.output;

import dev.newstidy.model.SourceSpan;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Which article of the run holds a given input line, so that a removed repeat can link to the
 * article where its first occurrence stands. Example: after articles 1 (lines 1–28) and 3 (lines
 * 42–50) of {@code gazette.txt}, a repeat whose first copy is {@code gazette.txt:48} links to
 * article 3; one first seen in an earlier run ({@code --index}) or in a story dropped as a repeat
 * finds none. Pinned by {@code FirstOccurrencesTest}.
 *
 * <p>A first occurrence always comes before its repeat in the input, so the articles seen so far
 * are enough: the index grows as articles are written and is never searched ahead.
 */
final class FirstOccurrences {
  /** Per input and record, the articles by first line: {@code firstLine → [lastLine, id]}. */
  private final Map<String, TreeMap<Integer, long[]>> byPlace = new HashMap<>();

  /** Notes that article {@code id} spans {@code span}. */
  void add(long id, SourceSpan span) {
    byPlace
        .computeIfAbsent(key(span.path(), span.record()), k -> new TreeMap<>())
        .put(span.firstLine(), new long[] {span.lastLine(), id});
  }

  /** The article that holds the first line of {@code place}, if this run wrote one. */
  OptionalLong articleAt(SourceSpan place) {
    TreeMap<Integer, long[]> articles = byPlace.get(key(place.path(), place.record()));
    if (articles == null) {
      return OptionalLong.empty();
    }
    Map.Entry<Integer, long[]> entry = articles.floorEntry(place.firstLine());
    if (entry == null || entry.getValue()[0] < place.firstLine()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(entry.getValue()[1]);
  }

  private static String key(String path, long record) {
    return record + "\u0000" + path;
  }
}
