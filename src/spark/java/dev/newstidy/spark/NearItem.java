package dev.newstidy.spark;

import java.io.Serializable;

/**
 * A paragraph that a task's near-copy index met: the task ({@code split}) and its order there
 * ({@code seq}), its place in run order ({@code pos}, {@link SplitTask#pos}), whether it joined the
 * index ({@code filed}; one only looked up, just under the index's least length, never seeds
 * another task), where it stands, and its text, which a later task needs to confirm a near copy by
 * exact Jaccard similarity. Whether the task owns its place is the driver's to decide afterwards.
 */
record NearItem(int split, int seq, long pos, boolean filed, Span span, String text) implements Serializable {}
