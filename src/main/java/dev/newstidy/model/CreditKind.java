package dev.newstidy.model;

/** Who a byline credits. */
public enum CreditKind {
  /** A person: {@code 王书}, {@code Jane Porter}. */
  PERSON,
  /** An organisation's credit: {@code 海工宣} (a union's publicity office), {@code 区文明办}. */
  ORGANISATION,
  /** A news agency: {@code 新华社}, {@code Reuters}. */
  AGENCY,
  /**
   * An editor named in a credit line ({@code Editing by Tom Hart}): no author, so not among a
   * byline's names; the pipeline moves it into the editors of the metadata.
   */
  EDITOR;

  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
