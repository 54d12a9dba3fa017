package dev.newstidy.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newstidy.model.Metadata;
import java.io.IOException;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a JSON array of articles ({@code --input-format json}), one element at a time with
 * Jackson's streaming parser, so that a large array is never held whole. Each object element is a
 * record: its text is the first of the text fields it has ({@code text}, {@code body_text}, {@code
 * body}, {@code content}, or {@code --text-field}), its headline the first title field ({@code
 * title}, {@code headline}, or {@code --title-field}), and its other fields are carried as raw JSON.
 * Objects one after another at the top level ({@code {…}} pretty-printed, or JSON Lines under a
 * {@code .json} name, or {@code {…}{…}}) are read as the elements of an array.
 *
 * <p>Example, pinned by {@code JsonArrayReaderTest}: {@code [{"headline":"柳河新桥通车",
 * "body_text":"新桥今日通车。","uri":"u1"}]} gives record 1 headed {@code 柳河新桥通车} with the text
 * {@code 新桥今日通车。} and the field {@code uri}. An element that is not an object, or has no text
 * string, is skipped with a warning at its line; broken JSON ends the input with a warning.
 */
final class JsonArrayReader implements RecordReader {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private final String label;
  private final ReadSettings settings;
  private final Malformed malformed;
  private final JsonParser parser;
  private boolean started;
  private boolean rootValues;
  private boolean done;
  private long element;

  JsonArrayReader(Reader in, String label, ReadSettings settings, Malformed malformed) throws IOException {
    this.label = label;
    this.settings = settings;
    this.malformed = malformed;
    this.parser = JSON.getFactory().createParser(in);
  }

  @Override
  public InputRecord next() throws IOException {
    try {
      while (!done) {
        InputRecord record = step();
        if (record != null) {
          return record;
        }
      }
    } catch (JsonProcessingException e) {
      done = true;
      malformed.rest(where(e.getLocation()), "malformed JSON: " + e.getOriginalMessage());
    }
    return null;
  }

  /** Reads one element: a record, or null when it was skipped or the input ended. */
  private InputRecord step() throws IOException {
    JsonToken token = parser.nextToken();
    if (!started) {
      started = true;
      if (token == JsonToken.START_OBJECT) {
        rootValues = true;
      } else if (token != JsonToken.START_ARRAY) {
        done = true;
        if (token != null) {
          malformed.rest(where(parser.currentTokenLocation()), "not a JSON array of objects");
        }
        return null;
      } else {
        token = parser.nextToken();
      }
    }
    if (token == null || (token == JsonToken.END_ARRAY && !rootValues)) {
      done = true;
      return null;
    }
    element++;
    String at = where(parser.currentTokenLocation());
    if (token != JsonToken.START_OBJECT) {
      parser.skipChildren();
      malformed.record(at, "element " + element + " is not an object");
      return null;
    }
    JsonNode node = JSON.readTree(parser);
    return record(node, at);
  }

  private InputRecord record(JsonNode node, String at) throws InputException {
    Map<String, JsonNode> all = new LinkedHashMap<>();
    node.properties().forEach(field -> all.put(field.getKey(), field.getValue()));
    String textName = RecordFields.firstPresent(settings.textFields(InputFormat.JSON), all);
    if (textName == null || !all.get(textName).isTextual()) {
      malformed.record(
          at, "element " + element + " has no " + String.join(", ", settings.textFields(InputFormat.JSON)) + " string field");
      return null;
    }
    String text = all.remove(textName).asText();
    String titleName = RecordFields.firstPresent(settings.titleFields(InputFormat.JSON), all);
    String title = null;
    if (titleName != null && all.get(titleName).isTextual()) {
      title = all.remove(titleName).asText();
    }
    Map<String, String> fields = new LinkedHashMap<>();
    all.forEach((name, value) -> fields.put(name, value.toString()));
    return new InputRecord(
        element,
        title,
        CharLineReader.of(text),
        com.google.common.collect.ImmutableMap.copyOf(fields),
        Metadata.NONE);
  }

  private String where(JsonLocation location) {
    return location == null || location.getLineNr() < 1 ? label : label + ":" + location.getLineNr();
  }
}
