package dev.newstidy.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What one split gave: its records (JSON Lines, ids counted from 1 within the split), the
 * fingerprints it put into the paragraph index with where it first put each, and its warnings.
 */
record SplitResult(int split, List<String> records, Map<Long, Span> puts, List<String> warnings)
    implements Serializable {}
