package dev.newstidy.output;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import dev.newstidy.model.Article;
import dev.newstidy.model.Origin;
import dev.newstidy.text.Slug;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.text.StringSubstitutor;

/**
 * Names an article's file from a template ({@code --name-template}, default {@code ${id}-${slug}})
 * with Commons Text's {@link StringSubstitutor}, makes the result safe for any filesystem, and puts
 * it in a fan-out folder of N files when asked ({@code --fanout}): a terabyte of news is 10⁸ files,
 * more than any tool copes with in one folder.
 *
 * <p>Variables: {@code ${id}} (six digits), {@code ${slug}}, {@code ${date}} (the page's own {@code
 * date} field, or empty; never the run date, so output stays reproducible), {@code ${source}} (the
 * input's file name without extensions), {@code ${record}} (the JSON Lines page, or empty).
 *
 * <p>Names are built without {@code String.format} or a substitutor on the way of each article: a
 * template of plain text and known variables ({@code ${id}-${slug}}) is split once into its pieces
 * and each name is those pieces appended; a template with any other {@code $} ({@code $${id}}), or a
 * value holding a {@code $}, goes through {@link StringSubstitutor} as before, so that every name
 * stays what it was ({@code FileNamerTest.piecesGiveWhatTheSubstitutorGives}).
 *
 * <p>Examples, pinned by {@code FileNamerTest}: article 7 titled {@code 新区开园} is {@code
 * 000007-新区开园.md}; with {@code --fanout 1000} it is {@code 000001-001000/000007-新区开园.md}; the
 * template {@code ../${slug}} gives {@code slug-…}, never a path outside the folder.
 */
public final class FileNamer {
  public static final String DEFAULT_TEMPLATE = "${id}-${slug}";

  /**
   * Bound on a file name's UTF-8 bytes before its extension, so that name, a collision suffix and
   * the extension stay within 200 bytes, under the 255 that filesystems allow.
   */
  private static final int MAX_NAME_BYTES = 188;

  /**
   * The JSON reader, made on first use: building an ObjectMapper costs a tenth of a second of
   * start-up (its date formats load locale data), and most runs never need this one.
   */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  /** Runs of dots, which could spell {@code ..}: {@code a..b} becomes {@code a.b}. */
  private static final Pattern DOTS = Pattern.compile("\\.{2,}");

  /** Dots and dashes at either end: {@code .hidden-} becomes {@code hidden}. */
  private static final Pattern EDGES = Pattern.compile("^[.\\-]+|[.\\-]+$");

  /** A template variable, escaped or not: {@code ${slug}} gives {@code slug}; {@code $${x}} is literal. */
  private static final Pattern VARIABLE = Pattern.compile("(\\$?)\\$\\{([^}]*)}");

  /** The variables a template may name, in the order the help lists them. */
  public static final ImmutableList<String> VARIABLES = ImmutableList.of("id", "slug", "date", "source", "record");

  /**
   * A name Windows reserves for a device whatever its extension: {@code CON}, {@code aux.2024},
   * {@code com1}; not {@code CONTEXT} or {@code com10} (pinned by {@code
   * FileNamerTest.windowsDeviceNamesGetAnUnderscore}).
   */
  private static final Pattern WINDOWS_DEVICE =
      Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\\..*)?");

  private final String template;
  private final int fanout;

  /**
   * The template split into literal text and variable names ({@code ${id}-${slug}} gives {@code
   * [${id}, "-", ${slug}]}), or null when it holds a {@code $} that is not a known variable.
   */
  private final ImmutableList<Piece> pieces;

  /** A piece of a template: literal text, or the name of a variable when {@code variable}. */
  private record Piece(String text, boolean variable) {}

  /**
   * @param fanout files per subfolder, or 0 for none
   */
  public FileNamer(String template, int fanout) {
    checkArgument(fanout >= 0, "fanout %s is negative", fanout);
    checkArgument(!template.isBlank(), "the name template is blank");
    this.template = template;
    this.fanout = fanout;
    this.pieces = pieces(template);
  }

  /** The pieces of a template of plain text and known variables only, else null. */
  private static ImmutableList<Piece> pieces(String template) {
    ImmutableList.Builder<Piece> out = ImmutableList.builder();
    int i = 0;
    while (i < template.length()) {
      int dollar = template.indexOf('$', i);
      if (dollar < 0) {
        out.add(new Piece(template.substring(i), false));
        break;
      }
      if (dollar > i) {
        out.add(new Piece(template.substring(i, dollar), false));
      }
      int close = template.indexOf('}', dollar);
      if (!template.startsWith("${", dollar) || close < 0) {
        return null;
      }
      String name = template.substring(dollar + 2, close);
      if (!VARIABLES.contains(name)) {
        return null;
      }
      out.add(new Piece(name, true));
      i = close + 1;
    }
    return out.build();
  }

  /** {@code id} in six digits or more: 7 gives {@code 000007}, as {@code %06d} does. */
  static String sixDigits(long id) {
    if (id < 0) {
      return String.format("%06d", id);
    }
    String digits = Long.toString(id);
    return digits.length() >= 6 ? digits : "000000".substring(digits.length()) + digits;
  }

  /**
   * Checks a template before the run: every {@code ${…}} must be a known variable, and a trailing
   * {@code .EXT} of the file format is dropped, since the sink adds it. Examples, pinned by {@code
   * FileNamerTest}: {@code ${id}.md} with extension {@code md} gives {@code ${id}}, so files are
   * {@code 000001.md}, not {@code 000001.md.md}; {@code ${id}.txt} with {@code md} stays (a name
   * that holds a dot); {@code ${title}} is refused, naming the variables there are.
   *
   * @throws IllegalArgumentException naming the unknown variable
   */
  public static String checkedTemplate(String template, String extension) {
    java.util.regex.Matcher m = VARIABLE.matcher(template);
    while (m.find()) {
      if (m.group(1).isEmpty() && !VARIABLES.contains(m.group(2))) {
        throw new IllegalArgumentException(
            "--name-template: unknown variable '${" + m.group(2) + "}'; the variables are "
                + String.join(", ", VARIABLES.stream().map(v -> "${" + v + "}").toList()));
      }
    }
    String suffix = "." + extension;
    if (template.length() > suffix.length() && template.toLowerCase(java.util.Locale.ROOT).endsWith(suffix)) {
      return template.substring(0, template.length() - suffix.length());
    }
    return template;
  }

  /**
   * True when names cannot repeat within a run: the template holds {@code ${id}}. Other templates
   * ({@code ${slug}}) can give two articles one name, which the sink then makes unique.
   */
  public boolean isUnique() {
    return template.contains("${id}");
  }

  /** The subfolder for article {@code id}, or the empty string without fan-out. */
  public String folder(long id) {
    if (fanout == 0) {
      return "";
    }
    long start = (id - 1) / fanout * fanout + 1;
    return sixDigits(start) + "-" + sixDigits(start + fanout - 1);
  }

  /**
   * The file name without extension, under its fan-out folder: {@code 000001-000100/000007-slug},
   * or {@code 000007-slug} without fan-out.
   */
  public String relativeBase(long id, Article article, Origin origin) {
    String sub = folder(id);
    return (sub.isEmpty() ? "" : sub + "/") + baseName(id, article, origin);
  }

  /** The file name (without folder and extension) for article {@code id}. */
  public String baseName(long id, Article article, Origin origin) {
    String sixDigits = sixDigits(id);
    if (pieces != null) {
      StringBuilder name = new StringBuilder(64);
      for (Piece piece : pieces) {
        String value = piece.variable() ? value(piece.text(), sixDigits, article, origin) : piece.text();
        if (piece.variable() && value.indexOf('$') >= 0) {
          return substituted(sixDigits, article, origin);
        }
        name.append(value);
      }
      return safe(name.toString(), sixDigits);
    }
    return substituted(sixDigits, article, origin);
  }

  private static String value(String variable, String sixDigits, Article article, Origin origin) {
    return switch (variable) {
      case "id" -> sixDigits;
      case "slug" -> slugOf(article);
      case "date" -> fieldText(origin, "date");
      case "source" -> sourceName(article.source().path());
      case "record" -> article.source().record() > 0 ? Long.toString(article.source().record()) : "";
      default -> throw new IllegalStateException(variable);
    };
  }

  /** The name by {@link StringSubstitutor}: for templates and values that hold a {@code $}. */
  private String substituted(String sixDigits, Article article, Origin origin) {
    Map<String, String> values = new HashMap<>();
    for (String variable : VARIABLES) {
      values.put(variable, value(variable, sixDigits, article, origin));
    }
    String name = new StringSubstitutor(values).setEnableUndefinedVariableException(false).replace(template);
    return safe(name, sixDigits);
  }

  static String slugOf(Article article) {
    if (article.title() != null) {
      return Slug.of(article.title(), "untitled");
    }
    String opening = article.body().isEmpty() ? "" : Slug.opening(article.body().get(0).text(), 24);
    return Slug.of(opening, "untitled");
  }

  private static String sourceName(String path) {
    if (path.equals("-")) {
      return "stdin";
    }
    String name = path.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    int dot = name.indexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String fieldText(Origin origin, String field) {
    String raw = origin.fields().get(field);
    if (raw == null) {
      return "";
    }
    try {
      JsonNode node = Json.MAPPER.readTree(raw);
      return node.isTextual() || node.isNumber() ? node.asText() : "";
    } catch (IOException e) {
      return "";
    }
  }

  /**
   * A name that is one file name everywhere: no separators, no control characters, no leading dot,
   * no {@code ..}, at most 200 bytes, and no Windows device name: {@code CON} becomes {@code CON_}.
   */
  static String safe(String name, String fallback) {
    StringBuilder out = new StringBuilder();
    int bytes = 0;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      boolean keep = cp < 0x80 ? isAsciiKept(cp) : Character.isLetterOrDigit(cp);
      if (!keep && out.length() > 0 && out.charAt(out.length() - 1) == '-') {
        continue;
      }
      // UTF-8 length of a kept code point (a letter is never a lone surrogate), or of "-".
      int n = !keep || cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (bytes + n > MAX_NAME_BYTES) {
        break;
      }
      if (keep) {
        out.appendCodePoint(cp);
      } else {
        out.append('-');
      }
      bytes += n;
    }
    String result = out.indexOf("..") >= 0 ? DOTS.matcher(out).replaceAll(".") : out.toString();
    if (!result.isEmpty() && isEdge(result.charAt(0)) || result.length() > 1 && isEdge(result.charAt(result.length() - 1))) {
      result = EDGES.matcher(result).replaceAll("");
    }
    if (!result.isEmpty() && "CcPpAaNnLl".indexOf(result.charAt(0)) >= 0 && WINDOWS_DEVICE.matcher(result).matches()) {
      int dot = result.indexOf('.');
      result = dot < 0 ? result + "_" : result.substring(0, dot) + "_" + result.substring(dot);
    }
    return result.isEmpty() ? fallback : result;
  }

  /** An ASCII character a name keeps: a letter, a digit, {@code -}, {@code _} or {@code .}. */
  private static boolean isAsciiKept(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
  }

  private static boolean isEdge(char c) {
    return c == '.' || c == '-';
  }
}
