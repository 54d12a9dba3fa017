package dev.newstidy.input;

import com.google.common.collect.ImmutableMap;
import dev.newstidy.model.Metadata;
import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an XML news collection ({@code --input-format xml}): one record per {@code
 * --record-element} ({@code doc} by default), each parsed on its own with StAX after {@link
 * XmlRepair}, so that the SogouCS and SogouCA files, which have no root element and hold stray
 * {@code &}, are read. The record's child elements are its fields; its text is the first text field
 * it has ({@code text}, {@code content}, {@code body}, or {@code --text-field}), where U+E40C (how
 * SogouCS separates paragraphs) ends a line; its headline is the first title field ({@code title},
 * {@code contenttitle}, {@code headline}, or {@code --title-field}). Attributes of the record
 * element and the other children are carried as string fields.
 *
 * <p>Example, pinned by {@code XmlRecordReaderTest}: {@code <doc><url>u&x</url><contenttitle>柳河新桥通车
 * </contenttitle><content>新桥今日通车。\uE40C村民出行更方便。</content></doc>} gives a record headed
 * {@code 柳河新桥通车}, two lines of text and the field {@code url} = {@code u&x}. A record that
 * does not parse, or lacks a text field, is skipped with a warning at its line.
 */
final class XmlRecordReader implements RecordReader {
  /** How SogouCS and SogouCA separate the paragraphs of {@code <content>}. */
  private static final char SOGOU_PARAGRAPH = '\uE40C';

  private final RecordChunks chunks;
  private final String label;
  private final ReadSettings settings;
  private final Malformed malformed;
  private final XMLInputFactory factory;

  XmlRecordReader(LineSource lines, String label, ReadSettings settings, Malformed malformed) {
    this.chunks = new RecordChunks(lines, settings.recordElement());
    this.label = label;
    this.settings = settings;
    this.malformed = malformed;
    this.factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
  }

  @Override
  public InputRecord next() throws IOException {
    for (RecordChunks.Chunk chunk = chunks.nextClosed(label, malformed);
        chunk != null;
        chunk = chunks.nextClosed(label, malformed)) {
      String at = label + ":" + chunk.firstLine();
      Map<String, String> fields;
      try {
        fields = children(chunk.text());
      } catch (XMLStreamException e) {
        int line = e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNumber() - 1, 0);
        malformed.record(label + ":" + (chunk.firstLine() + line), "malformed XML: " + firstLine(e.getMessage()));
        continue;
      }
      InputRecord record = record(fields, at);
      if (record != null) {
        return record;
      }
    }
    return null;
  }

  private InputRecord record(Map<String, String> fields, String at) throws InputException {
    String textName = RecordFields.firstPresent(settings.textFields(InputFormat.XML), fields);
    if (textName == null) {
      malformed.record(at, "no <" + String.join(">, <", settings.textFields(InputFormat.XML)) + "> in the record");
      return null;
    }
    String text = fields.remove(textName).replace(SOGOU_PARAGRAPH, '\n');
    String titleName = RecordFields.firstPresent(settings.titleFields(InputFormat.XML), fields);
    String title = titleName == null ? null : fields.remove(titleName);
    Map<String, String> quoted = new LinkedHashMap<>();
    fields.forEach((name, value) -> quoted.put(name, RecordFields.quote(value.strip())));
    return new InputRecord(chunks.given(), title, CharLineReader.of(text.strip()), ImmutableMap.copyOf(quoted), Metadata.NONE);
  }

  /** The record element's attributes and the text of each child element, first occurrence first. */
  private Map<String, String> children(String xml) throws XMLStreamException {
    Map<String, String> fields = new LinkedHashMap<>();
    XMLStreamReader in = factory.createXMLStreamReader(new StringReader(XmlRepair.repair(xml)));
    try {
      in.nextTag();
      for (int i = 0; i < in.getAttributeCount(); i++) {
        fields.putIfAbsent(in.getAttributeLocalName(i), in.getAttributeValue(i));
      }
      // Text directly inside the record element, between its children, is not a field: passed over.
      for (int event = in.next(); event != XMLStreamConstants.END_ELEMENT; event = in.next()) {
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = in.getLocalName();
          fields.putIfAbsent(name, textOf(in));
        }
      }
      return fields;
    } finally {
      in.close();
    }
  }

  /** The text under the current element, its nested elements each ending a line. */
  private static String textOf(XMLStreamReader in) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      switch (in.next()) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            text.append(in.getText());
        case XMLStreamConstants.START_ELEMENT -> depth++;
        case XMLStreamConstants.END_ELEMENT -> {
          depth--;
          if (depth > 0) {
            text.append('\n');
          }
        }
        default -> {}
      }
    }
    return text.toString();
  }

  private static String firstLine(String message) {
    String text = message == null ? "" : message.strip();
    int cut = text.lastIndexOf("Message: ");
    if (cut >= 0) {
      text = text.substring(cut + "Message: ".length());
    }
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }
}
