package dev.newstidy.spark;

import dev.newstidy.app.CleanRun;
import dev.newstidy.config.DedupSettings;
import dev.newstidy.input.InputFormat;
import dev.newstidy.input.InputSource;
import dev.newstidy.input.ReadSettings;
import dev.newstidy.model.Article;
import dev.newstidy.model.Origin;
import dev.newstidy.output.ArticleSink;
import dev.newstidy.output.JsonLinesSink;
import dev.newstidy.stage.dedup.NearDuplicateIndex;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;

/**
 * Runs the CLI's own run ({@link CleanRun}, with its pipeline and JSON Lines sink) over one task,
 * with the verdicts of earlier tasks joined into its indexes. No text rule lives here.
 */
final class SplitCleaner {
  private SplitCleaner() {}

  /**
   * @param share how far the task reads past its end (what it owns the driver decides afterwards)
   * @param earlier first occurrences, before the task's start, of fingerprints it holds
   * @param nearSeeds paragraphs before the task's start that share a band with one of the task's,
   *     in run order; empty without {@code --near paragraph}
   * @param shortLines the short lines seen before the task's start, by the documents they stood in
   * @param where set to each block's place in run order before the pipeline takes it
   * @param also given each article too, with its id within the task (the per-article files' writer)
   */
  static SplitResult clean(
      SplitTask task,
      Share share,
      HadoopConf conf,
      JobOptions options,
      Map<Long, Span> earlier,
      List<NearItem> nearSeeds,
      SeededShortLines shortLines,
      long[] where,
      ArticleSink also)
      throws IOException {
    List<String> warnings = new ArrayList<>();
    RecordingIndex index = new RecordingIndex(earlier);
    List<NearItem> nearAdds = new ArrayList<>();
    List<NearItem> nearLookups = new ArrayList<>();
    DedupSettings dedup = options.dedupSettings();
    StringWriter text = new StringWriter();
    ReadSettings reading = options.reading();
    LineCutInput[] opened = {null};
    InputSource input = HadoopInputs.source(task.uri(), conf);
    if (!task.whole()) {
      // A part is UTF-8 text (SplitPlan checked the file's opening): read as such whatever its own
      // first bytes look like.
      reading =
          new ReadSettings(InputFormat.TEXT, StandardCharsets.UTF_8, reading.textField(), reading.titleField(),
              reading.recordElement(), reading.strict(), reading.maxLineBytes(), reading.maxInputBytes(),
              reading.maxArticleBytes());
      input = InputSource.part(task.uri(), task.linesBefore(), () -> opened[0] = open(task, share, conf));
    }
    CleanRun run =
        new CleanRun(options.repairs(), dedup, reading, InputStream.nullInputStream(), warnings::add)
            .withThreads(1)
            .withParagraphIndex(index)
            .withShortLineMemory(shortLines)
            .withBlockListener(block -> where[0] = SplitTask.pos(task.input(), block.span().firstLine()))
            .withNearIndex(
                store -> {
                  NearDuplicateIndex near = new NearDuplicateIndex(dedup.nearThreshold(), store);
                  for (NearItem seed : nearSeeds) {
                    near.addSeen(seed.text(), seed.span().toSourceSpan());
                  }
                  return near.onAdd(
                      (paragraph, at) -> nearAdds.add(
                          new NearItem(task.index(), nearAdds.size(), SplitTask.pos(task.input(), at.firstLine()),
                              true, Span.of(at), paragraph)))
                      .onLookupOnly(
                          // Looked up only (just under the index's least length): it asks for
                          // seeds like a filed paragraph, and never seeds another task.
                          (paragraph, at) -> nearLookups.add(
                              new NearItem(task.index(), nearLookups.size(), SplitTask.pos(task.input(), at.firstLine()),
                                  false, Span.of(at), paragraph)));
                });
    List<Integer> lines = new ArrayList<>();
    try (JsonLinesSink json = new JsonLinesSink(new PrintWriter(text))) {
      run.run(List.of(input), new ArticleSink() {
        @Override
        public void write(long id, Article article, Origin origin) throws IOException {
          lines.add(article.source().firstLine());
          json.write(id, article, origin);
          also.write(id, article, origin);
        }

        @Override
        public void close() {}

        @Override
        public void abort() {}
      });
    }
    List<String> records = new ArrayList<>();
    String all = text.toString();
    int start = 0;
    for (int end = all.indexOf('\n'); end >= 0; end = all.indexOf('\n', start)) {
      records.add(all.substring(start, end));
      start = end + 1;
    }
    boolean cut = opened[0] != null && opened[0].wasCut();
    return new SplitResult(task.index(), records, lines, index.puts(), index.asked(), nearAdds, nearLookups,
        shortLines.documents(),
        shortLines.firstSeen(), warnings, cut);
  }

  /** The task's bytes: from its start to its end and on by its look-ahead, to a line end. */
  private static LineCutInput open(SplitTask task, Share share, HadoopConf conf) throws IOException {
    Path path = new Path(task.uri());
    FSDataInputStream in = path.getFileSystem(conf.get()).open(path);
    in.seek(task.start());
    long limit = task.hasNext() ? task.end() - task.start() + share.lookahead() : Long.MAX_VALUE;
    return new LineCutInput(new BufferedInputStream(in, 1 << 16), limit);
  }
}
