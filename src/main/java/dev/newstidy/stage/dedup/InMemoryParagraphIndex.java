package dev.newstidy.stage.dedup;

import dev.newstidy.model.SourceSpan;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import java.util.List;

/**
 * A {@link ParagraphIndex} in memory: a primitive open-addressing map (fastutil) from each 64-bit
 * fingerprint to a first-seen location packed in one long, and a table of input paths. It holds no
 * text and no objects per paragraph: 16 bytes a slot at load factor 0.9, so between 18 and 36
 * bytes a distinct paragraph depending on where the table stands between doublings (10 million
 * paragraphs take a 2²⁴-slot table, 268 MB). Locations are packed by {@link LocationCodec}; one
 * past its fields is clamped, so the removal is still made and recorded, with an approximate
 * {@code first_seen}.
 */
public final class InMemoryParagraphIndex implements ParagraphIndex {
  private static final float LOAD_FACTOR = 0.9f;

  private final Long2LongOpenHashMap firstSeen = new Long2LongOpenHashMap(1 << 16, LOAD_FACTOR);
  private final LocationCodec locations = new LocationCodec();

  public InMemoryParagraphIndex() {
    firstSeen.defaultReturnValue(-1L);
  }

  @Override
  public SourceSpan putIfAbsent(long fingerprint, SourceSpan where) {
    long packed = firstSeen.putIfAbsent(fingerprint, locations.pack(where));
    return packed == -1L ? null : locations.unpack(packed);
  }

  /** How many distinct paragraphs were seen. */
  public int size() {
    return firstSeen.size();
  }

  /** The paths seen, in the order their index numbers were given. */
  List<String> paths() {
    return locations.paths();
  }

  /** The map itself, for saving. */
  Long2LongOpenHashMap entries() {
    return firstSeen;
  }

  /** Restores a path table entry, for loading: paths must come back in their index order. */
  void addPath(String path) {
    locations.addPath(path);
  }
}
