package dev.newstidy.eval;

import java.util.List;

/**
 * What newstidy should make of one planted article: where it stands in the dump, its exact title,
 * byline names and paragraphs after repair, its subheadings, and the lines of the repeats, near
 * copies and boilerplate planted in it, which should all be removed.
 *
 * @param firstLine the headline's line, or the first paragraph's for an untitled item
 * @param lastLine the article's last line, planted lines included
 * @param title null for an untitled item
 * @param cuts how many paragraphs a page break cut in two
 * @param hyphenatedCuts how many of those cut a Latin word ({@code neigh-} / {@code borhood})
 */
public record TruthArticle(
    Language lang,
    int firstLine,
    int lastLine,
    String title,
    List<String> names,
    List<String> paragraphs,
    List<String> headings,
    List<Integer> repeatLines,
    List<Integer> nearLines,
    List<Integer> boilerplateLines,
    int cuts,
    int hyphenatedCuts) {

  public TruthArticle {
    names = List.copyOf(names);
    paragraphs = List.copyOf(paragraphs);
    headings = List.copyOf(headings);
    repeatLines = List.copyOf(repeatLines);
    nearLines = List.copyOf(nearLines);
    boilerplateLines = List.copyOf(boilerplateLines);
  }
}
