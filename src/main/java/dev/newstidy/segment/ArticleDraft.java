package dev.newstidy.segment;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import dev.newstidy.model.Article;
import dev.newstidy.model.Byline;
import dev.newstidy.model.Flag;
import dev.newstidy.model.Metadata;
import dev.newstidy.model.Part;
import dev.newstidy.model.Removal;
import dev.newstidy.model.SourceSpan;
import dev.newstidy.model.Warning;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The article the segmenter is building; it becomes an immutable {@link Article} when it ends. */
final class ArticleDraft {
  final String title;
  String subtitle;
  /** Every byline read for this article, in order; merged into one when the article ends. */
  private final List<Byline> bylines = new ArrayList<>();

  /** The bylines of {@link #bylines} read from a caption's photo credit, which stays in the caption. */
  private final List<Byline> captionCredits = new ArrayList<>();

  /** Bare-name lines read as bylines so far, in case the same name stands again as a label. */
  private final List<NameLine> nameLines = new ArrayList<>();

  /** Names found to be speakers' labels: their lines stay in the text. */
  private final Set<String> speakers = new HashSet<>();

  final List<Part> body = new ArrayList<>();
  final List<Removal> removed = new ArrayList<>();
  final List<Warning> warnings = new ArrayList<>();
  final EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
  SourceSpan span;
  Metadata metadata = Metadata.NONE;

  /** True right after the headline, while a sub-headline may still follow. */
  boolean awaitingSubtitle;

  /** True once a closing byline was read: the next block starts a new article unless it continues. */
  boolean closed;

  /** How this article's section lead-ins are set, or null before the first. */
  LeadIn.Style sectionStyle;

  /** The most blank lines seen between two blocks of this article, as evidence for plain headlines. */
  int widestGap;

  ArticleDraft(String title, SourceSpan span) {
    this.title = title;
    this.span = span;
    this.awaitingSubtitle = title != null;
    if (title == null) {
      flags.add(Flag.UNTITLED);
    }
  }

  void extend(SourceSpan more) {
    span = span.through(more);
  }

  void addByline(Byline found) {
    bylines.add(found);
  }

  /** A photo credit that stays in its caption ({@code …开幕 柳明川 摄}) and is credited in the byline too. */
  void addCaptionCredit(Byline found) {
    bylines.add(found);
    captionCredits.add(found);
  }

  /**
   * Takes a line that reads as one bare name ({@code 柳明川}) after the article's text began. The
   * first time it is a byline, as a closing name is; when the same name stands on a line of its own
   * again, both were a speaker's labels in a transcript or an interview, and every such line goes
   * back into the text where it stood. Pinned by {@code
   * ArticleSegmenterTest.nameRepeatedOnLinesOfItsOwnIsASpeakerLabelNotAByline}; a name that stands
   * once stays a byline.
   *
   * @return true when the line went into the text as a label
   */
  boolean takeNameLine(String text, Byline found, SourceSpan where) {
    String name = text.strip();
    if (speakers.contains(name)) {
      body.add(Part.paragraph(text, where));
      return true;
    }
    for (int i = 0; i < nameLines.size(); i++) {
      NameLine earlier = nameLines.get(i);
      if (earlier.name().equals(name)) {
        nameLines.remove(i);
        bylines.remove(earlier.byline());
        body.add(earlier.at(), Part.paragraph(earlier.name(), earlier.where()));
        // The lines remembered after it stood further down: one part more now stands before them.
        nameLines.replaceAll(n -> n.at() > earlier.at() ? new NameLine(n.name(), n.byline(), n.where(), n.at() + 1) : n);
        speakers.add(name);
        body.add(Part.paragraph(text, where));
        return true;
      }
    }
    nameLines.add(new NameLine(name, found, where, body.size()));
    bylines.add(found);
    return false;
  }

  /** A bare-name line read as a byline, and where in the body it stood. */
  private record NameLine(String name, Byline byline, SourceSpan where, int at) {}

  /**
   * True for a caption credit whose text another byline of the article already holds: the closing
   * line {@code 记者 韦青禾 柳明川 摄} and the caption {@code 新桥通车 柳明川 摄} give the byline
   * {@code 记者 韦青禾 柳明川 摄}, not {@code 柳明川 摄 记者 韦青禾 柳明川 摄}. The credit stays in its
   * caption either way, so nothing is lost; and the text output, which writes the byline as the
   * article's last line, reads back with the same byline. A caption credit that no other byline
   * holds ({@code 江小帆 摄} beside {@code 记者 韦青禾}) stays in the byline. Pinned by {@code
   * ArticleSegmenterTest.captionCreditThatTheClosingBylineHoldsIsCreditedOnce}.
   */
  private boolean isRepeatedCaptionCredit(Byline found) {
    if (captionCredits.stream().noneMatch(c -> c == found)) {
      return false;
    }
    for (Byline other : bylines) {
      if (other != found && other.text().contains(found.text())
          && (captionCredits.stream().noneMatch(c -> c == other) || other.text().length() > found.text().length())) {
        return true;
      }
    }
    return false;
  }

  /** The last body part, or null. */
  Part lastPart() {
    return body.isEmpty() ? null : body.get(body.size() - 1);
  }

  Article build() {
    if (body.stream().noneMatch(Part::isParagraph)) {
      // A headline whose every paragraph was a repeat, or a document of nothing but repeats.
      flags.add(Flag.EMPTY);
    }
    Byline byline = null;
    for (Byline found : bylines) {
      if (!isRepeatedCaptionCredit(found)) {
        byline = byline == null ? found : byline.plus(found);
      }
    }
    return new Article(
        title,
        subtitle,
        byline,
        ImmutableList.copyOf(body),
        Sets.immutableEnumSet(flags),
        span,
        ImmutableList.copyOf(removed),
        ImmutableList.of(),
        ImmutableList.copyOf(warnings),
        metadata);
  }
}
