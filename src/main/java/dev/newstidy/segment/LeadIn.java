package dev.newstidy.segment;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A section lead-in at the start of a block: a bold phrase that the page set as a run-in heading,
 * {@code **绿色——守住一江清水**柳溪镇依托…}. It becomes a section heading; its asterisks are markup.
 *
 * <p>Examples, pinned by {@code LeadInTest}: {@code "**绿色——护水**全镇…"} gives heading {@code
 * 绿色——护水}, rest {@code 全镇…}, style {@link Style#BOLD_DASH}; {@code "**Note:** the bridge…"}
 * gives style {@link Style#BOLD}; {@code "2**3 is 8"} has no lead-in. Bold words that a comma or
 * an enumeration mark continues are emphasis inside a sentence, not a heading: {@code
 * "**附近渔民**，还有…"} has no lead-in ({@code LeadInTest.boldWordsTheSentenceContinuesAreNoLeadIn}).
 */
public record LeadIn(String heading, String rest, Style style) {
  /**
   * Bold text at the very start of a block, at most 60 characters, then the rest of the block: the
   * rule {@link #parse} follows, kept here as the definition its test sweeps against ({@code
   * LeadInTest}).
   */
  static final Pattern BOLD = Pattern.compile("^\\*\\*([^*\\n]{1,60}?)\\*\\*\\s*(.*)$", Pattern.DOTALL);

  /** The most characters between the asterisks. */
  private static final int MAX_BOLD = 60;

  /** Marks that carry a sentence on after a phrase: a heading never ends with one after it. */
  private static final String CLAUSE_GOES_ON = "，,、；;";

  /** How a lead-in is set, so that a later block in the same style is known to continue. */
  public enum Style {
    /** {@code **X——Y**}: a bold keyword, a dash, and a phrase. */
    BOLD_DASH,
    /** {@code **X**}: bold words. */
    BOLD,
    /** A {@code ###} section heading line. */
    SECTION_LINE
  }

  /**
   * Where the closing {@code **} of a bold opening stands in {@code text}, or -1: {@link #BOLD}'s
   * match, found by a scan rather than by the pattern, which walked the whole paragraph after it.
   * The bold text holds no {@code *} (so it ends at the first one) and no line break, and is 1 to 60
   * characters long. {@code "**绿色**全镇"} gives 4; {@code "**a*b**"} and {@code "***"} give -1.
   */
  static int boldClose(String text) {
    if (!text.startsWith("**")) {
      return -1;
    }
    int limit = Math.min(text.length(), 2 + MAX_BOLD + 1);
    for (int i = 2; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '*') {
        return i > 2 && i + 1 < text.length() && text.charAt(i + 1) == '*' ? i : -1;
      }
      if (c == '\n') {
        return -1;
      }
    }
    return -1;
  }

  /** The lead-in that opens {@code text}, if any. */
  public static Optional<LeadIn> parse(String text) {
    int close = boldClose(text);
    if (close < 0) {
      return Optional.empty();
    }
    String bold = text.substring(2, close);
    if (bold.isBlank()) {
      return Optional.empty();
    }
    // What follows the closing asterisks, with the whitespace (\s*) before it and at its end gone.
    String rest = text.substring(close + 2).strip();
    if (!rest.isEmpty() && CLAUSE_GOES_ON.indexOf(rest.charAt(0)) >= 0) {
      return Optional.empty();
    }
    String heading = bold.strip();
    Style style = heading.contains("——") || heading.contains("—") ? Style.BOLD_DASH : Style.BOLD;
    return Optional.of(new LeadIn(heading, rest, style));
  }
}
