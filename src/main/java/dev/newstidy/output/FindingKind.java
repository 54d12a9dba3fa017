package dev.newstidy.output;

import java.util.Locale;

/** The kinds of finding that {@code newstidy check} reports and {@code --fail-on} selects. */
public enum FindingKind {
  /** An article ends in mid-sentence. */
  TRUNCATED,
  /** An article has no headline. */
  UNTITLED,
  /** A paragraph was removed as a repeat. */
  DUPLICATE,
  /** Bytes that are not UTF-8 were replaced with U+FFFD. */
  INVALID_UTF8,
  /** An oddity reported but not changed: a doubled word, a Latin word inside Chinese text. */
  WARNING,
  /**
   * Known mojibake, reported but not changed: text decoded with the wrong charset ({@code cafÃ©}),
   * characters lost in a GBK round trip ({@code 朱?基}), pinyin inserted by a script converter
   * ({@code 發(fā)展}).
   */
  MOJIBAKE,
  /** An article has no paragraph left. */
  EMPTY,
  /**
   * Nothing was read: no text came from any input (an empty folder, no file of a known format,
   * binary files, JSON Lines whose every line is malformed).
   */
  NO_INPUT;

  /**
   * The kind a warning of this code is reported as: {@code invalid-utf8}, one of the mojibake codes
   * ({@code mojibake}, {@code gbk-round-trip}, {@code pinyin-insertion}), else {@link #WARNING}.
   */
  public static FindingKind ofWarning(String code) {
    return switch (code) {
      case "invalid-utf8" -> INVALID_UTF8;
      case "mojibake", "gbk-round-trip", "pinyin-insertion" -> MOJIBAKE;
      default -> WARNING;
    };
  }

  /** {@code truncated}, {@code invalid-utf8}, … as written in findings and on the command line. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The kind called {@code name} on the command line, in any case, with - or _. */
  public static FindingKind parse(String name) {
    return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
