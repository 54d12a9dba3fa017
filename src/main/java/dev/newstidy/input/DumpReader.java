package dev.newstidy.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableMap;
import com.google.common.io.CountingInputStream;
import dev.newstidy.model.InputStats;
import dev.newstidy.model.Origin;
import dev.newstidy.text.IoMessages;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads one input into documents: it counts the raw bytes, undoes compression, decides the encoding
 * from the first 64 KiB, and yields the whole text as one document (past its YAML front matter),
 * or each record of a structured input as a document of its own: a JSON Lines page, a JSON array
 * element, an XML or SGML record, a WET page. A record's headline field becomes its first
 * headline. A malformed line or record is warned about with {@code path:LINE}, counted and
 * skipped; with {@code --strict} it stops the run. A JSON line is one object and nothing else:
 * {@code {"text":"甲"}{"text":"乙"}} or {@code {"text":"甲"} tail} is malformed, never half read
 * (pinned by {@code InputFormatsTest.secondObjectOrTrailingTextOnALineIsMalformed}). A lone
 * surrogate escape (backslash, {@code ud800}, alone) becomes U+FFFD with a warning, and stops the run under
 * {@code --strict} ({@code InputFormatsTest.loneSurrogateEscapeIsWarnedAndStrictStops}).
 */
public final class DumpReader implements Closeable {
  /** Made on first use, by the first JSON Lines page: a text dump never pays for it. */
  private static final class Json {
    static final ObjectMapper MAPPER =
        new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  private final InputSource source;
  private final ReadSettings settings;
  private final Consumer<String> diagnostics;
  private final CountingInputStream counted;
  private final InputStream text;
  private final Compression compression;
  private final Decoding.Decision decision;
  private final InputFormat format;
  private final LineSource lines;
  private final RecordReader structured;
  private boolean textDocumentGiven;
  private long records;
  private long malformed;
  /** JSON Lines lines with invalid UTF-8 not yet warned about, their sequences, and the first one. */
  private long invalidLines;
  private long invalidSequences;
  private int firstInvalidLine;

  private DumpReader(
      InputSource source, ReadSettings settings, Consumer<String> diagnostics, InputStream stdin)
      throws IOException {
    this.source = source;
    this.settings = settings;
    this.diagnostics = diagnostics;
    this.counted = new CountingInputStream(source.open(stdin));
    Compression.Opened opened = Compression.open(counted, source.label());
    this.compression = opened.compression();
    InputStream bounded = new BoundedInput(opened.stream(), settings.maxInputBytes(), this::overInputLimit);
    BufferedInputStream buffered = new BufferedInputStream(bounded, Decoding.PREFIX * 2);
    buffered.mark(Decoding.PREFIX + 1);
    byte[] prefix = buffered.readNBytes(Decoding.PREFIX);
    buffered.reset();
    this.decision = Decoding.decide(prefix, prefix.length, settings.encoding());
    buffered.skipNBytes(decision.bomLength());
    this.text = buffered;
    this.format = formatOf(source, settings, decision.charset(), prefix, decision.bomLength());
    int max = (int) settings.maxLineBytes();
    if (source.linesBefore() > 0 && (format != InputFormat.TEXT || !decision.cutsOnBytes())) {
      // Only a text dump in an encoding cut on bytes can be read from the start of a line within it.
      throw new InputException(source.label(), "a part of a file must be text in UTF-8 or another byte encoding");
    }
    this.lines =
        format == InputFormat.JSON
            ? null
            : decision.cutsOnBytes()
                ? new LineReader(buffered, decision.charset(), max, this::overlong).startingAfter(source.linesBefore())
                : new CharLineReader(new InputStreamReader(buffered, decision.charset()), max / 2, this::overlong);
    this.structured = recordsOf(format, buffered);
    if (decision.detected() && !decision.binary()) {
      diagnostics.accept(
          "warning: " + source.label() + ": not UTF-8; decoded as detected " + decision.charset().name());
    }
  }

  /** The reader of a structured input's records, or null for text and JSON Lines. */
  private RecordReader recordsOf(InputFormat in, InputStream buffered) throws IOException {
    RecordReader.Malformed skipped =
        new RecordReader.Malformed() {
          @Override
          public void record(String where, String problem) throws InputException {
            skip(where, problem, "record skipped");
          }

          @Override
          public void rest(String where, String problem) throws InputException {
            skip(where, problem, "rest of input skipped");
          }

          @Override
          public void invalid(String where, int count) throws InputException {
            DumpReader.this.invalid(where, count);
          }
        };
    return switch (in) {
      case JSON -> new JsonArrayReader(
          new InputStreamReader(buffered, decision.charset()), source.label(), settings, skipped);
      case XML -> new XmlRecordReader(lines, source.label(), settings, skipped);
      case SGML -> new ReutersSgmlReader(lines, source.label(), skipped);
      case WET -> new WetReader(lines, source.label(), skipped);
      default -> null;
    };
  }

  /** Opens {@code source}; {@code -} reads {@code stdin}. */
  public static DumpReader open(
      InputSource source, ReadSettings settings, InputStream stdin, Consumer<String> diagnostics)
      throws IOException {
    try {
      return new DumpReader(source, settings, diagnostics, stdin);
    } catch (InputException e) {
      throw e;
    } catch (IOException e) {
      throw new InputException(source.label(), "cannot read: " + IoMessages.describe(e), e);
    }
  }

  /** True when the input is not text (a NUL byte in its first 64 KiB): it yields no document. */
  public boolean isBinary() {
    return decision.binary();
  }

  /** The next document, or null when the input is read. */
  public Document next() throws IOException {
    if (decision.binary()) {
      return null;
    }
    Origin origin = new Origin(decision.charset().name(), ImmutableMap.of());
    if (format == InputFormat.TEXT) {
      if (textDocumentGiven) {
        return null;
      }
      textDocumentGiven = true;
      // Front matter opens a file only: a part that starts further on has none.
      FrontMatter.Page page = source.linesBefore() > 0 ? FrontMatter.none(lines) : FrontMatter.read(lines);
      Origin stated = new Origin(origin.encoding(), page.fields(), page.metadata());
      return new Document(
          source.label(), 0, stated, new LineNormaliser(TitledLines.of(page.title(), page.titleLine(), page.rest())));
    }
    if (structured != null) {
      InputRecord record = structured.next();
      if (record == null) {
        return null;
      }
      records++;
      return new Document(
          source.label(),
          record.number(),
          new Origin(origin.encoding(), record.fields(), record.metadata()),
          new LineNormaliser(TitledLines.of(record.title(), 0, record.text())));
    }
    for (Line line = lines.next(); line != null; line = lines.next()) {
      if (line.isBlank()) {
        continue;
      }
      if (line.invalidBytes() > 0) {
        invalid(line);
      }
      Document page = page(line, origin);
      if (page != null) {
        records++;
        return page;
      }
    }
    warnInvalid();
    return null;
  }

  /** An input over {@code --max-input-bytes}: warned about and read no further, or the end of the run with --strict. */
  private void overInputLimit(long limit) throws InputException {
    String what = "holds more than --max-input-bytes " + limit + " after decompression";
    if (settings.strict()) {
      throw new InputException(source.label(), what + " (--strict)");
    }
    diagnostics.accept("warning: " + source.label() + ": " + what + "; the rest is not read");
  }

  /** A line over {@code --max-line-bytes}: warned about and cut, or the end of the run with --strict. */
  private void overlong(int number, long length) throws InputException {
    String where = source.label() + ":" + number;
    String what = "line of " + length + (decision.cutsOnBytes() ? " bytes" : " characters")
        + " is over --max-line-bytes " + settings.maxLineBytes();
    if (settings.strict()) {
      throw new InputException(where, what + " (--strict)");
    }
    diagnostics.accept("warning: " + where + ": " + what + "; cut, the rest of the line dropped");
  }

  private void invalid(Line line) throws InputException {
    if (settings.strict()) {
      throw new InputException(source.label() + ":" + line.number(), "invalid UTF-8 (--strict)");
    }
    if (invalidLines++ == 0) {
      firstInvalidLine = line.number();
    }
    invalidSequences += line.invalidBytes();
  }

  /**
   * A JSON Lines file's invalid UTF-8 as one warning once it is read, not one per line: {@code
   * warning: pages.jsonl:3: invalid UTF-8 replaced with U+FFFD on 25 lines (25 sequences), the
   * first here}; a single line keeps its own {@code …:3: 2 invalid UTF-8 sequence(s) replaced with
   * U+FFFD}. Pinned by {@code JsonLinesInvalidUtf8Test.manyDamagedPagesGiveOneWarningWithACount}.
   */
  private void warnInvalid() {
    String where = source.label() + ":" + firstInvalidLine;
    if (invalidLines == 1) {
      diagnostics.accept("warning: " + where + ": " + invalidSequences + " invalid UTF-8 sequence(s) replaced with U+FFFD");
    } else if (invalidLines > 1) {
      diagnostics.accept("warning: " + where + ": invalid UTF-8 replaced with U+FFFD on " + invalidLines + " lines ("
          + invalidSequences + " sequences), the first here");
    }
    invalidLines = 0;
    invalidSequences = 0;
  }

  /** A structured record's invalid UTF-8: one warning for the record, where it starts. */
  private void invalid(String where, int count) throws InputException {
    if (settings.strict()) {
      throw new InputException(where, "invalid UTF-8 (--strict)");
    }
    diagnostics.accept("warning: " + where + ": " + count + " invalid UTF-8 sequence(s) replaced with U+FFFD");
  }

  /** One JSON Lines page, or null (after a warning) when the line is not one. */
  private Document page(Line line, Origin encoding) throws IOException {
    String where = source.label() + ":" + line.number();
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(line.text());
    } catch (JsonProcessingException e) {
      return skip(where, "malformed JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return skip(where, "not a JSON object");
    }
    String textName = settings.textFields(InputFormat.JSONL).get(0);
    JsonNode textNode = node.get(textName);
    if (textNode == null || !textNode.isTextual()) {
      return skip(where, "no \"" + textName + "\" string field");
    }
    String title = null;
    String titleName = null;
    for (String name : settings.titleFields(InputFormat.JSONL)) {
      JsonNode titleNode = node.get(name);
      if (titleNode != null && titleNode.isTextual()) {
        title = titleNode.asText();
        titleName = name;
        break;
      }
    }
    boolean surrogates = false;
    ImmutableMap.Builder<String, String> fields = ImmutableMap.builder();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (!field.getKey().equals(textName) && !field.getKey().equals(titleName)) {
        String value = field.getValue().toString();
        surrogates |= hasLoneSurrogate(field.getKey()) || hasLoneSurrogate(value);
        fields.put(replaceLoneSurrogates(field.getKey()), replaceLoneSurrogates(value));
      }
    }
    String text = textNode.asText();
    if (surrogates || hasLoneSurrogate(text) || (title != null && hasLoneSurrogate(title))) {
      if (settings.strict()) {
        throw new InputException(where, "lone surrogate escape in a JSON string (--strict)");
      }
      diagnostics.accept("warning: " + where + ": lone surrogate escape in a JSON string replaced with U+FFFD");
      text = replaceLoneSurrogates(text);
      title = title == null ? null : replaceLoneSurrogates(title);
    }
    Origin origin = new Origin(encoding.encoding(), fields.build());
    return new Document(
        source.label(),
        line.number(),
        origin,
        new LineNormaliser(TitledLines.of(title, 0, CharLineReader.of(text))));
  }

  private Document skip(String where, String problem) throws InputException {
    return skip(where, problem, "line skipped");
  }

  private Document skip(String where, String problem, String consequence) throws InputException {
    if (settings.strict()) {
      throw new InputException(where, problem + " (--strict)");
    }
    malformed++;
    diagnostics.accept("warning: " + where + ": " + problem + "; " + consequence);
    return null;
  }

  /** True when {@code s} holds a high surrogate not followed by a low one, or a low one alone. */
  static boolean hasLoneSurrogate(String s) {
    return loneSurrogateAt(s, 0) >= 0;
  }

  /** {@code a}, U+D800 alone, {@code b} → {@code a�b}; well-formed pairs such as {@code 😀} are kept. */
  static String replaceLoneSurrogates(String s) {
    int at = loneSurrogateAt(s, 0);
    if (at < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int from = 0;
    for (; at >= 0; at = loneSurrogateAt(s, at + 1)) {
      out.append(s, from, at).append('\ufffd');
      from = at + 1;
    }
    return out.append(s, from, s.length()).toString();
  }

  private static int loneSurrogateAt(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** Bytes read so far from the input, before decompression. */
  public long bytesRead() {
    return counted.getCount();
  }

  /** What reading found so far. */
  public InputStats stats() {
    return new InputStats(
        source.label(),
        counted.getCount(),
        records,
        malformed,
        compression.wireName(),
        decision.charset().name(),
        decision.binary());
  }

  private static InputFormat formatOf(
      InputSource source, ReadSettings settings, Charset charset, byte[] prefix, int bom) {
    if (settings.format() != InputFormat.AUTO) {
      return settings.format();
    }
    String start = new String(prefix, bom, prefix.length - bom, charset).stripLeading();
    InputFormat sniffed = InputFormat.bySniffing(start, settings.recordElement());
    if (source.isStdin()) {
      return sniffed;
    }
    InputFormat named = InputFormat.byName(source.label());
    // Markup and WARC headers open no text dump: they name the format when the name does not
    // (SogouCS ships its XML as .txt, SogouCA as .dat).
    boolean markup = sniffed == InputFormat.WET || sniffed == InputFormat.XML || sniffed == InputFormat.SGML;
    return named == InputFormat.TEXT && markup ? sniffed : named;
  }

  @Override
  public void close() throws IOException {
    text.close();
  }
}
