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
 *
 * <p>{@code inCaptions} is true when all of the byline's text was read from credits that stay at
 * the end of captions in the body ({@code …老街 柯远航 摄}), so that dropping the byline loses no
 * text; false when any of it was taken out of the text (a closing line {@code 柯远航 摄}) or is not
 * known. Like the line, it is not part of the byline's value.
 */
public record Byline(String text, ImmutableList<Credit> credits, int line, boolean inCaptions) {
  public Byline {
    checkNotNull(text, "text");
    credits = ImmutableList.copyOf(credits);
    com.google.common.base.Preconditions.checkArgument(line >= 0, "line %s is negative", line);
  }

  /** A byline found on {@code line}, whose text was taken out of the body. */
  public Byline(String text, ImmutableList<Credit> credits, int line) {
    this(text, credits, line, false);
  }

  /** A byline whose line is not known. */
  public Byline(String text, ImmutableList<Credit> credits) {
    this(text, credits, 0);
  }

  /** This byline, found on {@code line}. */
  public Byline at(int line) {
    return new Byline(text, credits, line, inCaptions);
  }

  /** This byline, read from a credit that stays at the end of a caption in the body. */
  public Byline inCaption() {
    return new Byline(text, credits, line, true);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Byline b && text.equals(b.text) && credits.equals(b.credits);
  }

  @Override
  public int hashCode() {
    return 31 * text.hashCode() + credits.hashCode();
  }

  /** Every credited name in order, each once: persons, organisations and agencies, not editors. */
  public ImmutableList<String> names() {
    Set<String> names = new LinkedHashSet<>();
    credits.stream().filter(c -> c.kind() != CreditKind.EDITOR).forEach(c -> names.add(c.name()));
    return ImmutableList.copyOf(names);
  }

  /**
   * The persons credited, in order, each once: {@code 记者 王明 新华社} gives [王明]; organisations,
   * agencies and editors are left out. The record's {@code authors}.
   */
  public ImmutableList<String> authors() {
    Set<String> names = new LinkedHashSet<>();
    credits.stream().filter(c -> c.kind() == CreditKind.PERSON).forEach(c -> names.add(c.name()));
    return ImmutableList.copyOf(names);
  }

  /**
   * True when every credit is for a photo and none for text: {@code 江小帆 摄}, {@code 记者 甘雨 摄},
   * {@code 区文明办供图}, not {@code 史春雨 文/图}. A caption carries such a credit in mid-article,
   * so it does not end one.
   */
  public boolean isPhotoCredit() {
    if (credits.isEmpty()) {
      // 区公园管理中心供图 names nobody (a courtesy), but still credits a photo.
      return PHOTO_ROLES.stream().anyMatch(text::endsWith);
    }
    boolean photo = false;
    for (Credit c : credits) {
      if (c.kind() == CreditKind.AGENCY) {
        continue;
      }
      if (c.role() == null) {
        return false;
      }
      for (String role : SPACES.split(c.role())) {
        if (PHOTO_ROLES.contains(role)) {
          photo = true;
        } else if (!REPORTER_ROLES.matcher(role).find()) {
          return false;
        }
      }
    }
    return photo;
  }

  /** Roles that credit a photo alone. */
  private static final java.util.Set<String> PHOTO_ROLES = Set.of("摄", "攝", "摄影", "攝影", "供图", "供圖", "图", "圖");

  /** A reporter's role, which a photo credit may also carry: {@code 记者 甘雨 摄}. */
  private static final java.util.regex.Pattern REPORTER_ROLES =
      java.util.regex.Pattern.compile("(?:记者|記者|通讯员|通訊員)$");

  /** The editors a credit line named ({@code Editing by Tom Hart}), in order, each once. */
  public ImmutableList<String> editors() {
    Set<String> editors = new LinkedHashSet<>();
    credits.stream().filter(c -> c.kind() == CreditKind.EDITOR).forEach(c -> editors.add(c.name()));
    return ImmutableList.copyOf(editors);
  }

  /** This byline without its editors' credits, which belong in the metadata. */
  public Byline withoutEditors() {
    return new Byline(
        text, credits.stream().filter(c -> c.kind() != CreditKind.EDITOR).collect(ImmutableList.toImmutableList()), 0, inCaptions);
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
    return new Byline(
        text + " " + later.text, ImmutableList.copyOf(merged), line != 0 ? line : later.line, inCaptions && later.inCaptions);
  }
}
