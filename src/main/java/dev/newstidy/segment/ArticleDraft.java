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
import java.util.List;

/** The article the segmenter is building; it becomes an immutable {@link Article} when it ends. */
final class ArticleDraft {
  final String title;
  String subtitle;
  Byline byline;
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
    byline = byline == null ? found : byline.plus(found);
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
