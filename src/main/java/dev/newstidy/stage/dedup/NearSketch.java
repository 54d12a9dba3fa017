package dev.newstidy.stage.dedup;

/**
 * What the near-copy index needs to know of one paragraph, made from its text alone: its sorted
 * shingle hashes, its 8 band keys, whether it is short Latin text (confirmed by edits only), and
 * its normalised text. A pure function of the text, so a run may make sketches ahead, in another
 * thread, and hand them to the index in input order: the verdicts are the same as when the index
 * makes them itself.
 *
 * <p>Examples, pinned by {@code NearSketchTest}: a Chinese paragraph of 60 characters has its
 * character 5-grams and 8 keys; a paragraph under {@link NearDuplicateIndex#LOOKUP_CHARS}
 * characters, or one of punctuation only, takes no part ({@link #takesPart} false).
 */
public record NearSketch(String text, long[] shingles, long[] keys, boolean shortLatin, String normal) {
  private static final long[] NONE = new long[0];

  /** The sketch of raw paragraph text. */
  public static NearSketch of(String text) {
    if (text.length() < NearDuplicateIndex.LOOKUP_CHARS) {
      return new NearSketch(text, NONE, NONE, false, "");
    }
    String normal = ParagraphFingerprint.normalise(text);
    long[] shingles = Shingles.of(text, normal);
    if (shingles.length == 0) {
      return new NearSketch(text, NONE, NONE, false, normal);
    }
    return new NearSketch(text, shingles, MinHash.bandKeys(shingles), Shingles.isShortLatin(text, normal), normal);
  }

  /** True when the paragraph is long enough and has letters or digits to be looked up. */
  public boolean takesPart() {
    return keys.length > 0;
  }
}
