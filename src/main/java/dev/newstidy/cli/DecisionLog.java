package dev.newstidy.cli;

import dev.newstidy.model.Article;
import dev.newstidy.model.Flag;
import dev.newstidy.model.Join;
import dev.newstidy.model.Origin;
import dev.newstidy.model.Part;
import dev.newstidy.model.Removal;
import dev.newstidy.model.SourceSpan;
import dev.newstidy.model.Warning;
import dev.newstidy.output.ArticleSink;
import dev.newstidy.text.Printable;
import dev.newstidy.segment.ArticleSegmenter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * {@code -v}: explains on stderr each decision the chain made about an article, with its line, and
 * passes the article on. Example: {@code dump.txt:37: article 4 ends with byline "海工宣" (1 name)}.
 */
final class DecisionLog implements ArticleSink {
  private final ArticleSink next;
  private final PrintWriter err;

  DecisionLog(ArticleSink next, PrintWriter err) {
    this.next = next;
    this.err = err;
  }

  @Override
  public void write(long id, Article a, Origin origin) throws IOException {
    SourceSpan s = a.source();
    String where = s.path() + ":" + (s.record() > 0 ? s.record() + ":" : "");
    if (a.title() != null) {
      say(where + s.firstLine() + ": article " + id + " starts at headline \"" + shorten(a.title()) + "\"");
    } else {
      say(where + s.firstLine() + ": article " + id + " starts untitled (no headline before it)");
    }
    if (a.subtitle() != null) {
      say(where + s.firstLine() + ": article " + id + " has sub-headline \"" + shorten(a.subtitle()) + "\"");
    }
    for (Part part : a.body()) {
      if (!part.isParagraph()) {
        say(where + part.span().firstLine() + ": section heading \"" + shorten(part.text()) + "\"");
      }
    }
    if (a.byline() != null) {
      int names = a.byline().names().size();
      // The line the byline stood on: in mid-article that is not the article's last line.
      int line = a.byline().line() > 0 ? a.byline().line() : s.lastLine();
      say(where + line + ": byline \"" + shorten(a.byline().text()) + "\" moved to metadata ("
          + names + (names == 1 ? " name)" : " names)"));
    }
    for (Removal r : a.removed()) {
      String first = r.firstSeen() == null ? "" : ", first seen at " + r.firstSeen().position();
      say(where + r.span().firstLine() + ": removed as " + r.reason().wireName() + first);
    }
    for (Join j : a.joins()) {
      say(where + j.line() + ": joined with line " + j.nextLine() + " (the two read as one sentence cut by a break)");
    }
    for (Warning w : a.warnings()) {
      say(where + w.line() + ": warning " + w.code() + ": " + w.message());
    }
    if (a.hasFlag(Flag.TRUNCATED)) {
      say(where + s.lastLine() + ": article " + id + " flagged truncated (ends in mid-sentence)");
    }
    next.write(id, a, origin);
  }

  /**
   * Explains a weighed headline candidate: {@code dump.txt:41: headline candidate "青石镇新桥通车"
   * scored +3.2, new article (+3.0 credit_after, +1.6 dateline_after, -0.4 cohesion)}; a line that
   * yields to the line under it says so after its own reasons: {@code …scored +0.4, stays in the
   * article (…); the next line scores +3.1}.
   */
  void boundary(ArticleSegmenter.Candidate c) {
    SourceSpan s = c.block().span();
    String where = s.path() + ":" + (s.record() > 0 ? s.record() + ":" : "") + s.firstLine();
    say(String.format(
        Locale.ROOT,
        "%s: headline candidate \"%s\" scored %+.1f, %s (%s)%s",
        where,
        shorten(c.block().text()),
        c.decision().score(),
        c.opensArticle() ? "new article" : "stays in the article",
        c.decision().reasons(3),
        c.yieldsToNextLine()
            ? String.format(Locale.ROOT, "; the next line scores %+.1f", c.nextLine().score())
            : ""));
  }

  private void say(String line) {
    err.println(Printable.of(line));
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 39) + "…";
  }

  /**
   * Not passed on: with {@code -v} each record still leaves as it is written, so that on a terminal
   * (or with {@code 2>&1}) it follows the decisions explained for it, as it did before records were
   * written in batches. A run explained line by line is not one whose speed matters.
   */
  @Override
  public void writeInBatches() {}

  @Override
  public void flush() throws IOException {
    next.flush();
  }

  @Override
  public void close() throws IOException {
    next.close();
  }

  @Override
  public void fail() {
    next.fail();
  }

  @Override
  public void abort() {
    next.abort();
  }
}
