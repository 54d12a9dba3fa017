package dev.newstidy.stage.dedup;

import java.util.function.Function;

/**
 * Makes {@link NearSketch#of} sketches, keeping the working arrays of shingling (the letters, the
 * word hashes, the unsorted hashes, the counting sort's buckets and output) and of MinHash (the
 * signature) from one paragraph to the next, so that a paragraph allocates little more than what
 * its sketch holds. Those arrays were about a third of what near mode allocated (JFR allocation
 * samples, 200 MB dump), and every young collection stops the cleaning thread: on that dump 262
 * young collections became 178, their pauses 1.19 s → 0.99 s ({@code -Xlog:gc}). The sketches are
 * those {@link NearSketch#of} makes; a sketcher keeps arrays of up to 65,536 entries (about 2 MiB
 * in all), and a longer paragraph's are made for it alone.
 *
 * <p>One thread uses a sketcher. Pinned by {@code NearSketcherTest}: one sketcher over Chinese,
 * long and short Latin, and overlong paragraphs in turn gives each the sketch {@link NearSketch#of}
 * gives it, and a sketch it made earlier is not changed by the ones after.
 */
public final class NearSketcher implements Function<String, NearSketch> {
  private final Shingles.Scratch scratch = new Shingles.Scratch();
  private final long[] signature = new long[MinHash.HASHES];

  /** The sketch of raw paragraph text, as {@link NearSketch#of} makes it. */
  public NearSketch sketch(String text) {
    return NearSketch.of(text, scratch, signature);
  }

  @Override
  public NearSketch apply(String text) {
    return sketch(text);
  }
}
