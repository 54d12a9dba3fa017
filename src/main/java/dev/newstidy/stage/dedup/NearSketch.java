package dev.newstidy.stage.dedup;

/**
 * What the near-copy index needs to know of one paragraph, made from its text alone: its sorted
 * shingle hashes' high halves ({@link Shingles#highHalves}), its 8 band keys (from the whole
 * hashes), its kind ({@link Shingles.Kind}: short Latin text is confirmed by edits only; character
 * 5-grams bound the edits between two texts), and its normalised text. A pure function of the
 * text, so a run may make sketches ahead, in another thread, and hand them to the index in input
 * order: the verdicts are the same as when the index makes them itself.
 *
 * <p>Examples, pinned by {@code NearSketchTest}: a Chinese paragraph of 60 characters has its
 * character 5-grams' halves and the 8 keys of the whole 5-gram hashes; a paragraph under {@link
 * NearDuplicateIndex#LOOKUP_CHARS} characters, or one of punctuation only, takes no part ({@link
 * #takesPart} false).
 */
public record NearSketch(String text, int[] shingles, long[] keys, Shingles.Kind kind, String normal) {
  private static final int[] NO_SHINGLES = new int[0];
  private static final long[] NONE = new long[0];

  /** The sketch of raw paragraph text. */
  public static NearSketch of(String text) {
    return new NearSketcher().sketch(text);
  }

  /**
   * {@link #of(String)}, with the working arrays of shingling in {@code scratch} and the MinHash
   * signature made in {@code signature}: what {@link NearSketcher} keeps from one paragraph to the
   * next. The sketch holds arrays of its own.
   */
  static NearSketch of(String text, Shingles.Scratch scratch, long[] signature) {
    if (text.length() < NearDuplicateIndex.LOOKUP_CHARS) {
      return new NearSketch(text, NO_SHINGLES, NONE, Shingles.Kind.CHINESE, "");
    }
    String normal = ParagraphFingerprint.normalise(text);
    Shingles.Kind kind = Shingles.kindOf(text, normal);
    long[] shingles = Shingles.of(text, normal, kind, scratch);
    if (shingles.length == 0) {
      return new NearSketch(text, NO_SHINGLES, NONE, kind, normal);
    }
    return new NearSketch(text, Shingles.highHalves(shingles), MinHash.bandKeys(shingles, signature), kind, normal);
  }

  /** True for short Latin text, whose character 5-grams find a copy but only edits confirm it. */
  public boolean shortLatin() {
    return kind == Shingles.Kind.SHORT_LATIN;
  }

  /** True when the paragraph is long enough and has letters or digits to be looked up. */
  public boolean takesPart() {
    return keys.length > 0;
  }
}
