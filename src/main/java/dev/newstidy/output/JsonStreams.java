package dev.newstidy.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;

/**
 * Jackson generators for newstidy's JSON output (and a parser for the page fields it carries): they
 * never close or flush the writer they are given (the sinks own those), and put nothing between root
 * values (the sinks write the newlines).
 */
final class JsonStreams {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
          // A character beyond the BMP (😀, 𠀀) as its 4 UTF-8 bytes, as a Writer's encoder gives
          // it, not as an escaped surrogate pair.
          .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
          .build()
          .setRootValueSeparator(null);

  private JsonStreams() {}

  /** A parser of one JSON value held as text, such as a page's field. */
  static JsonParser parser(String json) throws IOException {
    return FACTORY.createParser(json);
  }

  static JsonGenerator generator(Writer writer) throws IOException {
    return FACTORY.createGenerator(writer);
  }

  /** Jackson's UTF-8 generator straight on a byte stream: no character encoder in between. */
  static JsonGenerator generator(java.io.OutputStream stream) throws IOException {
    return FACTORY.createGenerator(stream, com.fasterxml.jackson.core.JsonEncoding.UTF8);
  }
}
