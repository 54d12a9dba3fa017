package dev.newstidy.spark;

import dev.newstidy.app.CleanRun;
import dev.newstidy.config.DedupSettings;
import dev.newstidy.input.InputSource;
import dev.newstidy.output.JsonLinesSink;
import dev.newstidy.stage.dedup.NearDuplicateIndex;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the CLI's own run ({@link CleanRun}, with its pipeline and JSON Lines sink) over one split,
 * with the verdicts of earlier splits joined into its indexes. No text rule lives here.
 */
final class SplitCleaner {
  private SplitCleaner() {}

  /**
   * @param earlier first occurrences, in earlier splits, of fingerprints this split holds
   * @param nearSeeds paragraphs of earlier splits that share a band with one of this split, in run
   *     order; empty without {@code --near paragraph}
   * @param shortLines the short lines earlier splits saw, by the documents they stood in
   */
  static SplitResult clean(
      int split,
      InputSource input,
      JobOptions options,
      Map<Long, Span> earlier,
      List<NearItem> nearSeeds,
      SeededShortLines shortLines)
      throws IOException {
    List<String> warnings = new ArrayList<>();
    RecordingIndex index = new RecordingIndex(earlier);
    List<NearItem> nearAdds = new ArrayList<>();
    List<NearItem> nearLookups = new ArrayList<>();
    DedupSettings dedup = options.dedupSettings();
    StringWriter text = new StringWriter();
    CleanRun run =
        new CleanRun(options.repairs(), dedup, options.reading(), InputStream.nullInputStream(), warnings::add)
            .withThreads(1)
            .withParagraphIndex(index)
            .withShortLineMemory(shortLines)
            .withNearIndex(
                store -> {
                  NearDuplicateIndex near = new NearDuplicateIndex(dedup.nearThreshold(), store);
                  for (NearItem seed : nearSeeds) {
                    near.addSeen(seed.text(), seed.span().toSourceSpan());
                  }
                  return near.onAdd(
                          (paragraph, where) -> nearAdds.add(new NearItem(split, nearAdds.size(), Span.of(where), paragraph)))
                      .onLookupOnly(
                          (paragraph, where) ->
                              nearLookups.add(new NearItem(split, nearLookups.size(), Span.of(where), paragraph)));
                });
    try (JsonLinesSink sink = new JsonLinesSink(new PrintWriter(text))) {
      run.run(List.of(input), sink);
    }
    List<String> records = new ArrayList<>();
    String all = text.toString();
    int start = 0;
    for (int end = all.indexOf('\n'); end >= 0; end = all.indexOf('\n', start)) {
      records.add(all.substring(start, end));
      start = end + 1;
    }
    return new SplitResult(split, records, index.puts(), nearAdds, nearLookups, shortLines.documents(), warnings);
  }
}
