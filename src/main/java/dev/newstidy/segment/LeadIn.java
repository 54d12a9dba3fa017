package dev.newstidy.segment;

import java.util.Optional;
import java.util.regex.Matcher;
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
  /** Bold text at the very start of a block, at most 60 characters, then the rest of the block. */
  private static final Pattern BOLD = Pattern.compile("^\\*\\*([^*\\n]{1,60}?)\\*\\*\\s*(.*)$", Pattern.DOTALL);

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

  /** The lead-in that opens {@code text}, if any. */
  public static Optional<LeadIn> parse(String text) {
    if (!text.startsWith("**")) {
      return Optional.empty();
    }
    Matcher m = BOLD.matcher(text);
    if (!m.matches() || m.group(1).isBlank()) {
      return Optional.empty();
    }
    String rest = m.group(2).strip();
    if (!rest.isEmpty() && CLAUSE_GOES_ON.indexOf(rest.charAt(0)) >= 0) {
      return Optional.empty();
    }
    String heading = m.group(1).strip();
    Style style = heading.contains("——") || heading.contains("—") ? Style.BOLD_DASH : Style.BOLD;
    return Optional.of(new LeadIn(heading, rest, style));
  }
}
