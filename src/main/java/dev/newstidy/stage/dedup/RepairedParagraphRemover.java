package dev.newstidy.stage.dedup;

import static com.google.common.base.Preconditions.checkArgument;

import dev.newstidy.model.Article;
import dev.newstidy.model.Join;
import dev.newstidy.model.Part;
import dev.newstidy.model.Removal;
import dev.newstidy.model.RemovalReason;
import dev.newstidy.model.SourceSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Removes a paragraph that repeats an earlier one only once page breaks are repaired: a paragraph
 * whose first copy a break cut in two matches no block as scraped, so {@link
 * RepeatedParagraphRemover} cannot see it. Each paragraph a join made is looked up, whole, in the
 * run's paragraph index (and its near-copy index with {@code --near paragraph}) and recorded there,
 * so that a later whole copy is found by the block-level remover; the first occurrence wins and
 * every removal names where the paragraph was first seen.
 *
 * <p>Example, pinned by {@code RepairedParagraphRemoverTest}: an article whose blocks {@code
 * 柳溪镇今年新修村道两条,} (line 3) and {@code 村民出行方便了。} (line 5) were joined registers {@code
 * 柳溪镇今年新修村道两条,村民出行方便了。} at lines 3–5; the same paragraph printed whole at line 9 of
 * that article, or later in the run, goes as a {@code duplicate} first seen at lines 3–5. A joined
 * paragraph is never taken for a near copy of one of its own pieces.
 *
 * <p>It keeps run-wide state, as the block-level remover does, so it is not an article stage: the
 * pipeline calls it after the repairs, in input order.
 */
public final class RepairedParagraphRemover {
  private final ParagraphIndex index;
  private final int minChars;
  private final boolean keep;
  private final NearDuplicateIndex near;

  /**
   * Joined paragraphs whose whole copy, later in the same input, reached the index first: the block
   * stage judged that copy before the article of the cut one was finished. The joined paragraph is
   * the first occurrence, so the copy goes when its article comes. Only such pairs are kept here.
   */
  private final Map<Long, SourceSpan> claimed = new HashMap<>();

  /**
   * @param index the run's paragraph index, shared with the block-level remover
   * @param minChars paragraphs with fewer normalised characters than this are never removed
   * @param keep mark repeats without removing them ({@code --keep-duplicates})
   * @param near the near-duplicate index, or null to look for exact repeats only
   */
  public RepairedParagraphRemover(ParagraphIndex index, int minChars, boolean keep, NearDuplicateIndex near) {
    checkArgument(minChars >= 1, "minChars %s < 1", minChars);
    this.index = index;
    this.minChars = minChars;
    this.keep = keep;
    this.near = near;
  }

  /** The article without the paragraphs that repeat an earlier one after repair. */
  public Article apply(Article article) {
    if (article.joins().isEmpty() && claimed.isEmpty()) {
      return article; // no paragraph was made by a join: the block-level remover saw them all
    }
    // Joined paragraphs of this article, by fingerprint: a whole copy later in the same article was
    // judged at block level before the join existed.
    Map<Long, SourceSpan> joinedHere = new HashMap<>();
    List<Part> body = new ArrayList<>();
    List<Removal> removals = new ArrayList<>();
    for (Part part : article.body()) {
      Optional<Removal> removal = part.isParagraph() ? judge(part, article.joins(), joinedHere) : Optional.empty();
      removal.ifPresent(removals::add);
      if (removal.isEmpty() || keep) {
        body.add(part);
      }
    }
    if (removals.isEmpty()) {
      return article;
    }
    return article.withBody(body).plusRemovals(removals);
  }

  private Optional<Removal> judge(Part part, List<Join> joins, Map<Long, SourceSpan> joinedHere) {
    boolean joined = madeByJoin(part.span(), joins);
    if (!joined && joinedHere.isEmpty() && claimed.isEmpty()) {
      // A whole paragraph can only repeat a joined one: none stands before it, so no fingerprint.
      return Optional.empty();
    }
    ParagraphFingerprint.Fingerprint print = ParagraphFingerprint.of(part.text());
    if (print.length() < minChars) {
      return Optional.empty();
    }
    if (!joined) {
      SourceSpan first = joinedHere.get(print.hash());
      if (first == null) {
        first = claimed.get(print.hash());
      }
      return Optional.ofNullable(first)
          .filter(f -> isLater(part.span(), f))
          .map(f -> repeat(RemovalReason.DUPLICATE, part, f, Double.NaN));
    }
    SourceSpan first = index.putIfAbsent(print.hash(), part.span());
    if (first != null && isLater(first, part.span())) {
      claimed.put(print.hash(), part.span());
      first = null;
    }
    if (first != null) {
      return Optional.of(repeat(RemovalReason.DUPLICATE, part, first, Double.NaN));
    }
    joinedHere.put(print.hash(), part.span());
    if (near == null) {
      return Optional.empty();
    }
    // A near copy found later in the same input stays: both are kept rather than the first removed.
    return near.findAndAdd(part.text(), part.span())
        .filter(match -> !within(match.firstSeen(), part.span()) && !isLater(match.firstSeen(), part.span()))
        .map(match -> repeat(RemovalReason.NEAR_DUPLICATE, part, match.firstSeen(), match.similarity()));
  }

  /** True when {@code span} stands after {@code other} in the same input. */
  private static boolean isLater(SourceSpan span, SourceSpan other) {
    return span.path().equals(other.path())
        && (span.record() > other.record()
            || (span.record() == other.record() && span.firstLine() > other.lastLine()));
  }

  private Removal repeat(RemovalReason reason, Part part, SourceSpan first, double similarity) {
    return new Removal(reason, part.span(), part.text(), first, keep, similarity);
  }

  /** True when a join of the article falls inside the span: the paragraph is two blocks joined. */
  private static boolean madeByJoin(SourceSpan span, List<Join> joins) {
    for (Join join : joins) {
      if (span.firstLine() <= join.line() && join.nextLine() <= span.lastLine()) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code inner} is one of the blocks inside {@code outer}: a piece of the paragraph. */
  private static boolean within(SourceSpan inner, SourceSpan outer) {
    return inner.path().equals(outer.path())
        && inner.record() == outer.record()
        && outer.firstLine() <= inner.firstLine()
        && inner.lastLine() <= outer.lastLine();
  }
}
