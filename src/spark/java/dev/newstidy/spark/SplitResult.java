package dev.newstidy.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What one split gave: its records (JSON Lines, ids counted from 1 within the split), the
 * fingerprints it put into the paragraph index with where it first put each, the paragraphs that
 * joined its near-copy index ({@code --near paragraph}) and those it only looked up there (just
 * under the index's least length), the documents each of its short lines stood in (furniture by
 * repetition), and its warnings.
 */
record SplitResult(
    int split,
    List<String> records,
    Map<Long, Span> puts,
    List<NearItem> nearAdds,
    List<NearItem> nearLookups,
    Map<String, Integer> shortLines,
    List<String> warnings)
    implements Serializable {}
