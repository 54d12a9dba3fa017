package dev.newstidy.stage.dedup;

import static com.google.common.base.Preconditions.checkArgument;

import dev.newstidy.model.SourceSpan;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Finds paragraphs that are near copies of an earlier one: each paragraph's {@link NearSketch}
 * (the high halves of its sorted {@link Shingles} hashes, and {@link MinHash} band keys) is looked
 * up in the {@link BandTable}, and every candidate confirmed by its exact Jaccard similarity over
 * those halves against the earlier paragraph's, read back as they were stored in a {@link
 * ParagraphStore} (nothing is re-derived from text, however far back the candidate stands). A
 * paragraph is compared with every earlier paragraph that took part, kept or removed, so that each
 * verdict depends only on what came before it.
 *
 * <p>The heap holds, per paragraph that takes part, its band keys in the {@link BandTable} (under
 * 100 bytes, and up to 8 more for each key it shares) and its normalised length (4 bytes); its
 * shingle count and first-seen location are the store's, the location on disk, read only for a
 * paragraph found to be copied. Every candidate is checked before anything is removed; of each
 * band's earlier paragraphs only the most recent {@link BandTable#PER_BAND} are candidates, so that a
 * sentence shared by thousands of paragraphs cannot make the run quadratic; an older near copy
 * sharing only such crowded bands is then missed.
 *
 * <p>A candidate that falls short on shingles (one edit breaks several shingles of a short
 * paragraph) is confirmed instead when its normalised text is within 2% edits of this one, or when
 * this shorter one is, within 2% edits, the candidate's start or end and covers at least the
 * threshold of it ({@link EditSimilarity}); the candidate's text is read only when its normalised
 * length allows either. Latin text under 30 words ({@link Shingles#isShortLatin}) is confirmed that
 * way only: its character 5-grams find the copy, but two such sentences that differ in a few digits
 * share 0.8 of them.
 *
 * <p>Examples, pinned by {@code NearDuplicateIndexTest}: a paragraph with one character changed, or
 * with its punctuation widened, matches the earlier one at similarity ≥ 0.8; so does a short English
 * paragraph with one letter dropped; two paragraphs sharing a long quotation but otherwise different
 * do not.
 */
public final class NearDuplicateIndex {
  static final int BANDS = MinHash.BANDS;

  /** Candidates confirmed against their text at most, those sharing the most bands first. */
  static final int CONFIRMED = 8;

  /**
   * A candidate whose shingle similarity falls short of the threshold but not under this is checked
   * character by character: a single edit costs a short paragraph too many shingles.
   */
  static final double EDIT_CHECK_FLOOR = 0.5;

  /** Shortest paragraph, in characters, that joins the index: short lines repeat by nature. */
  public static final int MIN_CHARS = 50;

  /**
   * Shortest paragraph, in characters, that is looked up (without joining the index): a copy of a
   * paragraph of {@link #MIN_CHARS} that lost up to {@link EditSimilarity#MAX_EDIT_SHARE} of its
   * characters (a 50-character paragraph with one character dropped is 49) is still a copy of it,
   * so lookups start that much lower. Only paragraphs of {@link #MIN_CHARS} and more are filed, so
   * two short lines never match each other. Pinned by {@code NearDuplicateIndexTest}.
   */
  public static final int LOOKUP_CHARS = MIN_CHARS - (int) Math.ceil(MIN_CHARS * EditSimilarity.MAX_EDIT_SHARE);

  /** In {@link #normalLengths}: the paragraph's shingles are word 3-grams, not character 5-grams. */
  private static final int BY_WORDS = 1 << 31;

  /** The longest shingle set {@link #candidateShingles} grows to hold (64 KiB); a longer one is read into its own array. */
  private static final int KEPT_SHINGLES = 1 << 14;

  private final double threshold;
  private final ParagraphStore store;
  private final BandTable bands = new BandTable();
  /**
   * Each filed paragraph's normalised length, with {@link #BY_WORDS} when its shingles are word
   * 3-grams: which candidates a check by edits cannot confirm.
   */
  private final IntChunks normalLengths = new IntChunks();
  private final LocationCodec locationCodec = new LocationCodec();

  /**
   * The candidate being compared's shingles, read into this array and reused from one candidate to
   * the next (one thread uses an index): a new array per candidate was a third of what near mode
   * allocated (JFR, 200 MB dump).
   */
  private int[] candidateShingles = new int[256];

  /** Makes the sketches this index makes itself, in the one thread that uses the index. */
  private final NearSketcher sketcher = new NearSketcher();

  /** Makes a paragraph's sketch: here by default, or ahead in another thread ({@link #withSketches}). */
  private Function<String, NearSketch> sketches = sketcher;
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
  }

  /**
   * The earliest earlier paragraph that {@code text} is a near copy of, if any; in any case a
   * paragraph of {@link #MIN_CHARS} or more joins the index. Paragraphs under {@link #LOOKUP_CHARS}
   * take no part; those between are looked up only.
   */
  public Optional<Match> findAndAdd(String text, SourceSpan where) {
    NearSketch sketch = sketches.apply(text);
    return findAndAdd(sketch.text() == text ? sketch : sketcher.sketch(text), where);
  }

  /**
   * Takes paragraphs' sketches from {@code made} (which may have made them ahead, in another
   * thread) instead of making them when asked. {@code made} must return {@link NearSketch#of} of
   * the very text it is given; a sketch of another string is ignored.
   */
  public NearDuplicateIndex withSketches(Function<String, NearSketch> made) {
    this.sketches = made;
    return this;
  }

  /** {@link #findAndAdd(String, SourceSpan)} with the paragraph's sketch already made. */
  public Optional<Match> findAndAdd(NearSketch sketch, SourceSpan where) {
    if (!sketch.takesPart()) {
      return Optional.empty();
    }
    Optional<Match> match = confirm(bands.candidates(sketch.keys()), sketch);
    if (sketch.text().length() >= MIN_CHARS) {
      add(sketch, where);
    } else {
      lookedUp.accept(sketch.text(), where);
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
    NearSketch sketch = sketcher.sketch(text);
    if (sketch.takesPart()) {
      add(sketch, where);
    }
  }

  /**
   * The 8 band keys under which {@code text} is filed or looked up, or none when it takes no part:
   * what a distributed run groups candidates by.
   */
  public static long[] bandKeysOf(String text) {
    return NearSketch.of(text).keys();
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
   * Confirms candidates against their stored shingles: the first {@link #CONFIRMED} in the order
   * {@link BandTable#candidates} gives, skipping any whose shingle count alone rules the threshold
   * out (Jaccard ≥ t needs the smaller set to hold at least t of the larger). Of those that pass,
   * the earliest wins; so the chosen ones are compared earliest first, and the first that passes
   * ends the search: no later one could win. Candidates {@code 40} (8 bands shared) and {@code 7}
   * (1 band) that both pass give {@code 7}, with {@code 40} never compared.
   */
  private Optional<Match> confirm(long[] candidates, NearSketch sketch) {
    int[] shingles = sketch.shingles();
    int[] chosen = new int[CONFIRMED];
    int count = 0;
    for (int k = 0; k < candidates.length && count < CONFIRMED; k++) {
      int id = (int) candidates[k];
      int size = store.shingleCount(id);
      if (Math.min(size, shingles.length) >= threshold * Math.max(size, shingles.length)) {
        chosen[count++] = id;
      }
    }
    Arrays.sort(chosen, 0, count);
    try {
      for (int k = 0; k < count; k++) {
        double similarity = similarity(chosen[k], sketch);
        if (similarity >= threshold) {
          return Optional.of(new Match(locationCodec.unpack(store.location(chosen[k])), similarity));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.empty();
  }

  /**
   * The similarity of paragraph {@code id} and this one as far as it decides anything: exact when
   * it reaches the threshold, otherwise some value under it. By shingles first; a candidate short
   * of the threshold but at least at {@link #EDIT_CHECK_FLOOR} is checked by edits, and short Latin
   * text ({@link Shingles#isShortLatin}) by edits only: its character 5-grams only found the
   * candidate.
   */
  private double similarity(int id, NearSketch sketch) throws IOException {
    boolean byEditsOnly = sketch.shortLatin();
    // Below this a similarity decides nothing (no match, no check by edits): the merge may stop early.
    double floor = Math.min(threshold, EDIT_CHECK_FLOOR);
    int count = store.shingleCount(id);
    if (candidateShingles.length < count && count <= KEPT_SHINGLES) {
      candidateShingles = new int[Math.min(KEPT_SHINGLES, Math.max(count, 2 * candidateShingles.length))];
    }
    int[] earlierShingles = store.shingles(id, candidateShingles);
    double similarity = Shingles.jaccardAtLeast(sketch.shingles(), earlierShingles, count, floor);
    if ((similarity >= threshold && !byEditsOnly) || similarity < EDIT_CHECK_FLOOR) {
      return byEditsOnly ? 0 : similarity;
    }
    String normal = sketch.normal();
    int earlierLength = normalLengths.get(id) & ~BY_WORDS;
    if (!EditSimilarity.mayReach(normal.length(), earlierLength, threshold)) {
      return byEditsOnly ? 0 : similarity;
    }
    if (sketch.kind().byCharacters() && (normalLengths.get(id) & BY_WORDS) == 0) {
      // Both sets are character 5-grams: too many of this one's missing from the earlier one rule
      // out the edits, with no text read.
      int grams = sketch.shingles().length;
      int shared = (int) Math.round(similarity * (grams + store.shingleCount(id)) / (1 + similarity));
      if (!EditSimilarity.mayReachByGrams(grams, shared, normal.length(), earlierLength)) {
        return byEditsOnly ? 0 : similarity;
      }
    }
    String earlier = ParagraphFingerprint.normalise(store.text(id));
    double byEdits =
        Math.max(
            EditSimilarity.normalisedCharacterSimilarity(normal, earlier),
            EditSimilarity.normalisedContainedSimilarity(normal, earlier));
    return byEditsOnly ? byEdits : Math.max(similarity, byEdits);
  }

  private void add(NearSketch sketch, SourceSpan where) {
    int id;
    try {
      id = store.append(NearSnapshot.asSaved(sketch.text()), sketch.shingles(), sketch.keys(), locationCodec.pack(where));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    checkArgument(id == normalLengths.size(), "text store out of step: %s for %s", id, normalLengths.size());
    normalLengths.add(lengthAndKind(sketch));
    bands.file(sketch.keys(), id);
    added.accept(sketch.text(), where);
  }

  /** What {@link #normalLengths} keeps of a paragraph: its normalised length, and whether it is cut into words. */
  private static int lengthAndKind(NearSketch sketch) {
    return sketch.normal().length() | (sketch.kind().byCharacters() ? 0 : BY_WORDS);
  }

  /** Writes the index's state and texts, for {@link NearSnapshot}. */
  void writeState(DataOutputStream out) throws IOException {
    List<String> paths = locationCodec.paths();
    out.writeInt(paths.size());
    for (String path : paths) {
      out.writeUTF(path);
    }
    int count = normalLengths.size();
    bands.write(out, store::keys);
    for (int i = 0; i < count; i++) {
      out.writeLong(store.location(i));
      out.writeInt(store.shingleCount(i));
      NearSnapshot.writeText(out, store.text(i));
    }
  }

  /** Restores a state written by {@link #writeState} into this fresh index. */
  void readState(DataInputStream in) throws IOException {
    checkArgument(normalLengths.isEmpty(), "the index is not fresh");
    int paths = in.readInt();
    for (int i = 0; i < paths; i++) {
      locationCodec.addPath(in.readUTF());
    }
    int count = BandTable.skip(in);
    for (int i = 0; i < count; i++) {
      long location = in.readLong();
      int size = in.readInt();
      String text = NearSnapshot.readText(in);
      // The file keeps texts only: their sketches are made once here, as when they were added.
      NearSketch sketch = sketcher.sketch(text);
      if (sketch.shingles().length != size) {
        throw new IOException("shingle count " + size + " does not match its text");
      }
      normalLengths.add(lengthAndKind(sketch));
      int id = store.append(text, sketch.shingles(), sketch.keys(), location);
      if (id != i) {
        throw new IOException("text store out of step while loading");
      }
      bands.file(sketch.keys(), id);
    }
  }

  /** What the band keys depend on, for the index file's settings hash. */
  static String settings() {
    return MinHash.settings() + ";grams=" + Shingles.CJK_GRAM + "," + Shingles.WORD_GRAM + ";shortLatin=" + Shingles.SHORT_LATIN_WORDS;
  }
}
