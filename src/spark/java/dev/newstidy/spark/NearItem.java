package dev.newstidy.spark;

import java.io.Serializable;

/**
 * A paragraph that joined a task's near-copy index: the task ({@code split}) and its order there
 * ({@code seq}), its place in run order ({@code pos}, {@link SplitTask#pos}), whether the task owns
 * that place (only owned items seed later tasks), where it stands, and its text, which a later
 * task needs to confirm a near copy by exact Jaccard similarity.
 */
record NearItem(int split, int seq, long pos, boolean owned, Span span, String text) implements Serializable {}
