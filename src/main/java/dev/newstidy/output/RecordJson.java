package dev.newstidy.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.newstidy.model.Article;
import dev.newstidy.model.Byline;
import dev.newstidy.model.Credit;
import dev.newstidy.model.Flag;
import dev.newstidy.model.Join;
import dev.newstidy.model.Metadata;
import dev.newstidy.model.Origin;
import dev.newstidy.model.Part;
import dev.newstidy.model.Removal;
import dev.newstidy.model.SourceSpan;
import dev.newstidy.model.Warning;
import dev.newstidy.text.LanguageCensus;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes the JSON record of an article, the contract with users' scripts (schema 2). Fields may be
 * added, never renamed; the field order is fixed so that output is byte-identical run to run.
 * Schema 2 added {@code authors}, {@code reviewers} and {@code url}, and split {@code lang}'s
 * {@code zh} into {@code zh-Hans} and {@code zh-Hant}.
 */
public final class RecordJson {
  /** The record schema version. */
  public static final int SCHEMA = 2;

  private RecordJson() {}

  /**
   * Writes one record as a JSON object.
   *
   * @param withBody false for manifest lines, which leave the body out
   * @param file the article's file relative to the output folder, or null to leave the field out
   */
  public static void write(
      JsonGenerator g, long id, Article a, Origin origin, boolean withBody, String file)
      throws IOException {
    write(g, id, a, origin, withBody, file, languageOf(a), JsonStrings.JACKSON);
  }

  /**
   * Writes one record as a JSON object, with its {@code lang} already decided: a caller that writes
   * an article twice (its file and its manifest line) reads the article's letters once.
   *
   * @param lang {@link #languageOf} the article
   */
  static void write(
      JsonGenerator g, long id, Article a, Origin origin, boolean withBody, String file, String lang)
      throws IOException {
    write(g, id, a, origin, withBody, file, lang, JsonStrings.JACKSON);
  }

  /**
   * Writes one record as a JSON object, its {@code lang} decided and its strings written by {@code
   * strings} ({@link JsonStrings#utf8} for Jackson's UTF-8 generator: the same bytes, sooner).
   */
  static void write(
      JsonGenerator g,
      long id,
      Article a,
      Origin origin,
      boolean withBody,
      String file,
      String lang,
      JsonStrings strings)
      throws IOException {
    g.writeStartObject();
    g.writeNumberField("schema", SCHEMA);
    g.writeNumberField("id", id);
    if (file != null) {
      g.writeStringField("file", file);
    }
    g.writeStringField("lang", lang);
    strings.field(g, "title", a.title());
    strings.field(g, "subtitle", a.subtitle());
    writeByline(g, a.byline());
    Metadata meta = a.metadata();
    g.writeStringField("dateline", meta.dateline());
    g.writeStringField("date", meta.date());
    g.writeStringField("publisher", meta.publisher());
    writeStrings(g, "authors", a.byline() == null ? List.of() : a.byline().authors());
    writeStrings(g, "editors", meta.editors());
    writeStrings(g, "reviewers", meta.reviewers());
    g.writeStringField("url", urlOf(a, origin));
    if (withBody) {
      g.writeArrayFieldStart("body");
      for (Part part : a.body()) {
        g.writeStartObject();
        g.writeStringField("kind", part.kind().wireName());
        strings.field(g, "text", part.text());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeArrayFieldStart("flags");
    for (Flag flag : a.flags()) {
      g.writeString(flag.wireName());
    }
    g.writeEndArray();
    g.writeFieldName("source");
    writeSource(g, a.source(), origin);
    g.writeArrayFieldStart("removed");
    for (Removal r : a.removed()) {
      g.writeStartObject();
      g.writeStringField("reason", r.reason().wireName());
      if (r.span().record() > 0) {
        g.writeNumberField("record", r.span().record());
      }
      g.writeNumberField("line", r.span().firstLine());
      strings.field(g, "text", r.text());
      if (r.firstSeen() != null) {
        g.writeFieldName("first_seen");
        writeSpan(g, r.firstSeen());
      }
      if (r.hasSimilarity()) {
        g.writeNumberField("similarity", Math.round(r.similarity() * 1000) / 1000.0);
      }
      if (r.kept()) {
        g.writeBooleanField("kept", true);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("joins");
    for (Join j : a.joins()) {
      g.writeStartObject();
      g.writeNumberField("line", j.line());
      g.writeNumberField("next_line", j.nextLine());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("warnings");
    for (Warning w : a.warnings()) {
      g.writeStartObject();
      g.writeStringField("code", w.code());
      g.writeNumberField("line", w.line());
      g.writeStringField("message", w.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * {@code zh-Hans}, {@code zh-Hant} or {@code en}, from the letters of the headline and body
   * ({@code und} when there are none): Chinese when CJK characters carry at least a third of the
   * weight, and traditional when its traditional-only characters outnumber the simplified-only ones
   * ({@link dev.newstidy.text.HanVariants}). Pinned by {@code RecordJsonTest.tellsSimplifiedFromTraditional}.
   */
  static String languageOf(Article a) {
    LanguageCensus census = new LanguageCensus();
    if (a.title() != null) {
      census.add(a.title());
    }
    for (Part part : a.body()) {
      census.add(part.text());
    }
    return census.languageTag();
  }

  private static void writeStrings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }

  /**
   * The article's url: from a metadata line ({@code 原文链接:}), else the page's own {@code url} field
   * (JSON Lines, JSON, XML, a WET record's {@code WARC-Target-URI}, a front matter's {@code url}) when
   * it is a string or a number ({@code 20240318} gives {@code "20240318"}); else null.
   */
  static String urlOf(Article a, Origin origin) {
    return a.metadata().url() != null ? a.metadata().url() : pageString(origin, "url");
  }

  /**
   * A page's top-level field when it is a JSON string or number, as text: {@code "https://a.example/1"}
   * gives {@code https://a.example/1}; an object or a list gives null.
   */
  static String pageString(Origin origin, String field) {
    String raw = origin.fields().get(field);
    if (raw == null) {
      return null;
    }
    try (JsonParser p = JsonStreams.parser(raw)) {
      JsonToken token = p.nextToken();
      if (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        return p.getText();
      }
      return null;
    } catch (IOException e) {
      return null;
    }
  }

  private static void writeByline(JsonGenerator g, Byline byline) throws IOException {
    if (byline == null) {
      g.writeNullField("byline");
      return;
    }
    g.writeObjectFieldStart("byline");
    g.writeStringField("text", byline.text());
    g.writeArrayFieldStart("names");
    for (String name : byline.names()) {
      g.writeString(name);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("roles");
    for (String role : byline.roles()) {
      g.writeString(role);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("credits");
    for (Credit c : byline.credits()) {
      g.writeStartObject();
      g.writeStringField("name", c.name());
      g.writeStringField("role", c.role());
      g.writeStringField("kind", c.kind().wireName());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** {@code source}: the span, then the encoding and, for JSON Lines pages, the page's fields. */
  private static void writeSource(JsonGenerator g, SourceSpan span, Origin origin) throws IOException {
    g.writeStartObject();
    g.writeStringField("path", span.path());
    if (span.record() > 0) {
      g.writeNumberField("record", span.record());
    }
    g.writeNumberField("first_line", span.firstLine());
    g.writeNumberField("last_line", span.lastLine());
    g.writeStringField("encoding", origin.encoding());
    if (!origin.fields().isEmpty()) {
      g.writeObjectFieldStart("fields");
      for (Map.Entry<String, String> field : origin.fields().entrySet()) {
        g.writeFieldName(field.getKey());
        g.writeRawValue(field.getValue());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** {@code first_seen}: where a repeat was first seen. */
  private static void writeSpan(JsonGenerator g, SourceSpan span) throws IOException {
    g.writeStartObject();
    g.writeStringField("path", span.path());
    if (span.record() > 0) {
      g.writeNumberField("record", span.record());
    }
    g.writeNumberField("line", span.firstLine());
    g.writeEndObject();
  }
}
