package dev.newstidy.stage.dedup;

import dev.newstidy.model.SourceSpan;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link ParagraphIndex} in memory: a primitive open-addressing map (fastutil) from each 64-bit
 * fingerprint to a first-seen location packed in one long, and a table of input paths. It holds no
 * text and no objects per paragraph: 16 bytes a slot at load factor 0.9, so between 18 and 36
 * bytes a distinct paragraph depending on where the table stands between doublings (10 million
 * paragraphs take a 2²⁴-slot table, 268 MB).
 *
 * <p>A location packs, from the high bit: whether it lies in a JSON Lines page, 22 bits of path
 * index, then for plain text 41 bits of line, or for a page 25 bits of record and 16 bits of line.
 * A value past its field (more than 4 million inputs, a page of more than 65,535 lines) is clamped:
 * the removal is still made and recorded, its {@code first_seen} is then approximate.
 */
public final class InMemoryParagraphIndex implements ParagraphIndex {
  private static final float LOAD_FACTOR = 0.9f;
  private static final int PATH_BITS = 22;
  private static final int RECORD_BITS = 25;
  private static final int PAGE_LINE_BITS = 16;
  private static final int TEXT_LINE_BITS = 41;

  private final Long2LongOpenHashMap firstSeen = new Long2LongOpenHashMap(1 << 16, LOAD_FACTOR);
  private final List<String> paths = new ArrayList<>();
  private final Object2IntOpenHashMap<String> pathIndex = new Object2IntOpenHashMap<>();

  public InMemoryParagraphIndex() {
    firstSeen.defaultReturnValue(-1L);
    pathIndex.defaultReturnValue(-1);
  }

  @Override
  public SourceSpan putIfAbsent(long fingerprint, SourceSpan where) {
    long packed = firstSeen.putIfAbsent(fingerprint, pack(where));
    return packed == -1L ? null : unpack(packed);
  }

  /** How many distinct paragraphs were seen. */
  public int size() {
    return firstSeen.size();
  }

  /** The paths seen, in the order their index numbers were given. */
  List<String> paths() {
    return paths;
  }

  /** The map itself, for saving. */
  Long2LongOpenHashMap entries() {
    return firstSeen;
  }

  /** Restores a path table entry, for loading: paths must come back in their index order. */
  void addPath(String path) {
    pathIndex.put(path, paths.size());
    paths.add(path);
  }

  long pack(SourceSpan span) {
    int path = pathIndex.getInt(span.path());
    if (path < 0) {
      path = paths.size();
      addPath(span.path());
    }
    long p = Math.min(path, (1L << PATH_BITS) - 1);
    if (span.record() == 0) {
      long line = Math.min(span.firstLine(), (1L << TEXT_LINE_BITS) - 1);
      return (p << TEXT_LINE_BITS) | line;
    }
    long record = Math.min(span.record(), (1L << RECORD_BITS) - 1);
    long line = Math.min(span.firstLine(), (1L << PAGE_LINE_BITS) - 1);
    return (1L << 63) | (p << (RECORD_BITS + PAGE_LINE_BITS)) | (record << PAGE_LINE_BITS) | line;
  }

  SourceSpan unpack(long packed) {
    long mask = (1L << PATH_BITS) - 1;
    if (packed < 0) {
      int path = (int) ((packed >>> (RECORD_BITS + PAGE_LINE_BITS)) & mask);
      long record = (packed >>> PAGE_LINE_BITS) & ((1L << RECORD_BITS) - 1);
      int line = (int) (packed & ((1L << PAGE_LINE_BITS) - 1));
      return new SourceSpan(paths.get(path), record, Math.max(line, 1), Math.max(line, 1));
    }
    int path = (int) ((packed >>> TEXT_LINE_BITS) & mask);
    int line = (int) Math.min(packed & ((1L << TEXT_LINE_BITS) - 1), Integer.MAX_VALUE);
    return SourceSpan.of(paths.get(path), Math.max(line, 1), Math.max(line, 1));
  }
}
