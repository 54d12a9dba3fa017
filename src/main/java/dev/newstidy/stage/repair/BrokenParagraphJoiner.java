package dev.newstidy.stage.repair;

import dev.newstidy.model.Article;
import dev.newstidy.model.Join;
import dev.newstidy.model.Part;
import dev.newstidy.model.PartKind;
import dev.newstidy.model.RemovalReason;
import dev.newstidy.stage.ArticleStage;
import dev.newstidy.text.Joint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Joins a paragraph that ends in mid-sentence with the paragraph after it when {@link CutEvidence}
 * finds that the two read as one sentence: they are one paragraph that a page or column break cut
 * in two. A list item, a heading, a caption or a credit line that merely lacks a full stop stays a
 * paragraph of its own. CJK text joins with no space, Latin text with
 * one, and a Latin word hyphenated at the break is made whole. It never joins into a heading (the
 * segmenter has already taken out headlines and bylines), and never across articles. A heading joins
 * the paragraph after it only where {@link HeadingFragment} finds it is a cut paragraph's first
 * piece that the segmenter took for a subheading; the joined text is a paragraph. The first
 * paragraph, when a dateline was taken off it, is read as a lead ({@link CutEvidence#isCut(CharSequence,
 * String, boolean)}).
 *
 * <p>Examples, pinned by {@code BrokenParagraphJoinerTest}: {@code P[…坚持“以绿养绿”] P[发展思路,…。]}
 * gives {@code P[…坚持“以绿养绿”发展思路,…。]} (the fragment is too long for a title) and a join from the first block's last line to the
 * second's first; {@code P[…他说:“我们会努力。”] P[下一步,…]} stays two paragraphs; {@code P[…示范带动、]
 * H[小标题] P[…]} is not joined across the heading; {@code P[the neigh-] P[borhood.]} gives {@code
 * neigh\u00ADborhood}, whose soft hyphen {@code Dehyphenator} resolves; {@code h[他头一回进城打工是在二十岁。那年秋天]
 * P[收成不好。…]} gives {@code P[他头一回进城打工是在二十岁。那年秋天收成不好。…]}.
 */
public final class BrokenParagraphJoiner implements ArticleStage {
  @Override
  public Article apply(Article article) {
    // A block joined to the one after it can read differently as a whole (a short first piece is
    // no longer a title once its sentence is complete), so the joins run until nothing changes:
    // joining the result again then gives the same article. Each round removes a paragraph, so
    // there are at most as many rounds as paragraphs, and nearly always one or two.
    Article result = article;
    for (Article next = joinOnce(result); next != result; next = joinOnce(result)) {
      result = next;
    }
    if (result == article) {
      return article;
    }
    // The joins of later rounds are listed in line order, as one round would list them.
    List<Join> added = new ArrayList<>(result.joins().subList(article.joins().size(), result.joins().size()));
    added.sort(Comparator.comparingInt(Join::line).thenComparingInt(Join::nextLine));
    return article.withBody(result.body()).plusJoins(added);
  }

  /**
   * True when this stage joins {@code next} to {@code paragraph}, a plain paragraph and the one
   * after it: the two read as one sentence that a break cut ({@link CutEvidence}). For readers that
   * weigh text before the join runs, so that they read what it will leave (the segmenter's
   * look-ahead). {@code 据了解,今年柳溪镇新修了村道和} and {@code 桥梁三座。} yes; {@code 村民很满意。} and
   * {@code 下一段。} no. Pinned by {@code BrokenParagraphJoinerTest.readsOnAcrossBreakAsTheJoinDoes}.
   */
  public static boolean readsOnAcrossBreak(CharSequence paragraph, String next) {
    return CutEvidence.isCut(paragraph, next);
  }

  /**
   * True when {@code next} would go on the sentence that {@code text} leaves open, read as the
   * joiner reads a pair but without its veto on a short next line that reads as a title ({@link
   * CutEvidence#goesOnInto}): for the segmenter, which must know whether a short line may continue
   * a cut-off line above it. {@code The prize went to} and {@code Maria Okafor of Dunmore} yes;
   * {@code And we insist} and {@code Harbor Ferry Sails Again} no.
   */
  public static boolean goesOnInto(CharSequence text, String next) {
    return CutEvidence.goesOnInto(text, next);
  }

  private static Article joinOnce(Article article) {
    List<Part> body = new ArrayList<>();
    List<Join> joins = new ArrayList<>();
    List<Part> parts = article.body();
    Part lead = leadAfterDateline(article);
    // The paragraph being joined, kept open so that a long run of joins costs linear time: the
    // part's own text until a first join, a builder from then on (most paragraphs join nothing,
    // and copying each into a builder was a tenth of a run's allocation).
    CharSequence open = null;
    Part openPart = null;
    for (int i = 0; i < parts.size(); i++) {
      Part part = parts.get(i);
      if (openPart != null
          && part.isParagraph()
          && CutEvidence.isCut(open, part.text(), openPart == lead)) {
        joins.add(new Join(openPart.span().lastLine(), part.span().firstLine()));
        StringBuilder joined = open instanceof StringBuilder builder ? builder : builderOf(open, part);
        Joint.append(joined, part.text());
        open = joined;
        openPart = new Part(PartKind.PARAGRAPH, openPart.text(), openPart.span().through(part.span()));
        continue;
      }
      close(body, open, openPart);
      open = null;
      openPart = null;
      boolean cutOpening =
          !part.isParagraph() && i + 1 < parts.size() && HeadingFragment.isCutOpening(part, parts.get(i + 1));
      if (part.isParagraph() || cutOpening) {
        open = part.text();
        openPart = part;
      } else {
        body.add(part);
      }
    }
    close(body, open, openPart);
    if (joins.isEmpty()) {
      return article;
    }
    return article.withBody(body).plusJoins(joins);
  }

  /**
   * The first paragraph when a dateline was taken off its start ({@link DatelineExtractor} records
   * the prefix as a metadata removal at the paragraph's span), or null.
   */
  private static Part leadAfterDateline(Article article) {
    if (article.body().isEmpty() || article.metadata().dateline() == null) {
      return null;
    }
    Part first = article.body().get(0);
    boolean taken =
        first.isParagraph()
            && article.removed().stream()
                .anyMatch(r -> r.reason() == RemovalReason.METADATA && r.span().equals(first.span()));
    return taken ? first : null;
  }

  /** A builder holding {@code open}, with room for {@code next} and the space a join may put. */
  private static StringBuilder builderOf(CharSequence open, Part next) {
    return new StringBuilder(open.length() + next.text().length() + 16).append(open);
  }

  private static void close(List<Part> body, CharSequence open, Part openPart) {
    if (openPart != null) {
      if (open instanceof String) {
        body.add(openPart);
        return;
      }
      String text = open.toString();
      body.add(text.equals(openPart.text()) ? openPart : openPart.withText(text));
    }
  }
}
