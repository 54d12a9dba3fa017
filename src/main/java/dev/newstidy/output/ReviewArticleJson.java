package dev.newstidy.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.newstidy.model.Article;
import dev.newstidy.model.Flag;
import dev.newstidy.model.Join;
import dev.newstidy.model.Part;
import dev.newstidy.model.Removal;
import dev.newstidy.model.RemovalReason;
import dev.newstidy.model.Warning;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;

/**
 * Writes one article as the review page reads it: its text and everything taken out of it, in the
 * order they stood in the input, so that the page can show a repeat struck through where it was.
 *
 * <p>Example, for an article of lines 42–50 whose line 50 repeated line 48:
 *
 * <pre>{@code
 * {"id":3,"lang":"en","t":"Board Delays Vote","f":[],"src":"gazette.txt","rec":0,"a":42,"b":50,
 *  "x":[{"k":"p","s":"The board will meet…","a":48,"b":48},
 *       {"k":"r","why":"duplicate","s":"The board will meet…","a":50,"fs":"gazette.txt:48","to":3}],
 *  "w":[]}
 * }</pre>
 *
 * <p>Item kinds ({@code k}): {@code h} heading, {@code p} paragraph (with {@code j}, the joins made
 * inside it, and {@code kr}, the repeats {@code --keep-duplicates} left in it), {@code r} a repeat
 * (with {@code fs}, where it was first seen, and {@code to}, the article of this run that holds
 * that place, when there is one), {@code f} dropped furniture or
 * a metadata line, {@code dl} the dateline as it stood, {@code by} the byline as it stood. Pinned
 * by {@code ReviewArticleJsonTest}.
 */
final class ReviewArticleJson {
  private ReviewArticleJson() {}

  /** One item of the article in input order, with its sort key. */
  private record Item(long record, int line, int order, Writing writing) {}

  @FunctionalInterface
  private interface Writing {
    void to(JsonGenerator g) throws IOException;
  }

  /**
   * Writes the article's view.
   *
   * @param seen the articles written so far, this one included, for the links of its repeats
   */
  static void write(JsonGenerator g, long id, Article a, FirstOccurrences seen) throws IOException {
    g.writeStartObject();
    g.writeNumberField("id", id);
    g.writeStringField("lang", RecordJson.languageOf(a));
    g.writeStringField("t", a.title());
    if (a.subtitle() != null) {
      g.writeStringField("st", a.subtitle());
    }
    g.writeArrayFieldStart("f");
    for (Flag flag : a.flags()) {
      g.writeString(flag.wireName());
    }
    g.writeEndArray();
    g.writeStringField("src", a.source().path());
    g.writeNumberField("rec", a.source().record());
    g.writeNumberField("a", a.source().firstLine());
    g.writeNumberField("b", a.source().lastLine());
    if (a.byline() != null) {
      g.writeStringField("by", a.byline().text());
    }
    if (a.metadata().dateline() != null) {
      g.writeStringField("dl", a.metadata().dateline());
    }
    if (a.metadata().date() != null) {
      g.writeStringField("date", a.metadata().date());
    }
    if (a.metadata().publisher() != null) {
      g.writeStringField("pub", a.metadata().publisher());
    }
    g.writeNumberField("n", length(a));
    g.writeArrayFieldStart("x");
    for (Item item : items(a, seen)) {
      item.writing().to(g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("w");
    for (Warning w : a.warnings()) {
      g.writeStartObject();
      g.writeStringField("c", w.code());
      g.writeNumberField("a", w.line());
      g.writeStringField("m", w.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Characters of the body, for the chart of article lengths. */
  static int length(Article a) {
    int n = 0;
    for (Part part : a.body()) {
      n += part.text().codePointCount(0, part.text().length());
    }
    return n;
  }

  /**
   * The body, the removals and the byline in input order. At one line, what was taken off the
   * front of a paragraph (a dateline) comes before it, and a byline after the paragraph it was
   * glued to.
   */
  private static List<Item> items(Article a, FirstOccurrences seen) {
    List<Item> items = new ArrayList<>();
    List<Join> joins = new ArrayList<>(a.joins());
    List<Removal> removed = new ArrayList<>(a.removed());
    for (Part part : a.body()) {
      List<Join> inside = new ArrayList<>();
      joins.removeIf(j -> within(j, part) && inside.add(j));
      // A repeat --keep-duplicates left in the text is marked on its paragraph, not shown twice.
      List<Removal> kept = new ArrayList<>();
      removed.removeIf(r -> r.kept() && r.firstSeen() != null && holds(part, r) && kept.add(r));
      items.add(new Item(part.span().record(), part.span().firstLine(), 1, g -> writePart(g, part, inside, kept, seen)));
    }
    String dateline = a.metadata().dateline();
    for (Removal r : removed) {
      boolean isDateline =
          r.reason() == RemovalReason.METADATA && dateline != null && r.text().strip().startsWith(dateline);
      items.add(
          new Item(r.span().record(), r.span().firstLine(), 0, g -> writeRemoval(g, r, isDateline, seen)));
    }
    if (a.byline() != null) {
      int line = a.byline().line() > 0 ? a.byline().line() : a.source().lastLine();
      String text = a.byline().text();
      items.add(new Item(a.source().record(), line, 3, g -> writeText(g, "by", text, line)));
    }
    items.sort(Comparator.comparingLong(Item::record).thenComparingInt(Item::line).thenComparingInt(Item::order));
    // A join the body does not hold (its lines were cut apart again) still shows, at its line.
    for (Join j : joins) {
      items.add(new Item(a.source().record(), j.line(), 4, g -> writeJoin(g, j)));
    }
    return items;
  }

  private static boolean holds(Part part, Removal r) {
    return part.span().record() == r.span().record()
        && part.span().firstLine() <= r.span().firstLine()
        && r.span().firstLine() <= part.span().lastLine();
  }

  private static boolean within(Join j, Part part) {
    return j.line() >= part.span().firstLine() && j.nextLine() <= part.span().lastLine();
  }

  private static void writePart(
      JsonGenerator g, Part part, List<Join> joins, List<Removal> kept, FirstOccurrences seen)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("k", part.isParagraph() ? "p" : "h");
    g.writeStringField("s", part.text());
    g.writeNumberField("a", part.span().firstLine());
    g.writeNumberField("b", part.span().lastLine());
    if (!joins.isEmpty()) {
      g.writeArrayFieldStart("j");
      for (Join j : joins) {
        g.writeStartArray();
        g.writeNumber(j.line());
        g.writeNumber(j.nextLine());
        g.writeEndArray();
      }
      g.writeEndArray();
    }
    if (!kept.isEmpty()) {
      g.writeArrayFieldStart("kr");
      for (Removal r : kept) {
        g.writeStartObject();
        g.writeStringField("why", r.reason().wireName());
        writeFirstSeen(g, r, seen);
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void writeRemoval(JsonGenerator g, Removal r, boolean isDateline, FirstOccurrences seen)
      throws IOException {
    g.writeStartObject();
    boolean repeat = r.firstSeen() != null;
    g.writeStringField("k", isDateline ? "dl" : repeat ? "r" : "f");
    g.writeStringField("why", r.reason().wireName());
    g.writeStringField("s", r.text());
    g.writeNumberField("a", r.span().firstLine());
    if (repeat) {
      writeFirstSeen(g, r, seen);
    }
    if (r.kept()) {
      g.writeBooleanField("kept", true);
    }
    g.writeEndObject();
  }

  /** Where a repeat was first seen, the article of this run that holds it, and its similarity. */
  private static void writeFirstSeen(JsonGenerator g, Removal r, FirstOccurrences seen) throws IOException {
    g.writeStringField("fs", r.firstSeen().position());
    OptionalLong to = seen.articleAt(r.firstSeen());
    if (to.isPresent()) {
      g.writeNumberField("to", to.getAsLong());
      g.writeNumberField("tl", r.firstSeen().firstLine());
    }
    if (r.hasSimilarity()) {
      g.writeNumberField("sim", Math.round(r.similarity() * 1000) / 1000.0);
    }
  }

  private static void writeText(JsonGenerator g, String kind, String text, int line) throws IOException {
    g.writeStartObject();
    g.writeStringField("k", kind);
    g.writeStringField("s", text);
    g.writeNumberField("a", line);
    g.writeEndObject();
  }

  private static void writeJoin(JsonGenerator g, Join j) throws IOException {
    g.writeStartObject();
    g.writeStringField("k", "j");
    g.writeNumberField("a", j.line());
    g.writeNumberField("b", j.nextLine());
    g.writeEndObject();
  }
}
