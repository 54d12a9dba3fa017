package dev.newstidy.input;

import java.util.Locale;

/** How a dump is laid out ({@code --input-format}). */
public enum InputFormat {
  /** By name: {@code *.jsonl} and {@code *.ndjson} (compressed or not) are JSON Lines; stdin is sniffed. */
  AUTO,
  /** Plain text or Markdown: the whole input is one document. */
  TEXT,
  /** JSON Lines: one page per line, its text in a field. */
  JSONL;

  /** The format of a file called {@code name}, for {@link #AUTO}. */
  static InputFormat byName(String name) {
    String plain = Compression.stripExtension(name).toLowerCase(Locale.ROOT);
    return plain.endsWith(".jsonl") || plain.endsWith(".ndjson") ? JSONL : TEXT;
  }
}
