package dev.newstidy.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of one newstidy JSON record that the scorer reads.
 *
 * @param bareText title, subtitle and body run together with all white space removed
 * @param removed the reason of each removal, by its line
 */
record OutputRecord(
    String lang,
    int firstLine,
    int lastLine,
    String title,
    List<String> names,
    List<String> paragraphs,
    List<String> headings,
    String bareText,
    Map<Integer, String> removed) {

  static OutputRecord of(JsonNode record) {
    List<String> names = new ArrayList<>();
    JsonNode byline = record.path("byline");
    byline.path("names").forEach(n -> names.add(n.asText()));
    List<String> paragraphs = new ArrayList<>();
    List<String> headings = new ArrayList<>();
    StringBuilder bare = new StringBuilder();
    bare.append(withoutSpace(textOrEmpty(record.get("title")))).append(withoutSpace(textOrEmpty(record.get("subtitle"))));
    for (JsonNode part : record.path("body")) {
      String text = part.path("text").asText();
      (part.path("kind").asText().equals("heading") ? headings : paragraphs).add(text);
      // No separator: a sentence that a missed join left in two parts is still text kept.
      bare.append(withoutSpace(text));
    }
    Map<Integer, String> removed = new HashMap<>();
    record.path("removed").forEach(r -> removed.put(r.path("line").asInt(), r.path("reason").asText()));
    JsonNode source = record.path("source");
    return new OutputRecord(
        // The truth groups Chinese as one language; the record tells zh-Hans from zh-Hant.
        record.path("lang").asText().startsWith("zh") ? "zh" : record.path("lang").asText(),
        source.path("first_line").asInt(),
        source.path("last_line").asInt(),
        record.path("title").isNull() ? null : record.path("title").asText(),
        names,
        paragraphs,
        headings,
        bare.toString(),
        removed);
  }

  private static String textOrEmpty(JsonNode node) {
    return node == null || node.isNull() ? "" : node.asText();
  }

  /** {@code text} with every white-space character removed. */
  static String withoutSpace(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
