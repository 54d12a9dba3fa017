package dev.newstidy.app;

import dev.newstidy.model.Article;
import dev.newstidy.model.Origin;
import dev.newstidy.model.Removal;
import dev.newstidy.model.RemovalReason;
import dev.newstidy.model.SourceSpan;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code --near article}: removes a second copy of a whole story (a page that ran again) as one
 * unit. An article whose every paragraph went as a repeat, exact or near, of paragraphs of one
 * earlier article gets no record and no file; the record of the article it repeats lists it under
 * {@code removed} (reason {@code near-duplicate}, with its source). To do that while streaming,
 * finished articles wait in a window of the last {@link #SIZE} before they are written; a copy of
 * a story that has already left the window stays, as a record flagged {@code empty} whose removals
 * name what each paragraph repeats.
 *
 * <p>The removal that stands for the copy carries all of its text, one piece a line: headline,
 * sub-headline, byline, what is left of the body, and every text its own removals held. A copy
 * whose sub-headline differs from the original's thus loses nothing without a record (pinned by
 * {@code StoryRepeatWindowTest.theCopysOwnSubHeadlineAndRepeatsStayInTheRecord}).
 *
 * <p>Example, pinned by {@code StoryRepeatWindowTest}: articles A (two paragraphs), B (a copy of A,
 * both paragraphs removed as repeats of A's) and C give records A (listing B) and C, ids 1 and 2.
 */
final class StoryRepeatWindow {
  /** Articles held back before they are written. */
  static final int SIZE = 256;

  /** A held article, its run id and its document's origin. */
  private static final class Held {
    final long id;
    Article article;
    final Origin origin;

    Held(long id, Article article, Origin origin) {
      this.id = id;
      this.article = article;
      this.origin = origin;
    }
  }

  /**
   * Where articles go once they leave the window; {@code countRemoved} hears of each story removed,
   * with whether its removal went into a held record.
   */
  interface Writer {
    void write(long id, Article article, Origin origin);
  }

  private final Writer writer;
  private final Consumer<Boolean> countRemoved;
  private final Deque<Held> window = new ArrayDeque<>();
  private long nextId = 1;

  StoryRepeatWindow(Writer writer, Consumer<Boolean> countRemoved) {
    this.writer = writer;
    this.countRemoved = countRemoved;
  }

  /** Takes the next finished article. */
  void accept(Article article, Origin origin) {
    SourceSpan repeated = repeatedStory(article);
    Held original = repeated == null ? null : find(repeated);
    if (original != null) {
      countRemoved.accept(true);
      Removal removal =
          new Removal(RemovalReason.NEAR_DUPLICATE, article.source(), storyText(article), original.article.source());
      original.article = original.article.plusRemovals(List.of(removal));
      return;
    }
    window.addLast(new Held(nextId++, article, origin));
    if (window.size() > SIZE) {
      Held oldest = window.removeFirst();
      writer.write(oldest.id, oldest.article, oldest.origin);
    }
  }

  /** Writes every article still held, in order. */
  void flush() {
    while (!window.isEmpty()) {
      Held held = window.removeFirst();
      writer.write(held.id, held.article, held.origin);
    }
  }

  /**
   * The stretch of input this article's repeats point into, or null when it kept a paragraph or
   * its repeats point into more than one input: a whole copy only when one held article covers it.
   */
  private static SourceSpan repeatedStory(Article article) {
    if (!article.paragraphs().isEmpty()) {
      return null;
    }
    SourceSpan covering = null;
    for (Removal r : article.removed()) {
      if (r.reason() != RemovalReason.DUPLICATE && r.reason() != RemovalReason.NEAR_DUPLICATE) {
        continue;
      }
      if (r.firstSeen() == null || r.kept()) {
        return null;
      }
      SourceSpan seen = r.firstSeen();
      if (covering == null) {
        covering = seen;
      } else if (!covering.path().equals(seen.path()) || covering.record() != seen.record()) {
        return null;
      } else {
        covering = covering.through(seen);
      }
    }
    return covering;
  }

  /** The held article whose source covers {@code lines}, or null. */
  private Held find(SourceSpan lines) {
    for (Held held : window) {
      SourceSpan s = held.article.source();
      if (s.path().equals(lines.path())
          && s.record() == lines.record()
          && s.firstLine() <= lines.firstLine()
          && lines.lastLine() <= s.lastLine()) {
        return held;
      }
    }
    return null;
  }

  /** Everything the copy held, so that dropping its record drops no text unrecorded. */
  private static String storyText(Article article) {
    List<String> pieces = new ArrayList<>();
    addIfPresent(pieces, article.title());
    addIfPresent(pieces, article.subtitle());
    addIfPresent(pieces, article.byline() == null ? null : article.byline().text());
    article.body().forEach(part -> addIfPresent(pieces, part.text()));
    article.removed().forEach(removal -> addIfPresent(pieces, removal.text()));
    return String.join("\n", pieces);
  }

  private static void addIfPresent(List<String> pieces, String text) {
    if (text != null && !text.isEmpty()) {
      pieces.add(text);
    }
  }
}
