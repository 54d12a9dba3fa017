package dev.newstidy.spark;

import java.io.Serializable;

/**
 * A paragraph that joined a split's near-copy index: its place in the run ({@code split}, then
 * {@code seq} within the split), where it stands, and its text, which a later split needs to
 * confirm a near copy by exact Jaccard similarity.
 */
record NearItem(int split, int seq, Span span, String text) implements Serializable {
  /** True when this item joined the run's index before {@code other}. */
  boolean isBefore(NearItem other) {
    return split < other.split || (split == other.split && seq < other.seq);
  }
}
