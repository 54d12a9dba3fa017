package dev.newstidy.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The credits of an article, moved out of its body: the text as it stood ({@code 史春雨 秦海 文/图}),
 * the credits read from it, and the line it stood on (0 when not known).
 *
 * <p>The line is where the byline was found, for {@code -v} to point at ({@code dump.txt:57: byline
 * … moved to metadata} for a byline in mid-article, not the article's last line); it is not part of
 * the byline's value, so two bylines of the same text and credits are equal wherever they stood.
 */
public record Byline(String text, ImmutableList<Credit> credits, int line) {
  public Byline {
    checkNotNull(text, "text");
    credits = ImmutableList.copyOf(credits);
    com.google.common.base.Preconditions.checkArgument(line >= 0, "line %s is negative", line);
  }

  /** A byline whose line is not known. */
  public Byline(String text, ImmutableList<Credit> credits) {
    this(text, credits, 0);
  }

  /** This byline, found on {@code line}. */
  public Byline at(int line) {
    return new Byline(text, credits, line);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Byline b && text.equals(b.text) && credits.equals(b.credits);
  }

  @Override
  public int hashCode() {
    return 31 * text.hashCode() + credits.hashCode();
  }

  /** Every credited name in order, each once: persons, organisations and agencies. */
  public ImmutableList<String> names() {
    Set<String> names = new LinkedHashSet<>();
    credits.forEach(c -> names.add(c.name()));
    return ImmutableList.copyOf(names);
  }

  /**
   * Every role named, in order, each once: {@code ["文/图"]}; a credit with two roles ({@code
   * 新华社记者 摄}) names both.
   */
  public ImmutableList<String> roles() {
    Set<String> roles = new LinkedHashSet<>();
    credits.forEach(
        c -> {
          if (c.role() == null) {
            return;
          }
          // Chinese roles hold no spaces, so a space joins two roles; English ones (Staff Writer) do.
          boolean chinese = hasIdeograph(c.role());
          if (chinese) {
            roles.addAll(SPACES.splitToList(c.role()));
          } else {
            roles.add(c.role());
          }
        });
    return ImmutableList.copyOf(roles);
  }

  private static boolean hasIdeograph(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isIdeographic(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static final com.google.common.base.Splitter SPACES =
      com.google.common.base.Splitter.on(' ').omitEmptyStrings();

  /**
   * This byline followed by {@code later}, for an article whose credits stand in two places (a
   * byline in mid-article and another at its end). Repeated credits are kept once.
   */
  public Byline plus(Byline later) {
    Set<Credit> merged = new LinkedHashSet<>(credits);
    merged.addAll(later.credits);
    return new Byline(text + " " + later.text, ImmutableList.copyOf(merged), line != 0 ? line : later.line);
  }
}
