package dev.newstidy.eval;

/** The two languages the harness composes articles in, with the code newstidy writes in {@code lang}. */
public enum Language {
  ZH("zh"),
  EN("en");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /** {@code zh} or {@code en}, as in a record's {@code lang} field. */
  public String code() {
    return code;
  }
}
