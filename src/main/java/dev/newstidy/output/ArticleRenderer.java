package dev.newstidy.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.newstidy.model.Article;
import dev.newstidy.model.Origin;
import dev.newstidy.model.Flag;
import dev.newstidy.model.Part;
import dev.newstidy.model.Removal;
import dev.newstidy.model.RemovalReason;
import dev.newstidy.text.HtmlMarkup;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Renders one article as the content of its file: Markdown with YAML front matter, plain text, or
 * the JSON record. Front-matter strings are JSON-quoted, which YAML reads as double-quoted scalars,
 * so that no headline can break the header. In the Markdown body, text that a Markdown reader
 * would take for raw HTML is escaped: {@code <script>} (decoded from the input's {@code
 * &lt;script&gt;}) is written {@code &lt;script>}, so no page can put live HTML into a {@code .md}
 * file, while {@code x < y} and {@code <3} stay as they are (pinned by {@code
 * ArticleRendererTest.htmlInTheTextIsNeverLiveInMarkdown}). The plain text is spelled so that
 * newstidy reads it back as written: a tag in the text ({@code <b>}, decoded from {@code &lt;b&gt;})
 * is written {@code &lt;b>}, which a second pass decodes instead of dropping as markup (pinned by
 * {@code ArticleRendererTest.plainTextSpellsTagsAndEntitiesSoTheyReadBackAsWritten}).
 *
 * <p>Example, pinned by {@code ArticleRendererTest}: an article titled {@code 标题} with one paragraph
 * {@code 正文。} renders in Markdown as front matter, then {@code # 标题}, a blank line and {@code 正文。}.
 *
 * <p>The front matter has a fixed schema: every key of {@link #FRONT_MATTER_KEYS} in every file, in
 * that order, {@code null} (or {@code []}) where unknown, so that a reader of a thousand files
 * never meets a key that comes and goes.
 */
public final class ArticleRenderer {
  /** The front-matter keys, each in every Markdown file, in this order; the README says what each means. */
  public static final List<String> FRONT_MATTER_KEYS =
      List.of(
          "id", "lang", "title", "subtitle", "byline", "names", "roles", "authors", "dateline", "date",
          "publisher", "editors", "reviewers", "url", "page_id", "record", "source", "lines", "flags");

  /**
   * What opens raw HTML in CommonMark: {@code <} before a letter, {@code /}, {@code !} or {@code ?}
   * ({@code <img}, {@code </p>}, {@code <!--}, {@code <?php}); not {@code < 5} or {@code <3}.
   */
  private static final Pattern HTML_OPENING = Pattern.compile("<(?=[A-Za-z/!?])");

  /**
   * An ampersand a Markdown reader would decode: {@code &lt;}, {@code &#60;}, {@code &#x3c;}; not
   * {@code A&B} or {@code AT&T}.
   */
  private static final Pattern ENTITY_OPENING = Pattern.compile("&(?=[A-Za-z][A-Za-z0-9]{1,31};|#[0-9]{1,7};|#[xX][0-9A-Fa-f]{1,6};)");

  /** What opens the sub-headline's line in the text output: {@code ——访园区负责人}. */
  private static final String SUB_HEADLINE_MARK = "——";

  /**
   * The file content of {@code article} in {@code format}, ending with a newline. The text output
   * carries no {@code lang}, so it is worked out only for the others.
   */
  public String render(long id, Article article, Origin origin, OutputFormat format)
      throws IOException {
    String lang = format == OutputFormat.TXT ? null : RecordJson.languageOf(article);
    return render(id, article, origin, format, lang);
  }

  /**
   * As {@link #render(long, Article, Origin, OutputFormat)}, with the article's {@code lang}
   * already decided ({@link RecordJson#languageOf}), for a caller that needs it again.
   */
  String render(long id, Article article, Origin origin, OutputFormat format, String lang)
      throws IOException {
    return switch (format) {
      case MD -> markdown(id, article, origin, lang);
      case TXT -> plainText(article);
      case JSON -> record(id, article, origin, lang);
    };
  }

  private String markdown(long id, Article a, Origin origin, String lang) throws IOException {
    try (Quoter quoter = new Quoter()) {
      return markdown(id, a, origin, lang, quoter);
    }
  }

  private static String markdown(long id, Article a, Origin origin, String lang, Quoter q) throws IOException {
    StringBuilder out = new StringBuilder(256 + a.body().size() * 200);
    out.append("---\n");
    out.append("id: ").append(id).append('\n');
    out.append("lang: ").append(q.quote(lang)).append('\n');
    out.append("title: ").append(q.quote(a.title())).append('\n');
    out.append("subtitle: ").append(q.quote(a.subtitle())).append('\n');
    out.append("byline: ").append(q.quote(a.byline() == null ? null : a.byline().text())).append('\n');
    out.append("names: ").append(q.list(a.byline() == null ? List.of() : a.byline().names())).append('\n');
    out.append("roles: ").append(q.list(a.byline() == null ? List.of() : a.byline().roles())).append('\n');
    out.append("authors: ").append(q.list(a.byline() == null ? List.of() : a.byline().authors())).append('\n');
    out.append("dateline: ").append(q.quote(a.metadata().dateline())).append('\n');
    // A metadata line's date first; else the page's own date field, as ${date} names the file.
    String date = a.metadata().date() != null ? q.quote(a.metadata().date()) : pageField(origin, "date", q);
    out.append("date: ").append(date).append('\n');
    out.append("publisher: ").append(q.quote(a.metadata().publisher())).append('\n');
    out.append("editors: ").append(q.list(a.metadata().editors())).append('\n');
    out.append("reviewers: ").append(q.list(a.metadata().reviewers())).append('\n');
    out.append("url: ").append(q.quote(RecordJson.urlOf(a, origin))).append('\n');
    out.append("page_id: ").append(pageField(origin, "id", q)).append('\n');
    out.append("record: ").append(a.source().record() > 0 ? Long.toString(a.source().record()) : "null").append('\n');
    out.append("source: ")
        .append(q.quote(a.source().path()))
        .append('\n')
        .append("lines: [")
        .append(a.source().firstLine())
        .append(", ")
        .append(a.source().lastLine())
        .append("]\n");
    out.append("flags: ").append(q.list(a.flags().stream().map(Flag::wireName).toList())).append('\n');
    out.append("---\n");
    if (a.title() != null) {
      out.append("\n# ").append(inert(a.title())).append('\n');
    }
    if (a.subtitle() != null) {
      out.append("\n## ").append(inert(a.subtitle())).append('\n');
    }
    for (Part part : a.body()) {
      out.append('\n');
      if (part.isParagraph()) {
        out.append(inert(part.text())).append('\n');
      } else {
        out.append("### ").append(inert(part.text())).append('\n');
      }
    }
    return out.toString();
  }

  /** Text that a Markdown reader shows as written: {@code <img onerror=x>} → {@code &lt;img onerror=x>}. */
  static String inert(String text) {
    if (text.indexOf('<') < 0 && text.indexOf('&') < 0) {
      return text;
    }
    String s = ENTITY_OPENING.matcher(text).replaceAll("&amp;");
    return HTML_OPENING.matcher(s).replaceAll("&lt;");
  }

  private static String plainText(Article a) {
    StringBuilder out = new StringBuilder();
    if (a.title() != null) {
      out.append(HtmlMarkup.spelledForReading(a.title())).append("\n\n");
    }
    if (a.subtitle() != null) {
      // The dashes that mark a sub-headline in print (——记…) tell the reader it is one; without
      // them a deck with no full stop would be read as the start of the lead and joined to it.
      out.append(SUB_HEADLINE_MARK).append(HtmlMarkup.spelledForReading(a.subtitle())).append("\n\n");
    }
    Removal lead = datelineCredit(a);
    String byline = a.byline() == null ? null : a.byline().text();
    for (Part part : a.body()) {
      if (lead != null && opensAt(part, lead)) {
        out.append(HtmlMarkup.spelledForReading(lead.text()));
        byline = byline.substring(lead.text().strip().length()).strip();
        lead = null;
      }
      out.append(HtmlMarkup.spelledForReading(part.text())).append("\n\n");
    }
    if (byline != null && !byline.isEmpty() && !endsAParagraph(a, byline)) {
      out.append(HtmlMarkup.spelledForReading(byline)).append("\n\n");
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '\n') {
      end--;
    }
    out.setLength(end);
    return out.append('\n').toString();
  }

  /**
   * The dateline removed from the front of a paragraph whose credit opens the byline, or null. The
   * text output writes it back where it stood, in front of its paragraph, and the rest of the byline
   * last: {@code HARBOUR CITY (AP) — } removed from {@code HARBOUR CITY (AP) — The ferry resumed…},
   * byline {@code HARBOUR CITY (AP) — By MARTA QUILLEN}, is written {@code HARBOUR CITY (AP) — The
   * ferry resumed…} … {@code By MARTA QUILLEN}. As one closing line the two read back as a paragraph
   * and a byline, or as a dateline that opens an article; in front of the text they read back as the
   * first pass read them. A removed line that does not open the byline ({@code 来源:某某日报}), or
   * whose paragraph is gone, changes nothing. Pinned by {@code ArticleRendererTest.plainTextPutsTheDatelineBackInFrontOfItsParagraph}.
   */
  private static Removal datelineCredit(Article a) {
    if (a.byline() == null) {
      return null;
    }
    String byline = a.byline().text();
    for (Removal r : a.removed()) {
      String prefix = r.text().strip();
      if (r.reason() == RemovalReason.METADATA
          && !prefix.isEmpty()
          && byline.startsWith(prefix)
          && (byline.length() == prefix.length() || byline.charAt(prefix.length()) == ' ')
          && a.body().stream().anyMatch(p -> opensAt(p, r))) {
        return r;
      }
    }
    return null;
  }

  /**
   * True when a paragraph already ends with the byline, as a caption keeps its photo credit ({@code
   * ▲新桥通车典礼,柳明川 摄}, byline {@code 柳明川 摄}): the text output does not write it twice, and a
   * second pass credits it from the caption again. A byline that no paragraph ends with ({@code
   * 记者 柳明川}) is written last. Pinned by {@code ArticleRendererTest.plainTextWritesACaptionsCreditOnce}.
   */
  private static boolean endsAParagraph(Article a, String byline) {
    return a.body().stream().anyMatch(p -> p.isParagraph() && p.text().length() > byline.length() && p.text().endsWith(byline));
  }

  /** True when {@code part} is a paragraph that starts on the line {@code removed} was taken from. */
  private static boolean opensAt(Part part, Removal removed) {
    return part.isParagraph()
        && part.span().path().equals(removed.span().path())
        && part.span().record() == removed.span().record()
        && part.span().firstLine() == removed.span().firstLine();
  }

  private String record(long id, Article a, Origin origin, String lang) throws IOException {
    StringWriter s = new StringWriter();
    try (JsonGenerator g = JsonStreams.generator(s)) {
      RecordJson.write(g, id, a, origin, true, null, lang);
    }
    return s.append('\n').toString();
  }

  /**
   * A page's top-level field as a quoted string, or {@code null} when the page has no such field or
   * it is not a string or a number: {@code "url": {"href": …}} is not a url.
   */
  private static String pageField(Origin origin, String field, Quoter q) throws IOException {
    return q.quote(RecordJson.pageString(origin, field));
  }

  /**
   * JSON-quotes the front matter's values through one generator for a whole file: the generator
   * puts nothing between root values, so each value is what a generator of its own wrote. A
   * generator a value (about sixteen a file) took about a third of the Markdown rendering's CPU
   * samples in a profile of a short run to a folder (quick compiler only), 5-8% in {@code
   * RenderBenchmark}, fully compiled.
   */
  private static final class Quoter implements AutoCloseable {
    private final StringWriter written = new StringWriter();
    private final JsonGenerator g;

    Quoter() throws IOException {
      g = JsonStreams.generator(written);
    }

    String quote(String value) throws IOException {
      if (value == null) {
        return "null";
      }
      g.writeString(value);
      return take();
    }

    String list(List<String> values) throws IOException {
      g.writeStartArray();
      for (String v : values) {
        g.writeString(v);
      }
      g.writeEndArray();
      return take();
    }

    /** What the generator wrote since the last value. */
    private String take() throws IOException {
      g.flush();
      String value = written.toString();
      written.getBuffer().setLength(0);
      return value;
    }

    @Override
    public void close() throws IOException {
      g.close();
    }
  }
}
