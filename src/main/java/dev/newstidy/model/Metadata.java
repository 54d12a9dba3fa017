package dev.newstidy.model;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Facts about an article read from metadata lines, datelines and the page's own fields rather than
 * from its text: the dateline ({@code 新华社北京11月28日电}, {@code LONDON}), the date (ISO 8601 where it
 * parsed), the publisher ({@code 来源:}, a site suffix on the headline), the editors ({@code 责任编辑:}),
 * the reviewers ({@code 一审:}, {@code 二审:}, {@code 终审:}) and the page's url.
 */
public record Metadata(
    String dateline,
    String date,
    String publisher,
    ImmutableList<String> editors,
    ImmutableList<String> reviewers,
    String url) {
  public static final Metadata NONE = new Metadata(null, null, null, ImmutableList.of());

  public Metadata {
    editors = ImmutableList.copyOf(editors);
    reviewers = ImmutableList.copyOf(reviewers);
  }

  /** Facts without reviewers or url: what a dateline, a front matter or most metadata lines state. */
  public Metadata(String dateline, String date, String publisher, ImmutableList<String> editors) {
    this(dateline, date, publisher, editors, ImmutableList.of(), null);
  }

  /** These facts, with {@code later}'s filling the fields still empty and adding its names. */
  public Metadata plus(Metadata later) {
    return new Metadata(
        dateline != null ? dateline : later.dateline,
        date != null ? date : later.date,
        publisher != null ? publisher : later.publisher,
        union(editors, later.editors),
        union(reviewers, later.reviewers),
        url != null ? url : later.url);
  }

  private static ImmutableList<String> union(ImmutableList<String> first, ImmutableList<String> second) {
    if (second.isEmpty()) {
      return first;
    }
    Set<String> all = new LinkedHashSet<>(first);
    all.addAll(second);
    return ImmutableList.copyOf(all);
  }

  public Metadata withDateline(String newDateline) {
    return new Metadata(newDateline, date, publisher, editors, reviewers, url);
  }

  public Metadata withPublisher(String newPublisher) {
    return new Metadata(dateline, date, newPublisher, editors, reviewers, url);
  }

  public boolean isEmpty() {
    return dateline == null && date == null && publisher == null && editors.isEmpty() && reviewers.isEmpty() && url == null;
  }
}
