package dev.newstidy.stage.dedup;

import dev.newstidy.model.SourceSpan;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Packs a paragraph's first-seen location into one long, against a table of input paths, so that
 * the indexes keep no object per paragraph.
 *
 * <p>From the high bit: whether the location lies in a JSON Lines page, 22 bits of path index,
 * then for plain text 41 bits of line, or for a page 25 bits of record and 16 bits of line. A
 * value past its field (more than 4 million inputs, a page of more than 65,535 lines) is clamped:
 * {@code pack(SourceSpan.of("a.txt", 70000, 70000))} unpacks as line 70000, but record 3 line
 * 70000 of a page unpacks as line 65535.
 */
final class LocationCodec {
  private static final int PATH_BITS = 22;
  private static final int RECORD_BITS = 25;
  private static final int PAGE_LINE_BITS = 16;
  private static final int TEXT_LINE_BITS = 41;

  private final List<String> paths = new ArrayList<>();
  private final Object2IntOpenHashMap<String> pathIndex = new Object2IntOpenHashMap<>();

  LocationCodec() {
    pathIndex.defaultReturnValue(-1);
  }

  /** The paths seen, in the order their index numbers were given. */
  List<String> paths() {
    return paths;
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
