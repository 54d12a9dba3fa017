package dev.newstidy.output;

/** The format of per-article files ({@code --format}). */
public enum OutputFormat {
  /** Markdown with YAML front matter: the default. */
  MD("md"),
  /** Plain text: headline, sub-headline, headings and paragraphs, blank lines between. */
  TXT("txt"),
  /** The JSON record, as on the JSON Lines stream. */
  JSON("json");

  private final String extension;

  OutputFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }
}
