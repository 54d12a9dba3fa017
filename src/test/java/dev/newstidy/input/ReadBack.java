package dev.newstidy.input;

import com.google.common.collect.ImmutableMap;
import dev.newstidy.model.Metadata;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a small file through {@link DumpReader} and gives each document back as plain values. */
final class ReadBack {
  /**
   * One document.
   *
   * @param lines the document's lines, each as {@code NUMBER:TEXT}
   */
  record Doc(long record, List<String> lines, ImmutableMap<String, String> fields, Metadata metadata, String encoding) {
    /** The text of the lines, joined with {@code \n}. */
    String text() {
      StringBuilder text = new StringBuilder();
      for (String line : lines) {
        text.append(text.length() == 0 ? "" : "\n").append(line.substring(line.indexOf(':') + 1));
      }
      return text.toString();
    }
  }

  private ReadBack() {}

  static List<Doc> read(Path file, ReadSettings settings, List<String> warnings) throws IOException {
    List<Doc> docs = new ArrayList<>();
    try (DumpReader reader =
        DumpReader.open(new InputSource(file.toString(), file), settings, InputStream.nullInputStream(), warnings::add)) {
      for (Document d = reader.next(); d != null; d = reader.next()) {
        List<String> lines = new ArrayList<>();
        for (Line line = d.lines().next(); line != null; line = d.lines().next()) {
          lines.add(line.number() + ":" + line.text());
        }
        docs.add(new Doc(d.record(), lines, d.origin().fields(), d.origin().metadata(), d.origin().encoding()));
      }
    }
    return docs;
  }

  static List<Doc> read(Path folder, String name, String content, ReadSettings settings, List<String> warnings)
      throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, content);
    return read(file, settings, warnings);
  }

  static ReadSettings format(InputFormat format) {
    return new ReadSettings(format, null, null, null, null, false);
  }
}
