package dev.newstidy.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Collection;
import java.util.EnumSet;

/**
 * One article cut from a dump: headline, sub-headline, byline, body, and the account of everything
 * that was changed on the way (removals, joins, warnings). Immutable; a changed article is a new one.
 *
 * @param title the headline, or null for an untitled item
 * @param subtitle the sub-headline without its leading dashes, or null
 * @param byline the credits moved out of the body, or null
 * @param source the input lines the article spans
 * @param metadata dateline, date, publisher and editors read from metadata lines and datelines
 */
public record Article(
    String title,
    String subtitle,
    Byline byline,
    ImmutableList<Part> body,
    ImmutableSet<Flag> flags,
    SourceSpan source,
    ImmutableList<Removal> removed,
    ImmutableList<Join> joins,
    ImmutableList<Warning> warnings,
    Metadata metadata) {

  public Article {
    checkNotNull(metadata, "metadata");
    checkNotNull(source, "source");
    body = ImmutableList.copyOf(body);
    flags = Sets.immutableEnumSet(flags);
    removed = ImmutableList.copyOf(removed);
    joins = ImmutableList.copyOf(joins);
    warnings = ImmutableList.copyOf(warnings);
  }

  /** An article without metadata. */
  public Article(
      String title,
      String subtitle,
      Byline byline,
      ImmutableList<Part> body,
      ImmutableSet<Flag> flags,
      SourceSpan source,
      ImmutableList<Removal> removed,
      ImmutableList<Join> joins,
      ImmutableList<Warning> warnings) {
    this(title, subtitle, byline, body, flags, source, removed, joins, warnings, Metadata.NONE);
  }

  /** An article with only a source and a body, for tests and for stages that build from scratch. */
  public static Article of(String title, SourceSpan source, Collection<Part> body) {
    return new Article(
        title,
        null,
        null,
        ImmutableList.copyOf(body),
        ImmutableSet.of(),
        source,
        ImmutableList.of(),
        ImmutableList.of(),
        ImmutableList.of());
  }

  public Article withBody(Collection<Part> newBody) {
    return new Article(
        title, subtitle, byline, ImmutableList.copyOf(newBody), flags, source, removed, joins, warnings, metadata);
  }

  public Article withByline(Byline newByline) {
    return new Article(title, subtitle, newByline, body, flags, source, removed, joins, warnings, metadata);
  }

  public Article withFlag(Flag flag) {
    EnumSet<Flag> more = flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags);
    more.add(flag);
    return new Article(
        title, subtitle, byline, body, ImmutableSet.copyOf(more), source, removed, joins, warnings, metadata);
  }

  public Article withoutFlag(Flag flag) {
    EnumSet<Flag> fewer = flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags);
    fewer.remove(flag);
    return new Article(
        title, subtitle, byline, body, ImmutableSet.copyOf(fewer), source, removed, joins, warnings, metadata);
  }

  /** This article with the joins added to those it already records. */
  public Article plusJoins(Collection<Join> more) {
    return new Article(
        title,
        subtitle,
        byline,
        body,
        flags,
        source,
        removed,
        ImmutableList.<Join>builder().addAll(joins).addAll(more).build(),
        warnings,
        metadata);
  }

  /** This article with the warnings added to those it already records. */
  public Article plusWarnings(Collection<Warning> more) {
    return new Article(
        title,
        subtitle,
        byline,
        body,
        flags,
        source,
        removed,
        joins,
        ImmutableList.<Warning>builder().addAll(warnings).addAll(more).build(),
        metadata);
  }

  /** This article with the removals added to those it already records. */
  public Article plusRemovals(Collection<Removal> more) {
    return new Article(
        title,
        subtitle,
        byline,
        body,
        flags,
        source,
        ImmutableList.<Removal>builder().addAll(removed).addAll(more).build(),
        joins,
        warnings,
        metadata);
  }

  public Article withMetadata(Metadata newMetadata) {
    return new Article(title, subtitle, byline, body, flags, source, removed, joins, warnings, newMetadata);
  }

  public boolean hasFlag(Flag flag) {
    return flags.contains(flag);
  }

  /** The paragraphs of the body, headings left out. */
  public ImmutableList<Part> paragraphs() {
    return body.stream().filter(Part::isParagraph).collect(ImmutableList.toImmutableList());
  }
}
