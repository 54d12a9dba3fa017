package dev.newstidy.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one task gave: its records (JSON Lines, ids counted from 1 within the task) and the line
 * each starts on, every fingerprint it put into the paragraph index with where, in order, every fingerprint it asked about, the paragraphs that joined its near-copy
 * index ({@code --near paragraph}) and those it only looked up there (just under the index's least
 * length), the documents each of its short lines stood in (furniture by
 * repetition) and where it first met each, its warnings, and whether its look-ahead was cut before
 * the end of the file.
 */
record SplitResult(
    int split,
    List<String> records,
    List<Integer> lines,
    List<RecordingIndex.Put> puts,
    Set<Long> asked,
    List<NearItem> nearAdds,
    List<NearItem> nearLookups,
    Map<String, Integer> shortLines,
    Map<String, Long> firstSeen,
    List<String> warnings,
    boolean cut)
    implements Serializable {}
