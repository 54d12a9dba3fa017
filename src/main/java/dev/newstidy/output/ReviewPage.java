package dev.newstidy.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.google.common.hash.Hashing;
import com.google.common.io.BaseEncoding;
import com.google.common.io.Resources;
import dev.newstidy.model.Article;
import dev.newstidy.model.Flag;
import dev.newstidy.model.InputStats;
import dev.newstidy.model.RemovalReason;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The review page's template and what fills it: the summary counts (the figures of {@code stats
 * --json}), one row per input, the two bar charts as inline SVG, and the style and script inline,
 * allowed by their hashes in the page's Content-Security-Policy, so that no other script can run
 * even if a text escaped its escaping. Every value goes through Mustache's HTML escaping; the
 * articles go into a JSON island whose {@code <}, {@code >} and {@code &} are written as {@code
 * \u003C}-style escapes, so that {@code </script>} in a headline cannot end it.
 */
final class ReviewPage {
  /** Where the articles' JSON goes; a {@code <} from any value would be escaped, so it is the template's own. */
  private static final String ISLAND = "<!--articles-->";

  /** Upper bounds of the article-length buckets, in characters; the last bucket is open. */
  private static final int[] LENGTH_BOUNDS = {1, 200, 500, 1000, 2000, 5000};

  private static final String[] LENGTH_LABELS = {"0", "1–199", "200–499", "500–999", "1,000–1,999", "2,000–4,999", "5,000+"};

  private static final JsonFactory ISLAND_JSON =
      new JsonFactoryBuilder()
          .characterEscapes(new IslandEscapes())
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
          .build()
          .setRootValueSeparator(null);

  private ReviewPage() {}

  /** What the page counts while articles pass: articles per input and per length bucket. */
  static final class Tally {
    private final Map<String, Long> articlesPerInput = new LinkedHashMap<>();
    private final long[] lengths = new long[LENGTH_LABELS.length];

    void count(Article article) {
      articlesPerInput.merge(article.source().path(), 1L, Long::sum);
      lengths[bucket(ReviewArticleJson.length(article))]++;
    }

    long[] lengths() {
      return lengths.clone();
    }
  }

  /**
   * The length bucket of an article of {@code chars} characters: 0 → 0, 150 → 1, 5000 → 6. Pinned
   * by {@code ChartTest.articleLengthsFallIntoTheirBuckets}.
   */
  static int bucket(int chars) {
    int i = 0;
    while (i < LENGTH_BOUNDS.length && chars >= LENGTH_BOUNDS[i]) {
      i++;
    }
    return i;
  }

  /** A generator for the JSON island: HTML-significant characters and line separators escaped. */
  static JsonGenerator islandGenerator(Writer writer) throws IOException {
    return ISLAND_JSON.createGenerator(writer);
  }

  /** The template's values for a finished run. */
  static Map<String, Object> model(RunSummary summary, Tally tally) {
    Map<String, Object> m = new LinkedHashMap<>();
    List<Map<String, Object>> counts = new ArrayList<>();
    counts.add(count("articles", "articles", summary.articles()));
    counts.add(count("blocks", "blocks read", summary.blocks()));
    counts.add(count("joins", "joins", summary.joins()));
    counts.add(count("warnings", "warnings", summary.warnings()));
    for (Flag flag : Flag.values()) {
      counts.add(count("flag-" + flag.wireName(), flag.wireName(), summary.flagged(flag)));
    }
    List<Map<String, Object>> reasons = new ArrayList<>();
    List<String> reasonNames = new ArrayList<>();
    for (RemovalReason reason : RemovalReason.values()) {
      long removed = summary.removals(reason) - summary.kept(reason);
      long kept = summary.kept(reason);
      counts.add(count("removed-" + reason.wireName(), "removed: " + reason.wireName(), removed));
      if (kept > 0) {
        counts.add(count("kept-" + reason.wireName(), "kept: " + reason.wireName(), kept));
      }
      reasons.add(Map.of("name", reason.wireName(), "value", removed));
      reasonNames.add(reason.wireName());
    }
    counts.add(count("repeated-stories", "repeated stories", summary.repeatedStories()));
    m.put("counts", counts);
    m.put("reasonChart", Chart.bars(reasons));
    List<Map<String, Object>> lengths = new ArrayList<>();
    long[] buckets = tally.lengths();
    for (int i = 0; i < buckets.length; i++) {
      lengths.add(Map.of("name", LENGTH_LABELS[i], "value", buckets[i]));
    }
    m.put("lengthChart", Chart.bars(lengths));
    m.put("inputs", inputRows(summary, tally));
    m.put("flags", List.of(Flag.values()).stream().map(Flag::wireName).toList());
    m.put("reasons", reasonNames);
    String style = resource("review.css");
    String script = resource("review.js");
    m.put("style", style);
    m.put("script", script);
    m.put("styleHash", sha256(style));
    m.put("scriptHash", sha256(script));
    return m;
  }

  private static Map<String, Object> count(String key, String label, long value) {
    return Map.of("key", key, "label", label, "value", value);
  }

  private static List<Map<String, Object>> inputRows(RunSummary summary, Tally tally) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (InputStats input : summary.inputs()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("path", input.path());
      row.put("bytes", String.format(Locale.ROOT, "%,d", input.bytes()));
      row.put("records", input.records());
      row.put("malformed", input.malformed());
      row.put("compression", input.compression());
      row.put("encoding", input.encoding());
      row.put("articles", tally.articlesPerInput.getOrDefault(input.path(), 0L));
      row.put("skipped", input.binary() ? "binary, skipped" : "");
      rows.add(row);
    }
    return rows;
  }

  /** The page before and after the articles' JSON, rendered from {@code model}. */
  static String[] render(Map<String, Object> model) {
    Mustache template = new DefaultMustacheFactory("dev/newstidy/output").compile("review.html.mustache");
    StringWriter page = new StringWriter();
    template.execute(page, model);
    String html = page.toString();
    int at = html.indexOf(ISLAND);
    com.google.common.base.Verify.verify(at >= 0, "the review template lost its articles marker");
    return new String[] {html.substring(0, at), html.substring(at + ISLAND.length())};
  }

  private static String resource(String name) {
    try {
      return Resources.toString(Resources.getResource(ReviewPage.class, name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The base64 SHA-256 of an inline block's exact text, which the CSP names to let it run. */
  static String sha256(String text) {
    return BaseEncoding.base64().encode(Hashing.sha256().hashString(text, StandardCharsets.UTF_8).asBytes());
  }

  /** Escapes {@code < > &} and U+2028/U+2029 as {@code \\uXXXX}: none can end or alter a script block. */
  private static final class IslandEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    IslandEscapes() {
      ascii['<'] = ESCAPE_STANDARD;
      ascii['>'] = ESCAPE_STANDARD;
      ascii['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028) {
        return new SerializedString("\\u2028");
      }
      if (ch == 0x2029) {
        return new SerializedString("\\u2029");
      }
      return null;
    }
  }
}
