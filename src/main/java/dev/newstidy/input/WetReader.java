package dev.newstidy.input;

import com.google.common.collect.ImmutableMap;
import dev.newstidy.model.Metadata;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a WET file, Common Crawl's extracted page text ({@code --input-format wet}, usually gzip):
 * one page per {@code WARC-Type: conversion} record, whose {@code WARC-Target-URI} and {@code
 * WARC-Date} become the fields {@code url} and {@code date}; other records ({@code warcinfo}) are
 * passed over. A record's text runs to the blank line before the next {@code WARC/1.x} line, not by
 * {@code Content-Length}, so that line ends rewritten on the way (CRLF) or a re-encoded copy still
 * read right.
 *
 * <p>Example, pinned by {@code WetReaderTest}: {@code WARC/1.0}, {@code WARC-Type: conversion},
 * {@code WARC-Target-URI: https://example.test/q}, {@code WARC-Date: 2024-03-02T08:00:00Z}, a blank
 * line and {@code 柳河新桥今日通车。} give one record with that text and the fields {@code url} and
 * {@code date}. Lines before a record's {@code WARC/} line are warned about and skipped.
 */
final class WetReader implements RecordReader {
  /** The version line that opens a record: {@code WARC/1.0}, {@code WARC/1.1}. */
  private static final Pattern VERSION = Pattern.compile("^WARC/\\d+\\.\\d+$");

  /** A header line: {@code WARC-Target-URI: https://example.test/q}. */
  private static final Pattern HEADER = Pattern.compile("^([A-Za-z][\\w-]*):\\s*(.*)$");

  private final LineSource lines;
  private final String label;
  private final Malformed malformed;
  private Line pending;
  private long number;

  WetReader(LineSource lines, String label, Malformed malformed) {
    this.lines = lines;
    this.label = label;
    this.malformed = malformed;
  }

  @Override
  public InputRecord next() throws IOException {
    for (Line start = take(); start != null; start = take()) {
      if (start.isBlank()) {
        continue;
      }
      if (!VERSION.matcher(start.text().strip()).matches()) {
        malformed.record(label + ":" + start.number(), "not a WARC record (no WARC/1.x line)");
        skipToRecord();
        continue;
      }
      Map<String, String> headers = headers();
      List<Line> text = text();
      if (!"conversion".equals(headers.get("warc-type"))) {
        continue;
      }
      number++;
      Map<String, String> fields = new LinkedHashMap<>();
      if (headers.containsKey("warc-target-uri")) {
        fields.put("url", RecordFields.quote(headers.get("warc-target-uri")));
      }
      if (headers.containsKey("warc-date")) {
        fields.put("date", RecordFields.quote(headers.get("warc-date")));
      }
      return new InputRecord(number, null, new ListedLines(text), ImmutableMap.copyOf(fields), Metadata.NONE);
    }
    return null;
  }

  /** The header lines up to the blank line, names lower-cased. */
  private Map<String, String> headers() throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    for (Line line = take(); line != null && !line.isBlank(); line = take()) {
      Matcher m = HEADER.matcher(line.text().strip());
      if (m.matches()) {
        headers.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
      }
    }
    return headers;
  }

  /** The payload up to the next record's version line, numbered from 1, trailing blanks dropped. */
  private List<Line> text() throws IOException {
    List<Line> text = new ArrayList<>();
    boolean afterBlank = true;
    for (Line line = take(); line != null; line = take()) {
      if (afterBlank && VERSION.matcher(line.text().strip()).matches()) {
        pending = line;
        break;
      }
      afterBlank = line.isBlank();
      text.add(new Line(text.size() + 1, line.text(), line.invalidBytes()));
    }
    while (!text.isEmpty() && text.get(text.size() - 1).isBlank()) {
      text.remove(text.size() - 1);
    }
    return text;
  }

  private void skipToRecord() throws IOException {
    for (Line line = take(); line != null; line = take()) {
      if (VERSION.matcher(line.text().strip()).matches()) {
        pending = line;
        return;
      }
    }
  }

  private Line take() throws IOException {
    if (pending != null) {
      Line line = pending;
      pending = null;
      return line;
    }
    return lines.next();
  }
}
