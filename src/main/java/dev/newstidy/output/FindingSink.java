package dev.newstidy.output;

import dev.newstidy.model.Article;
import dev.newstidy.model.Flag;
import dev.newstidy.model.Origin;
import dev.newstidy.model.Removal;
import dev.newstidy.model.RemovalReason;
import dev.newstidy.model.SourceSpan;
import dev.newstidy.model.Warning;
import dev.newstidy.text.Printable;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code newstidy check}: prints one finding per line on stdout, in the form editors and CI
 * annotators parse, {@code path:line: kind: message}, and writes nothing else. For a JSON Lines page
 * the position is {@code path:RECORD} and the message names the line within the page.
 *
 * <p>Example: {@code dump.txt:59: truncated: article 6 ends in mid-sentence: "…工作制度化 and 运行"}.
 *
 * <p>A reader that closes stdout early ({@code check … | head -1}) does not end the check: the
 * findings are still counted to the end, so that the exit code is the verdict, as it is without the
 * pipe. Any other write failure (a full disk) is an output error.
 */
public final class FindingSink implements ArticleSink {
  private final PrintWriter out;
  private final Map<FindingKind, Long> counts = new EnumMap<>(FindingKind.class);
  private final Supplier<IOException> failure;
  /** True once stdout's reader went away: findings are counted but no longer printed. */
  private boolean readerGone;

  public FindingSink(PrintWriter out) {
    this(out, () -> null);
  }

  /**
   * @param failure the error stdout's last write failed with, if known: a closed pipe (or an
   *     unknown cause) stops the printing, anything else is an output error
   */
  public FindingSink(PrintWriter out, Supplier<IOException> failure) {
    this.out = out;
    this.failure = failure;
  }

  @Override
  public void write(long id, Article a, Origin origin) throws IOException {
    SourceSpan s = a.source();
    if (a.hasFlag(Flag.UNTITLED)) {
      report(s, s.firstLine(), FindingKind.UNTITLED, "article " + id + " has no headline");
    }
    if (a.hasFlag(Flag.EMPTY)) {
      report(s, s.firstLine(), FindingKind.EMPTY, "article " + id + " has no paragraph left");
    }
    for (Removal r : a.removed()) {
      if (r.reason() != RemovalReason.DUPLICATE && r.reason() != RemovalReason.NEAR_DUPLICATE) {
        continue; // furniture and metadata are cleaning, not findings
      }
      String first = r.firstSeen() == null ? "" : ": repeats " + r.firstSeen().position();
      String what = r.reason() == RemovalReason.NEAR_DUPLICATE ? "near copy removed" : "paragraph removed";
      report(r.span(), r.span().firstLine(), FindingKind.DUPLICATE, what + first);
    }
    for (Warning w : a.warnings()) {
      FindingKind kind = FindingKind.ofWarning(w.code());
      String message = kind == FindingKind.INVALID_UTF8 ? w.message() : w.code() + ": " + w.message();
      report(s, w.line(), kind, message);
    }
    if (a.hasFlag(Flag.TRUNCATED)) {
      report(s, s.lastLine(), FindingKind.TRUNCATED, "article " + id + " ends in mid-sentence: \"…" + ending(a) + "\"");
    }
    checkStdout();
  }

  /**
   * Reports a finding about the run as a whole, not about an article: {@code news/: no-input:
   * nothing was read (0 files …)}.
   */
  public void reportRun(String position, FindingKind kind, String message) throws IOException {
    print(kind, position + ": " + kind.wireName() + ": " + message);
    checkStdout();
  }

  private void report(SourceSpan span, int line, FindingKind kind, String message) {
    String position = span.record() > 0 ? span.path() + ":" + span.record() : span.path() + ":" + line;
    String within = span.record() > 0 ? " (line " + line + " of the page)" : "";
    print(kind, position + ": " + kind.wireName() + ": " + message + within);
  }

  private void print(FindingKind kind, String line) {
    counts.merge(kind, 1L, Long::sum);
    if (!readerGone) {
      out.println(Printable.of(line));
    }
  }

  /** Notices a closed stdout (printing stops, counting goes on) or a failed one (an error). */
  private void checkStdout() throws IOException {
    if (readerGone || !out.checkError()) {
      return;
    }
    IOException cause = failure.get();
    String message = cause == null ? null : cause.getMessage();
    if (cause == null || (message != null && (message.contains("Broken pipe") || message.contains("EPIPE")))) {
      readerGone = true;
      return;
    }
    throw new OutputException("stdout", message == null ? cause.getClass().getSimpleName() : message, cause);
  }

  private static String ending(Article a) {
    String last = a.paragraphs().isEmpty() ? "" : a.paragraphs().get(a.paragraphs().size() - 1).text();
    return last.length() <= 20 ? last : last.substring(last.length() - 20);
  }

  /** How many findings of {@code kind} were printed. */
  public long count(FindingKind kind) {
    return counts.getOrDefault(kind, 0L);
  }

  @Override
  public void close() throws IOException {
    out.flush();
    checkStdout();
  }

  @Override
  public void abort() {
    out.flush();
  }
}
