package dev.newstidy.input;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.newstidy.model.Metadata;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Reads Reuters-21578 SGML ({@code --input-format sgml}): one record per {@code <REUTERS …>}
 * element. {@code TITLE} is the headline, {@code DATELINE} the dateline, {@code BODY} the text with
 * its closing {@code Reuter} and {@code &#3;} cut off and a paragraph started at each indented
 * line; a record without {@code BODY} (the {@code UNPROC} ones) gives the text of {@code TEXT}. The
 * attributes of {@code REUTERS} ({@code NEWID}, {@code OLDID}, …), {@code DATE} and the non-empty
 * category lists ({@code TOPICS}, {@code PLACES}, … as arrays of their {@code <D>} items) are fields.
 *
 * <p>Example, pinned by {@code ReutersSgmlReaderTest}: {@code <REUTERS NEWID="7"><DATE>2-MAR-1987
 * </DATE><TEXT><TITLE>HARBIN MILL CUTS OUTPUT</TITLE><DATELINE> HARBIN, March 2 - </DATELINE><BODY>
 * The mill said.\n Reuter\n&#3;</BODY></TEXT></REUTERS>} gives headline {@code HARBIN MILL CUTS
 * OUTPUT}, dateline {@code HARBIN, March 2}, text {@code The mill said.} and the fields {@code
 * NEWID} and {@code DATE}.
 */
final class ReutersSgmlReader implements RecordReader {
  /** An attribute of the start tag: {@code NEWID="7"}. */
  private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z][\\w-]*)=\"([^\"]*)\"");

  /** The start tag of a record: {@code <REUTERS TOPICS="YES" NEWID="7">}. */
  private static final Pattern START = Pattern.compile("^<REUTERS([^>]*)>");

  /**
   * The content of each element read, by name: {@code <TITLE>…</TITLE>}, {@code <TEXT
   * TYPE="BRIEF">…</TEXT>}. One pattern each, since {@code TEXT} holds the others.
   */
  private static final ImmutableMap<String, Pattern> ELEMENTS =
      Stream.of("DATE", "TEXT", "TITLE", "DATELINE", "BODY")
          .collect(
              ImmutableMap.toImmutableMap(
                  name -> name, name -> Pattern.compile("(?s)<" + name + "(?:\\s[^>]*)?>(.*?)</" + name + ">")));

  /** A category list: {@code <PLACES><D>usa</D><D>china</D></PLACES>}. */
  private static final Pattern CATEGORIES =
      Pattern.compile("(?s)<(TOPICS|PLACES|PEOPLE|ORGS|EXCHANGES|COMPANIES)>(.*?)</\\1>");

  /** One item of a category list: {@code <D>usa</D>}. */
  private static final Pattern ITEM = Pattern.compile("<D>(.*?)</D>");

  /**
   * The sign-off that closes a body, {@code Reuter} on a line of its own and the end-of-text code:
   * {@code \n Reuter\n&#3;}; {@code told Reuters} ending a sentence's last line stays.
   */
  private static final Pattern SIGN_OFF = Pattern.compile("(?i)(?:\\n[ \\t]*reuters?[ \\t]*)?\\s*(?:&#3;)?\\s*$");

  /** The row of asterisks before the headline of a brief: {@code ******}. */
  private static final Pattern BRIEF_MARK = Pattern.compile("^\\s*\\*{2,}");

  /** Any tag left in a text: {@code <TITLE>}, {@code </BODY>}. */
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^>]*>");

  /** A control character written as a reference: {@code &#2;}, {@code &#31;}. */
  private static final Pattern CONTROL = Pattern.compile("&#(?:[0-9]|[12][0-9]|3[01]);");

  /** The dash that ends a dateline: {@code HARBIN, March 2 - }. */
  private static final Pattern DATELINE_END = Pattern.compile("[\\s-]+$");

  private final RecordChunks chunks;
  private final String label;
  private final Malformed malformed;

  ReutersSgmlReader(LineSource lines, String label, Malformed malformed) {
    this.chunks = new RecordChunks(lines, "REUTERS");
    this.label = label;
    this.malformed = malformed;
  }

  @Override
  public InputRecord next() throws IOException {
    for (RecordChunks.Chunk chunk = chunks.nextClosed(label, malformed);
        chunk != null;
        chunk = chunks.nextClosed(label, malformed)) {
      InputRecord record = record(chunk.text(), label + ":" + chunk.firstLine());
      if (record != null) {
        return record;
      }
    }
    return null;
  }

  private InputRecord record(String sgml, String at) throws InputException {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher start = START.matcher(sgml);
    if (start.find()) {
      for (Matcher a = ATTRIBUTE.matcher(start.group(1)); a.find(); ) {
        fields.putIfAbsent(a.group(1), RecordFields.quote(a.group(2)));
      }
    }
    Map<String, String> parts = new LinkedHashMap<>();
    ELEMENTS.forEach(
        (name, pattern) -> {
          Matcher e = pattern.matcher(sgml);
          if (e.find()) {
            parts.put(name, e.group(1));
          }
        });
    if (!parts.containsKey("TEXT")) {
      malformed.record(at, "no <TEXT> in the record");
      return null;
    }
    if (parts.containsKey("DATE")) {
      fields.put("DATE", RecordFields.quote(decode(parts.get("DATE")).strip()));
    }
    for (Matcher c = CATEGORIES.matcher(sgml); c.find(); ) {
      List<String> items = new ArrayList<>();
      for (Matcher d = ITEM.matcher(c.group(2)); d.find(); ) {
        items.add(RecordFields.quote(decode(d.group(1)).strip()));
      }
      if (!items.isEmpty()) {
        // The list wins over the attribute of the same name (TOPICS="YES" only says it is there).
        fields.put(c.group(1), "[" + String.join(",", items) + "]");
      }
    }
    String title = parts.containsKey("TITLE") ? decode(parts.get("TITLE")) : null;
    String dateline = parts.containsKey("DATELINE") ? DATELINE_END.matcher(decode(parts.get("DATELINE")).strip()).replaceFirst("") : null;
    String text;
    if (parts.containsKey("BODY")) {
      text = parts.get("BODY");
    } else {
      text = BRIEF_MARK.matcher(CONTROL.matcher(parts.get("TEXT")).replaceAll("")).replaceFirst("");
      for (String known : ImmutableList.of("TITLE", "DATELINE")) {
        if (parts.containsKey(known)) {
          text = text.replace("<" + known + ">" + parts.get(known) + "</" + known + ">", "");
        }
      }
    }
    text = decode(TAG.matcher(SIGN_OFF.matcher(text).replaceFirst("")).replaceAll(""));
    Metadata metadata = new Metadata(dateline == null || dateline.isEmpty() ? null : dateline, null, null, ImmutableList.of());
    return new InputRecord(chunks.given(), title, paragraphs(text), ImmutableMap.copyOf(fields), metadata);
  }

  /** SGML references decoded; references to control characters (the wire codes) dropped. */
  private static String decode(String sgml) {
    return StringEscapeUtils.unescapeHtml4(CONTROL.matcher(sgml).replaceAll(""));
  }

  /**
   * The lines of a wire text, a blank line before each indented line, since an indent is how the
   * wire starts a paragraph; the blank line takes the number of the line it stands before.
   */
  private static LineSource paragraphs(String text) {
    List<Line> lines = new ArrayList<>();
    String[] raw = text.split("\r\n|\r|\n", -1);
    int first = 0;
    while (first < raw.length && raw[first].isBlank()) {
      first++;
    }
    for (int i = first; i < raw.length; i++) {
      String line = raw[i];
      int number = i - first + 1;
      if (i > first && !line.isBlank() && Character.isWhitespace(line.charAt(0))) {
        lines.add(new Line(number, "", 0));
      }
      lines.add(new Line(number, line, 0));
    }
    return new ListedLines(lines);
  }
}
