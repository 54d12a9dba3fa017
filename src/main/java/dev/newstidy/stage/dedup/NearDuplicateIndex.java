package dev.newstidy.stage.dedup;

import static com.google.common.base.Preconditions.checkArgument;

import dev.newstidy.model.SourceSpan;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds paragraphs that are near copies of an earlier one: MinHash signatures (32 hash functions)
 * over {@link Shingles}, looked up by locality-sensitive hashing in 8 bands of 4 rows, and every
 * candidate confirmed by its exact Jaccard similarity against the earlier paragraph's sorted shingle
 * hashes, read back as they were stored in a {@link ParagraphStore} (nothing is re-derived from text,
 * however far back the candidate stands). A paragraph is compared with every earlier paragraph that took part, kept or
 * removed, so that each verdict depends only on what came before it.
 *
 * <p>The heap holds, per paragraph that takes part, 8 band keys in one primitive map (about 18 bytes
 * a key at load factor 0.9), 8 chain links (4 bytes each), its first-seen location (8 bytes) and
 * shingle count (4 bytes): under 200 bytes. With 8 bands of 4 rows a pair at similarity 0.8 is found with probability 0.985,
 * one at 0.5 with 0.41, and every candidate is checked before anything is removed. Of each band's
 * earlier paragraphs only the 16 most recent are candidates, so that a sentence shared by thousands
 * of paragraphs cannot make the run quadratic; an older near copy sharing only such crowded bands
 * is then missed.
 *
 * <p>A candidate that falls short on shingles (one edit breaks several shingles of a short
 * paragraph) is confirmed instead when its normalised text is within 2% edits of this one,
 * or when this shorter one is, within 2% edits, the candidate's start or end and covers at least
 * the threshold of it (a copy that lost a credit glued to its first copy: {@link
 * #containedSimilarity}). Latin text under 30 words ({@link Shingles#isShortLatin}) is confirmed
 * that way only: its character 5-grams find the copy, but two such sentences that differ in a few
 * digits share 0.8 of them.
 *
 * <p>Examples, pinned by {@code NearDuplicateIndexTest}: a paragraph with one character changed, or
 * with its punctuation widened, matches the earlier one at similarity ≥ 0.8; so does a short English
 * paragraph with one letter dropped; two paragraphs sharing a long quotation but otherwise different
 * do not.
 */
public final class NearDuplicateIndex {
  static final int HASHES = 32;
  static final int BANDS = 8;
  static final int ROWS = HASHES / BANDS;

  /** Candidates taken from each band, most recent first. */
  static final int PER_BAND = 16;

  /** Candidates confirmed against their text at most, those sharing the most bands first. */
  static final int CONFIRMED = 8;

  /**
   * A candidate whose shingle similarity falls short of the threshold but not under this is checked
   * character by character: a single edit costs a short paragraph too many shingles.
   */
  static final double EDIT_CHECK_FLOOR = 0.5;

  /** At most this share of a paragraph's normalised characters may differ for a near copy by edits. */
  static final double MAX_EDIT_SHARE = 0.02;

  /** Shortest paragraph, in characters, that joins the index: short lines repeat by nature. */
  public static final int MIN_CHARS = 50;

  /**
   * Shortest paragraph, in characters, that is looked up (without joining the index): a copy of a
   * paragraph of {@link #MIN_CHARS} that lost up to {@link #MAX_EDIT_SHARE} of its characters (a
   * 50-character paragraph with one character dropped is 49) is still a copy of it, so lookups
   * start that much lower. Only paragraphs of {@link #MIN_CHARS} and more are filed, so two short
   * lines never match each other. Pinned by {@code NearDuplicateIndexTest}.
   */
  public static final int LOOKUP_CHARS = MIN_CHARS - (int) Math.ceil(MIN_CHARS * MAX_EDIT_SHARE);

  private static final long[] SEEDS = seeds();

  private final double threshold;
  private final ParagraphStore store;
  private final Long2IntOpenHashMap lastWithKey = new Long2IntOpenHashMap(1 << 12, 0.9f);
  private final IntArrayList previousWithKey = new IntArrayList();
  private final LongArrayList locations = new LongArrayList();
  private final IntArrayList sizes = new IntArrayList();
  private final LocationCodec locationCodec = new LocationCodec();
  /** Hears every paragraph that joins the index, for a distributed run; none by default. */
  private BiConsumer<String, SourceSpan> added = (text, where) -> {};
  /** Hears every paragraph looked up without joining (under {@link #MIN_CHARS}); none by default. */
  private BiConsumer<String, SourceSpan> lookedUp = (text, where) -> {};

  /** A near copy found: where the earlier paragraph stands and how similar the two are. */
  public record Match(SourceSpan firstSeen, double similarity) {}

  /**
   * @param threshold the least Jaccard similarity that makes a near copy ({@code --near-threshold})
   */
  public NearDuplicateIndex(double threshold, ParagraphStore store) {
    checkArgument(threshold > 0 && threshold <= 1, "threshold %s is not in (0, 1]", threshold);
    this.threshold = threshold;
    this.store = store;
    lastWithKey.defaultReturnValue(-1);
  }

  /**
   * The earliest earlier paragraph that {@code text} is a near copy of, if any; in any case a
   * paragraph of {@link #MIN_CHARS} or more joins the index. Paragraphs under {@link #LOOKUP_CHARS}
   * take no part; those between are looked up only.
   */
  public Optional<Match> findAndAdd(String text, SourceSpan where) {
    if (text.length() < LOOKUP_CHARS) {
      return Optional.empty();
    }
    long[] shingles = Shingles.of(text);
    if (shingles.length == 0) {
      return Optional.empty();
    }
    long[] keys = bandKeys(signature(shingles));
    Optional<Match> match = confirm(candidates(keys), shingles, text, Shingles.isShortLatin(text));
    if (text.length() >= MIN_CHARS) {
      add(text, where, keys, shingles);
    } else {
      lookedUp.accept(text, where);
    }
    return match;
  }

  /**
   * Adds a paragraph that an earlier split of a distributed run saw, without looking it up: the
   * index then answers as if it had read that split first. Paragraphs under {@link #MIN_CHARS}
   * take no part, as in {@link #findAndAdd}.
   */
  public void addSeen(String text, SourceSpan where) {
    if (text.length() < MIN_CHARS) {
      return;
    }
    long[] shingles = Shingles.of(text);
    if (shingles.length > 0) {
      add(text, where, bandKeys(signature(shingles)), shingles);
    }
  }

  /**
   * The 8 band keys under which {@code text} is filed or looked up, or none when it takes no part:
   * what a distributed run groups candidates by.
   */
  public static long[] bandKeysOf(String text) {
    if (text.length() < LOOKUP_CHARS) {
      return new long[0];
    }
    long[] shingles = Shingles.of(text);
    return shingles.length == 0 ? new long[0] : bandKeys(signature(shingles));
  }

  /** Calls {@code listener} with every paragraph that joins the index, in order. */
  public NearDuplicateIndex onAdd(BiConsumer<String, SourceSpan> listener) {
    this.added = listener;
    return this;
  }

  /**
   * Calls {@code listener} with every paragraph that is looked up without joining the index (from
   * {@link #LOOKUP_CHARS} to under {@link #MIN_CHARS}), in order: a distributed run must route
   * earlier paragraphs to it as to one that joins.
   */
  public NearDuplicateIndex onLookupOnly(BiConsumer<String, SourceSpan> listener) {
    this.lookedUp = listener;
    return this;
  }

  /**
   * The earlier paragraphs sharing a band with this one, the most recent {@link #PER_BAND} of each
   * band, in the order they are confirmed: those sharing the most bands first, then the earliest.
   * Each is packed as {@code (BANDS - bands shared) << 32 | id}, so that one ascending sort of
   * primitives gives that order. The bound keeps a run linear when thousands of paragraphs share a
   * boilerplate sentence.
   */
  private long[] candidates(long[] keys) {
    int[] ids = new int[BANDS * PER_BAND];
    int found = 0;
    for (int band = 0; band < BANDS; band++) {
      int seen = 0;
      for (int id = lastWithKey.get(keys[band]); id >= 0 && seen < PER_BAND; id = previousWithKey.getInt(id * BANDS + band)) {
        ids[found++] = id;
        seen++;
      }
    }
    // An id comes once from each band it shares: sorted, the length of its run is its bands shared.
    Arrays.sort(ids, 0, found);
    long[] order = new long[found];
    int distinct = 0;
    for (int i = 0; i < found; ) {
      int run = i;
      while (run < found && ids[run] == ids[i]) {
        run++;
      }
      order[distinct++] = (long) (BANDS - (run - i)) << 32 | ids[i];
      i = run;
    }
    Arrays.sort(order, 0, distinct);
    return distinct == found ? order : Arrays.copyOf(order, distinct);
  }

  /**
   * Confirms candidates against their stored shingles, in the order {@link #candidates} gives: at
   * most {@link #CONFIRMED} of them, skipping any whose shingle count alone rules the threshold out
   * (Jaccard ≥ t needs the smaller set to hold at least t of the larger). Of those that pass, the
   * earliest wins.
   */
  private Optional<Match> confirm(long[] candidates, long[] shingles, String text, boolean byEditsOnly) {
    // Below this a similarity decides nothing (no match, no check by edits): the merge may stop early.
    double floor = Math.min(threshold, EDIT_CHECK_FLOOR);
    int best = -1;
    double bestSimilarity = 0;
    int confirmed = 0;
    String normalised = null;
    try {
      for (long candidate : candidates) {
        if (confirmed == CONFIRMED) {
          break;
        }
        int id = (int) candidate;
        int size = sizes.getInt(id);
        if (Math.min(size, shingles.length) < threshold * Math.max(size, shingles.length)) {
          continue;
        }
        confirmed++;
        double similarity = Shingles.jaccardAtLeast(shingles, store.shingles(id), floor);
        if ((similarity < threshold || byEditsOnly) && similarity >= EDIT_CHECK_FLOOR) {
          if (normalised == null) {
            normalised = ParagraphFingerprint.normalise(text);
          }
          String earlier = ParagraphFingerprint.normalise(store.text(id));
          double byEdits =
              Math.max(
                  normalisedCharacterSimilarity(normalised, earlier),
                  normalisedContainedSimilarity(normalised, earlier));
          // Short Latin text: its character 5-grams only found the candidate; edits decide.
          similarity = byEditsOnly ? byEdits : Math.max(similarity, byEdits);
        } else if (byEditsOnly) {
          similarity = 0;
        }
        if (similarity >= threshold && (best < 0 || id < best)) {
          best = id;
          bestSimilarity = similarity;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return best < 0
        ? Optional.empty()
        : Optional.of(new Match(locationCodec.unpack(locations.getLong(best)), bestSimilarity));
  }

  /**
   * One minus the edit distance between the two normalised texts over the longer length, or 0 when
   * they differ by more than {@link #MAX_EDIT_SHARE} of it. One dropped or changed character breaks
   * three word 3-grams of a short English paragraph (similarity 0.7 for 20 words) but is one edit
   * in a hundred characters: {@code "Most of the ferry captains live in villages on the west bank…"} and the same
   * with {@code "in"} typed {@code "n"} are near copies at 0.99.
   */
  static double characterSimilarity(String text, String earlier) {
    return normalisedCharacterSimilarity(ParagraphFingerprint.normalise(text), ParagraphFingerprint.normalise(earlier));
  }

  /** {@link #characterSimilarity} of two texts already normalised. */
  private static double normalisedCharacterSimilarity(String a, String b) {
    int longer = Math.max(a.length(), b.length());
    int allowed = (int) (longer * MAX_EDIT_SHARE);
    if (longer == 0 || allowed == 0) {
      return 0;
    }
    int distance = new LevenshteinDistance(allowed).apply(a, b);
    return distance < 0 ? 0 : 1 - (double) distance / longer;
  }

  /**
   * How much of the earlier paragraph a shorter later one covers when, within {@link
   * #MAX_EDIT_SHARE} edits, it is the earlier one's start or end: its normalised length less the
   * edits, over the earlier one's normalised length; 0 when it is no such part, or not shorter. A
   * copy that lost a credit or clause glued to the end of its first copy, and had a character
   * dropped besides, breaks too many shingles to reach the threshold but adds no text of its own:
   * {@code "…南溪镇新修的村道今年通车了…〔記者王小明、李文華／南溪鎮報導〕"} first, then the same without the
   * bracketed credit and with one character dropped, covers 0.83 of it. Two paragraphs that share
   * a long sentence but go on differently are no part of each other (the rest costs more than 2%
   * edits) and score 0. A longer later paragraph is never taken for a copy this way: its extra
   * text would go with it. Pinned by {@code NearDuplicateIndexTest}.
   */
  static double containedSimilarity(String text, String earlier) {
    return normalisedContainedSimilarity(ParagraphFingerprint.normalise(text), ParagraphFingerprint.normalise(earlier));
  }

  /** {@link #containedSimilarity} of two texts already normalised. */
  private static double normalisedContainedSimilarity(String a, String b) {
    int allowed = (int) (a.length() * MAX_EDIT_SHARE);
    if (allowed == 0 || a.length() >= b.length()) {
      return 0;
    }
    int atStart = prefixDistance(a, b, allowed);
    int atEnd = prefixDistance(new StringBuilder(a).reverse().toString(), new StringBuilder(b).reverse().toString(), allowed);
    int best = atStart < 0 ? atEnd : atEnd < 0 ? atStart : Math.min(atStart, atEnd);
    return best < 0 ? 0 : (double) (a.length() - best) / b.length();
  }

  /**
   * The least edit distance between {@code a} and any start of {@code b}, or -1 when it is over
   * {@code limit}: one banded pass (cells within {@code limit} of the diagonal), so linear in the
   * length of {@code a}.
   */
  private static int prefixDistance(String a, String b, int limit) {
    int n = a.length();
    int m = Math.min(b.length(), n + limit);
    int big = limit + 1;
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j <= limit ? j : big;
    }
    for (int i = 1; i <= n; i++) {
      int from = Math.max(1, i - limit);
      int to = Math.min(m, i + limit);
      // The cells just outside the band read as over the limit, whatever an older row left there.
      current[from - 1] = from == 1 && i <= limit ? i : big;
      if (to == i + limit) {
        previous[to] = big;
      }
      char c = a.charAt(i - 1);
      for (int j = from; j <= to; j++) {
        int cost = previous[j - 1] + (c == b.charAt(j - 1) ? 0 : 1);
        cost = Math.min(cost, Math.min(previous[j], current[j - 1]) + 1);
        current[j] = Math.min(cost, big);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    int best = big;
    for (int j = Math.max(0, n - limit); j <= m; j++) {
      best = Math.min(best, previous[j]);
    }
    return best > limit ? -1 : best;
  }

  private void add(String text, SourceSpan where, long[] keys, long[] shingles) {
    int shingleCount = shingles.length;
    int id;
    try {
      id = store.append(text, shingles);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    checkArgument(id == locations.size(), "text store out of step: %s for %s", id, locations.size());
    locations.add(locationCodec.pack(where));
    sizes.add(shingleCount);
    for (int band = 0; band < BANDS; band++) {
      previousWithKey.add(lastWithKey.put(keys[band], id));
    }
    added.accept(text, where);
  }

  /** Writes the index's state and texts, for {@link NearSnapshot}. */
  void writeState(DataOutputStream out) throws IOException {
    List<String> paths = locationCodec.paths();
    out.writeInt(paths.size());
    for (String path : paths) {
      out.writeUTF(path);
    }
    long[] keys = lastWithKey.keySet().toLongArray();
    Arrays.sort(keys);
    out.writeInt(keys.length);
    for (long key : keys) {
      out.writeLong(key);
      out.writeInt(lastWithKey.get(key));
    }
    int count = locations.size();
    out.writeInt(count);
    for (int i = 0; i < count * BANDS; i++) {
      out.writeInt(previousWithKey.getInt(i));
    }
    for (int i = 0; i < count; i++) {
      out.writeLong(locations.getLong(i));
      out.writeInt(sizes.getInt(i));
      NearSnapshot.writeText(out, store.text(i));
    }
  }

  /** Restores a state written by {@link #writeState} into this fresh index. */
  void readState(DataInputStream in) throws IOException {
    checkArgument(locations.isEmpty(), "the index is not fresh");
    int paths = in.readInt();
    for (int i = 0; i < paths; i++) {
      locationCodec.addPath(in.readUTF());
    }
    int keys = in.readInt();
    for (int i = 0; i < keys; i++) {
      lastWithKey.put(in.readLong(), in.readInt());
    }
    int count = in.readInt();
    if (count < 0) {
      throw new IOException("impossible paragraph count " + count);
    }
    for (int i = 0; i < count * BANDS; i++) {
      previousWithKey.add(in.readInt());
    }
    for (int i = 0; i < count; i++) {
      locations.add(in.readLong());
      int size = in.readInt();
      String text = NearSnapshot.readText(in);
      // The file keeps texts only: their shingles are made once here, as when they were added.
      long[] shingles = Shingles.of(text);
      if (shingles.length != size) {
        throw new IOException("shingle count " + size + " does not match its text");
      }
      sizes.add(size);
      int id = store.append(text, shingles);
      if (id != i) {
        throw new IOException("text store out of step while loading");
      }
    }
  }

  /** What the band keys depend on, for the index file's settings hash. */
  static String settings() {
    return "minhash=" + HASHES + "x" + BANDS + "x" + ROWS + ";seeds=" + SEEDS[0] + ";grams=" + Shingles.CJK_GRAM + "," + Shingles.WORD_GRAM + ";shortLatin=" + Shingles.SHORT_LATIN_WORDS;
  }

  /** The MinHash signature: for each of 32 hash functions, the least hash over the shingles. */
  static long[] signature(long[] shingles) {
    long[] min = new long[HASHES];
    Arrays.fill(min, Long.MAX_VALUE);
    // Each function is h·a + b over the shingle's (already mixed) hash, with odd multipliers: one
    // multiply and add per function instead of a full mix.
    for (long s : shingles) {
      for (int i = 0; i < HASHES; i++) {
        long h = s * SEEDS[i] + SEEDS[HASHES - 1 - i];
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
      seeds[i] = Shingles.mix(x) | 1L;
    }
    return seeds;
  }
}
