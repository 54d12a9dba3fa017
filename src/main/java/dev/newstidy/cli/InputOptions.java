package dev.newstidy.cli;

import com.google.common.collect.ImmutableList;
import dev.newstidy.input.InputException;
import dev.newstidy.input.InputFormat;
import dev.newstidy.input.InputResolver;
import dev.newstidy.input.InputSource;
import dev.newstidy.input.ReadSettings;
import java.nio.charset.Charset;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options that say what to read, shared by {@code clean}, {@code check} and {@code stats}. */
final class InputOptions {
  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description =
          "A dump file (text, Markdown, JSON Lines, JSON, XML, SGML or WET, plain or gzip/bzip2/xz/zstd-compressed), a folder"
              + " (read recursively in sorted order), or - for stdin.")
  List<String> inputs;

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      defaultValue = "auto",
      description =
          "auto (by name: *.jsonl and *.ndjson are JSON Lines, *.json JSON, *.xml XML, *.sgm SGML, *.wet WET;"
              + " stdin is sniffed), text, jsonl, json (an array of articles), xml (a news collection),"
              + " sgml (Reuters-21578) or wet (Common Crawl) (default: ${DEFAULT-VALUE}).")
  InputFormat format;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description = "Decode inputs with this charset (GB18030, Big5, UTF-16, …) instead of deciding from the bytes.")
  Charset encoding;

  @Option(
      names = "--text-field",
      paramLabel = "NAME",
      description =
          "The field that holds a record's text (default: text for JSON Lines; the first of text, body_text,"
              + " body, content for JSON; of text, content, body for XML).")
  String textField;

  @Option(
      names = "--title-field",
      paramLabel = "NAME",
      description =
          "The field that holds a record's headline, which becomes its first article's title (default: the"
              + " first of title, headline; for XML also contenttitle).")
  String titleField;

  @Option(
      names = "--record-element",
      paramLabel = "NAME",
      description = "The XML element that holds one record (default: doc).")
  String recordElement;

  @Option(
      names = "--include",
      paramLabel = "GLOB",
      description = "In folders, read only files whose path below the folder matches (repeatable), e.g. '**/*.jsonl.gz'.")
  List<String> include = List.of();

  @Option(
      names = "--exclude",
      paramLabel = "GLOB",
      description = "In folders, skip files whose path below the folder matches (repeatable).")
  List<String> exclude = List.of();

  @Option(
      names = "--threads",
      paramLabel = "N",
      defaultValue = "2",
      description = "2 reads and decodes in a thread of its own, and finishes and writes the articles in a third, while the chain cleans; 1 does all in one thread. The output is the same (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(
      names = "--strict",
      description = "Stop with exit 3 on invalid UTF-8, a malformed line or record, a line over --max-line-bytes, an input over --max-input-bytes or an article over --max-article-bytes instead of warning and going on.")
  boolean strict;

  @Option(
      names = "--max-line-bytes",
      paramLabel = "SIZE",
      defaultValue = "16M",
      converter = ByteSize.class,
      description = "Keep at most this much of one input line (1K to 1G): the rest is dropped with a warning, or the run stops with exit 3 under --strict (default: ${DEFAULT-VALUE}).")
  long maxLineBytes;

  @Option(
      names = "--max-input-bytes",
      paramLabel = "SIZE",
      defaultValue = "1T",
      converter = ByteSize.class,
      description = "Read at most this much of one input after decompression: the rest is not read, with a warning, or the run stops with exit 3 under --strict (default: ${DEFAULT-VALUE}).")
  long maxInputBytes;

  @Option(
      names = "--max-article-bytes",
      paramLabel = "SIZE",
      defaultValue = "16M",
      converter = ByteSize.class,
      description = "Hold at most this much text in one article, removed repeats included: past it the article is cut with a warning and the rest goes on as a new record, or the run stops with exit 3 under --strict (default: ${DEFAULT-VALUE}).")
  long maxArticleBytes;

  ReadSettings readSettings() {
    return new ReadSettings(
        format, encoding, textField, titleField, recordElement, strict, maxLineBytes, maxInputBytes, maxArticleBytes);
  }

  ImmutableList<InputSource> sources(java.util.function.Consumer<String> warnings) throws InputException {
    return InputResolver.resolve(inputs, include, exclude, warnings);
  }
}
