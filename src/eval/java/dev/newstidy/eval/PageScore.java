package dev.newstidy.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * The page figures of the corpus's {@code score.py pages}, as counts per page that add up over any
 * set of pages: title found, byline found, byline precision, paragraphs exact, boilerplate removed
 * and text kept. {@link ChromeFit} scores hundreds of models with it in one JVM; the shipped model's
 * figures agree with {@code src/bench/corpus.py --layouts pages} (checked by hand when it was written).
 */
final class PageScore {
  static final int COUNTS = 11;
  private static final int TITLE = 0;
  private static final int BYLINE = 1;
  private static final int PARA_HITS = 2;
  private static final int PARA_TOTAL = 3;
  private static final int BOILER_GONE = 4;
  private static final int BOILER_TOTAL = 5;
  private static final int CHARS_KEPT = 6;
  private static final int CHARS_TOTAL = 7;
  private static final int NAMES_OUT = 8;
  private static final int NAMES_RIGHT = 9;
  private static final int PAGES = 10;

  /** White space, Unicode's: {@code a\u3000b}. */
  private static final Pattern SPACE = Pattern.compile("(?U)\\s+");

  /** An inline tag: {@code <b>}, {@code </p>}. */
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>]*>");

  /** What may close a dateline left at a paragraph's start: {@code 电}, {@code -}, {@code ）}. */
  private static final Pattern DATELINE_END = Pattern.compile("(--|\u2014|\u2013|-|\u7535|\u8baf|\u8a0a|\\)|\uff09|:|\uff1a)\\s*$");

  private static final Set<String> AGENCIES =
      Set.of("新华社", "新華社", "中新社", "中新網", "中新网", "中国新闻社", "人民网", "新华网", "央视网",
          "Reuters", "AP", "AssociatedPress", "AFP", "Xinhua", "Bloomberg");

  private PageScore() {}

  static String norm(String text) {
    String t = text == null ? "" : TAG.matcher(StringEscapeUtils.unescapeHtml4(text)).replaceAll("");
    return SPACE.matcher(t).replaceAll(" ").strip();
  }

  static String squash(String text) {
    String t = text == null ? "" : TAG.matcher(StringEscapeUtils.unescapeHtml4(text)).replaceAll("");
    return SPACE.matcher(t).replaceAll("");
  }

  /** The counts of one truth page against the records that came of it. */
  static long[] count(JsonNode page, List<JsonNode> found) {
    long[] c = new long[COUNTS];
    c[PAGES] = 1;
    List<String> got = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    List<String> titles = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (JsonNode r : found) {
      for (JsonNode part : r.path("body")) {
        String kind = part.path("kind").asText();
        if (kind.equals("paragraph") || kind.equals("heading")) {
          got.add(norm(part.path("text").asText("")));
        }
      }
      List<String> parts = new ArrayList<>();
      r.path("body").forEach(p -> parts.add(p.path("text").asText("")));
      text.append(String.join("\n", parts)).append('\n');
      titles.add(norm(r.path("title").isNull() ? null : r.path("title").asText()));
      r.path("byline").path("names").forEach(n -> names.add(squash(n.asText())));
    }
    JsonNode title = page.path("title");
    if (title.isNull() || titles.contains(norm(title.asText()))) {
      c[TITLE] = 1;
    }
    List<String> allNames = people(names);
    List<String> wantedRaw = new ArrayList<>();
    page.path("byline_names").forEach(n -> wantedRaw.add(n.asText()));
    List<String> wanted = people(wantedRaw);
    c[NAMES_OUT] = allNames.size();
    for (String n : allNames) {
      c[NAMES_RIGHT] += wanted.contains(n) ? 1 : 0;
    }
    String squashedBody = squash(String.join("", got));
    List<String> truthParagraphs = new ArrayList<>();
    page.path("paragraphs").forEach(p -> truthParagraphs.add(p.asText()));
    for (String p : truthParagraphs) {
      c[CHARS_TOTAL] += squash(p).length();
      c[CHARS_KEPT] += keptWhole(p, squashedBody) ? squash(p).length() : 0;
      c[PARA_TOTAL]++;
      c[PARA_HITS] += paragraphHit(p, got) ? 1 : 0;
    }
    if (wanted.equals(allNames) || (!wanted.isEmpty() && new HashSet<>(allNames).containsAll(wanted))) {
      c[BYLINE] = 1;
    }
    String cleanBody = squash(String.join("", truthParagraphs));
    String squashedText = squash(text.toString());
    for (JsonNode line : page.path("boilerplate")) {
      String s = squash(line.asText());
      if (s.codePointCount(0, s.length()) < 2 || cleanBody.contains(s)) {
        continue;
      }
      c[BOILER_TOTAL]++;
      c[BOILER_GONE] += squashedText.contains(s) ? 0 : 1;
    }
    return c;
  }

  private static List<String> people(List<String> names) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      String s = squash(n);
      if (!AGENCIES.contains(s)) {
        out.add(s);
      }
    }
    out.sort(null);
    return out;
  }

  private static boolean paragraphHit(String truth, List<String> got) {
    String wanted = norm(truth);
    if (got.contains(wanted)) {
      return true;
    }
    for (String p : got) {
      if (!p.isEmpty() && wanted.endsWith(p) && wanted.length() - p.length() <= 40
          && DATELINE_END.matcher(wanted.substring(0, wanted.length() - p.length())).find()) {
        return true;
      }
    }
    return false;
  }

  private static boolean keptWhole(String truth, String squashedBody) {
    if (squashedBody.contains(squash(truth))) {
      return true;
    }
    String wanted = norm(truth);
    for (int i = 1; i < Math.min(41, wanted.length()); i++) {
      String rest = squash(wanted.substring(i));
      if (DATELINE_END.matcher(wanted.substring(0, i)).find() && !rest.isEmpty() && squashedBody.contains(rest)) {
        return true;
      }
    }
    return false;
  }

  static void add(long[] sum, long[] counts) {
    for (int i = 0; i < COUNTS; i++) {
      sum[i] += counts[i];
    }
  }

  /** Title found, byline found, byline precision, paragraphs exact, boilerplate removed, text kept. */
  static double[] figures(long[] c) {
    double pages = Math.max(c[PAGES], 1);
    return new double[] {
      c[TITLE] / pages,
      c[BYLINE] / pages,
      c[NAMES_OUT] == 0 ? 1.0 : (double) c[NAMES_RIGHT] / c[NAMES_OUT],
      (double) c[PARA_HITS] / Math.max(c[PARA_TOTAL], 1),
      (double) c[BOILER_GONE] / Math.max(c[BOILER_TOTAL], 1),
      (double) c[CHARS_KEPT] / Math.max(c[CHARS_TOTAL], 1)
    };
  }

  static String describe(long[] c) {
    double[] f = figures(c);
    return String.format(
        Locale.ROOT, "title %.3f byline %.3f precision %.3f paragraph %.3f boilerplate %.3f kept %.3f",
        f[0], f[1], f[2], f[3], f[4], f[5]);
  }
}
