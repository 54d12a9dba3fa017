package dev.newstidy.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.newstidy.model.Article;
import dev.newstidy.model.Origin;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The review page ({@code clean --html FILE}, {@code stats --html FILE}): one self-contained HTML
 * file that shows what the run did to every article. It sees the records the other sinks see
 * (through a {@link TeeSink}); each article's view is spooled to a hidden file beside the page as
 * it comes, so the run holds no article in memory, and the page is written once the run's summary
 * is known, through a temporary file and a rename. Pinned by {@code HtmlReviewSinkTest} and, in a
 * real browser, {@code ReviewPageBrowserTest}.
 */
public final class HtmlReviewSink implements ArticleSink {
  private final Path target;
  private final Path spool;
  private final Writer spoolWriter;
  private final JsonGenerator generator;
  private final FirstOccurrences seen = new FirstOccurrences();
  private final ReviewPage.Tally tally = new ReviewPage.Tally();
  private boolean any;
  private boolean open = true;

  private HtmlReviewSink(Path target, Path spool) throws IOException {
    this.target = target;
    this.spool = spool;
    this.spoolWriter = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
    this.generator = ReviewPage.islandGenerator(spoolWriter);
  }

  /**
   * Checks that the page can be written and opens its spool, before the run reads anything.
   *
   * @throws OutputException when {@code target} is a folder or its folder does not exist
   */
  public static HtmlReviewSink open(Path target) throws OutputException {
    RunReport.checkWritable(target);
    Path folder = target.toAbsolutePath().getParent();
    try {
      Path spool = Files.createTempFile(folder, "." + target.getFileName() + ".", ".part");
      return new HtmlReviewSink(target, spool);
    } catch (IOException e) {
      throw new OutputException(target.toString(), "cannot write the review page: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void write(long id, Article article, Origin origin) throws IOException {
    seen.add(id, article.source());
    tally.count(article);
    if (any) {
      generator.writeRaw(",\n");
    }
    any = true;
    ReviewArticleJson.write(generator, id, article, seen);
  }

  @Override
  public synchronized void close() throws IOException {
    if (open) {
      open = false;
      generator.close();
      spoolWriter.close();
    }
  }

  /** Leaves nothing behind: the page is not written and the spool goes. */
  @Override
  public synchronized void abort() {
    try {
      close();
    } catch (IOException ignored) {
      // the run is already failing; the spool is removed below
    }
    deleteSpool();
  }

  /**
   * Writes the page of the finished run: the summary from {@code summary}, the same counts that
   * {@code stats --json} prints, then every article spooled.
   */
  public synchronized void writePage(RunSummary summary) throws OutputException {
    Path temp = target.resolveSibling("." + target.getFileName() + ".page.part");
    try {
      close();
      Map<String, Object> model = new LinkedHashMap<>(ReviewPage.model(summary, tally));
      String[] halves = ReviewPage.render(model);
      try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        w.write(halves[0]);
        try (var articles = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
          articles.transferTo(w);
        }
        w.write(halves[1]);
      }
      AtomicMove.replace(temp, target);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // the page is already failing
      }
      throw new OutputException(target.toString(), "cannot write the review page: " + e.getMessage(), e);
    } finally {
      deleteSpool();
    }
  }

  private void deleteSpool() {
    try {
      Files.deleteIfExists(spool);
    } catch (IOException ignored) {
      // a hidden .part file left in a failing run's folder is all that can remain
    }
  }
}
