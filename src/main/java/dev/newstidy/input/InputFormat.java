package dev.newstidy.input;

import java.util.Locale;

/** How a dump is laid out ({@code --input-format}). */
public enum InputFormat {
  /**
   * By name, compressed or not: {@code *.jsonl} and {@code *.ndjson} are JSON Lines, {@code *.json}
   * JSON, {@code *.xml} XML, {@code *.sgm} and {@code *.sgml} SGML, {@code *.wet} WET; any other
   * file that opens with {@code WARC/}, {@code <?xml}, the record element or {@code <REUTERS} is
   * WET, XML or SGML; stdin is sniffed.
   */
  AUTO,
  /** Plain text or Markdown: the whole input is one document, after its YAML front matter. */
  TEXT,
  /** JSON Lines: one page per line, its text in a field. */
  JSONL,
  /** A JSON array of article objects (ninjs and the like), read one element at a time. */
  JSON,
  /** An XML news collection: one record per {@code --record-element}, repaired where not well-formed. */
  XML,
  /** Reuters-21578 SGML: one record per {@code <REUTERS>} element. */
  SGML,
  /** Common Crawl WET: one page per {@code conversion} record. */
  WET;

  /** The opening of a JSON array of objects, so that {@code [图片]} opening a text is not one: {@code [ {}. */
  private static final java.util.regex.Pattern ARRAY_OF_OBJECTS = java.util.regex.Pattern.compile("\\[\\s*[{\\]]");

  /** The format of a file called {@code name}, for {@link #AUTO}. */
  static InputFormat byName(String name) {
    String plain = Compression.stripExtension(name).toLowerCase(Locale.ROOT);
    if (plain.endsWith(".jsonl") || plain.endsWith(".ndjson")) {
      return JSONL;
    } else if (plain.endsWith(".json")) {
      return JSON;
    } else if (plain.endsWith(".xml")) {
      return XML;
    } else if (plain.endsWith(".sgm") || plain.endsWith(".sgml")) {
      return SGML;
    } else if (plain.endsWith(".wet")) {
      return WET;
    }
    return TEXT;
  }

  /**
   * The format of a text that opens with {@code start} (its first 64 KiB, without BOM or leading
   * white space): <code>{</code> JSON Lines, <code>[{</code> JSON, {@code WARC/} WET, {@code <REUTERS} or
   * {@code <!DOCTYPE lewis} SGML, {@code <?xml} or the record element ({@code <doc>}) XML, else
   * text, so that a text dump that opens with {@code <p>} stays text. Used for stdin, and for the
   * markup formats whatever the name, since their openings open no text dump. Pinned by {@code InputFormatTest}.
   */
  static InputFormat bySniffing(String start, String recordElement) {
    if (start.startsWith("{")) {
      return JSONL;
    } else if (ARRAY_OF_OBJECTS.matcher(start).lookingAt()) {
      return JSON;
    } else if (start.startsWith("WARC/")) {
      return WET;
    } else if (start.startsWith("<REUTERS") || start.regionMatches(true, 0, "<!DOCTYPE lewis", 0, 15)) {
      return SGML;
    } else if (start.startsWith("<?xml") || opensWith(start, "<" + recordElement)) {
      return XML;
    }
    return TEXT;
  }

  private static boolean opensWith(String start, String tag) {
    return start.startsWith(tag)
        && start.length() > tag.length()
        && (start.charAt(tag.length()) == '>' || Character.isWhitespace(start.charAt(tag.length())));
  }
}
