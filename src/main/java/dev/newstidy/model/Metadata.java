package dev.newstidy.model;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Facts about an article read from metadata lines and datelines rather than from its text: the
 * dateline ({@code 新华社北京11月28日电}, {@code LONDON}), the date (ISO 8601 where it parsed), the
 * publisher ({@code 来源:}) and the editors ({@code 责任编辑:}).
 */
public record Metadata(String dateline, String date, String publisher, ImmutableList<String> editors) {
  public static final Metadata NONE = new Metadata(null, null, null, ImmutableList.of());

  public Metadata {
    editors = ImmutableList.copyOf(editors);
  }

  /** These facts, with {@code later}'s filling the fields still empty and adding its editors. */
  public Metadata plus(Metadata later) {
    Set<String> allEditors = new LinkedHashSet<>(editors);
    allEditors.addAll(later.editors);
    return new Metadata(
        dateline != null ? dateline : later.dateline,
        date != null ? date : later.date,
        publisher != null ? publisher : later.publisher,
        ImmutableList.copyOf(allEditors));
  }

  public Metadata withDateline(String newDateline) {
    return new Metadata(newDateline, date, publisher, editors);
  }

  public boolean isEmpty() {
    return dateline == null && date == null && publisher == null && editors.isEmpty();
  }
}
