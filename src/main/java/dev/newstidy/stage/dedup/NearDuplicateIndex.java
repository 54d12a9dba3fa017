package dev.newstidy.stage.dedup;

import static com.google.common.base.Preconditions.checkArgument;

import dev.newstidy.model.SourceSpan;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Finds paragraphs that are near copies of an earlier one: MinHash signatures (32 hash functions)
 * over {@link Shingles}, looked up by locality-sensitive hashing in 8 bands of 4 rows, and every
 * candidate confirmed by its exact Jaccard similarity against the earlier text, read back from a
 * {@link TextStore}. A paragraph is compared with every earlier paragraph that took part, kept or
 * removed, so that each verdict depends only on what came before it.
 *
 * <p>The heap holds, per paragraph that takes part, 8 band keys in one primitive map (about 18 bytes
 * a key at load factor 0.9), 8 chain links (4 bytes each) and its first-seen location (8 bytes):
 * under 200 bytes. With 8 bands of 4 rows a pair at similarity 0.8 is found with probability 0.985,
 * one at 0.5 with 0.41, and every candidate is checked before anything is removed.
 *
 * <p>Examples, pinned by {@code NearDuplicateIndexTest}: a paragraph with one character changed, or
 * with its punctuation widened, matches the earlier one at similarity ≥ 0.8; two paragraphs sharing
 * a long quotation but otherwise different do not.
 */
public final class NearDuplicateIndex {
  static final int HASHES = 32;
  static final int BANDS = 8;
  static final int ROWS = HASHES / BANDS;

  /** Shortest paragraph, in characters, that takes part: short lines repeat by nature. */
  public static final int MIN_CHARS = 50;

  private static final long[] SEEDS = seeds();

  private final double threshold;
  private final TextStore texts;
  private final Long2IntOpenHashMap lastWithKey = new Long2IntOpenHashMap(1 << 12, 0.9f);
  private final IntArrayList previousWithKey = new IntArrayList();
  private final LongArrayList locations = new LongArrayList();
  private final InMemoryParagraphIndex locationCodec = new InMemoryParagraphIndex();

  /** A near copy found: where the earlier paragraph stands and how similar the two are. */
  public record Match(SourceSpan firstSeen, double similarity) {}

  /**
   * @param threshold the least Jaccard similarity that makes a near copy ({@code --near-threshold})
   */
  public NearDuplicateIndex(double threshold, TextStore texts) {
    checkArgument(threshold > 0 && threshold <= 1, "threshold %s is not in (0, 1]", threshold);
    this.threshold = threshold;
    this.texts = texts;
    lastWithKey.defaultReturnValue(-1);
  }

  /**
   * The earliest earlier paragraph that {@code text} is a near copy of, if any; in any case the
   * paragraph joins the index. Paragraphs under {@link #MIN_CHARS} take no part.
   */
  public Optional<Match> findAndAdd(String text, SourceSpan where) {
    if (text.length() < MIN_CHARS) {
      return Optional.empty();
    }
    long[] shingles = Shingles.of(text);
    if (shingles.length == 0) {
      return Optional.empty();
    }
    long[] keys = bandKeys(signature(shingles));
    Optional<Match> match = confirm(candidates(keys), shingles);
    add(text, where, keys);
    return match;
  }

  private IntOpenHashSet candidates(long[] keys) {
    IntOpenHashSet found = new IntOpenHashSet();
    for (int band = 0; band < BANDS; band++) {
      for (int id = lastWithKey.get(keys[band]); id >= 0; id = previousWithKey.getInt(id * BANDS + band)) {
        found.add(id);
      }
    }
    return found;
  }

  private Optional<Match> confirm(IntOpenHashSet candidates, long[] shingles) {
    int[] ids = candidates.toIntArray();
    java.util.Arrays.sort(ids);
    try {
      for (int id : ids) {
        double similarity = Shingles.jaccard(shingles, Shingles.of(texts.read(id)));
        if (similarity >= threshold) {
          return Optional.of(new Match(locationCodec.unpack(locations.getLong(id)), similarity));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.empty();
  }

  private void add(String text, SourceSpan where, long[] keys) {
    int id;
    try {
      id = texts.append(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    checkArgument(id == locations.size(), "text store out of step: %s for %s", id, locations.size());
    locations.add(locationCodec.pack(where));
    for (int band = 0; band < BANDS; band++) {
      previousWithKey.add(lastWithKey.put(keys[band], id));
    }
  }

  /** The MinHash signature: for each of 32 hash functions, the least hash over the shingles. */
  static long[] signature(long[] shingles) {
    long[] min = new long[HASHES];
    java.util.Arrays.fill(min, Long.MAX_VALUE);
    for (long s : shingles) {
      for (int i = 0; i < HASHES; i++) {
        long h = Shingles.mix(s ^ SEEDS[i]);
        if (h < min[i]) {
          min[i] = h;
        }
      }
    }
    return min;
  }

  private static long[] bandKeys(long[] signature) {
    long[] keys = new long[BANDS];
    for (int band = 0; band < BANDS; band++) {
      long h = 0x9E3779B97F4A7C15L * (band + 1);
      for (int r = 0; r < ROWS; r++) {
        h = Shingles.mix(h ^ signature[band * ROWS + r]);
      }
      keys[band] = h;
    }
    return keys;
  }

  private static long[] seeds() {
    long[] seeds = new long[HASHES];
    long x = 0x6e65777374696479L;
    for (int i = 0; i < HASHES; i++) {
      x += 0x9E3779B97F4A7C15L;
      seeds[i] = Shingles.mix(x);
    }
    return seeds;
  }
}
