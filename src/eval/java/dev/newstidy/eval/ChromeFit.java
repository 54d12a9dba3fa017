package dev.newstidy.eval;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newstidy.config.RepairSettings;
import dev.newstidy.input.BlockReader;
import dev.newstidy.input.Document;
import dev.newstidy.input.DumpReader;
import dev.newstidy.input.InputSource;
import dev.newstidy.input.ReadSettings;
import dev.newstidy.model.Article;
import dev.newstidy.model.Block;
import dev.newstidy.model.Origin;
import dev.newstidy.output.RecordJson;
import dev.newstidy.stage.Pipeline;
import dev.newstidy.stage.dedup.InMemoryParagraphIndex;
import dev.newstidy.stage.furniture.ChromeModel;
import dev.newstidy.stage.furniture.ChromeModel.Threshold;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Fits the thresholds of the page-chrome triage ({@code chrome-model.properties}) on the labelled
 * corpus pages: coordinate ascent over each threshold's range, from the hand-set values, on the sum
 * of the six pooled page figures that {@code score.py pages} prints (title found, byline found and
 * precise, paragraphs exact, boilerplate removed, text kept); a model that keeps less than {@link
 * #MIN_TEXT_KEPT} of the text, or lowers any figure of the Chinese or the English pages below the
 * hand-set model's, is refused. Then leave-one-site-out: each site's pages are scored
 * with thresholds fitted on the other sites only, and the pooled held-out figures are printed next
 * to the in-sample ones.
 *
 * <p>Run by {@code src/bench/fit-chrome.sh}; arguments: {@code OUT.properties PAGES.jsonl
 * PAGES.truth.json}, as {@code build.py} writes them. The figures are those of {@code score.py
 * pages}, recomputed here ({@link PageScore}) so that hundreds of models can be tried in one JVM.
 */
public final class ChromeFit {
  /** Losing text costs more than keeping chrome: no model below this share of the text kept. */
  private static final double MIN_TEXT_KEPT = 0.99;

  /** Values tried per threshold at most: a range wider than this is stepped. */
  private static final int VALUES = 12;

  private static final int SWEEPS = 4;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path pages;
  private final List<JsonNode> truth;
  private final List<String> sites;
  /** Per-page counts of each model tried, so that the folds share the runs. */
  private final Map<ChromeModel, long[][]> tried = new HashMap<>();

  private ChromeFit(Path pages, List<JsonNode> truth, List<String> sites) {
    this.pages = pages;
    this.truth = truth;
    this.sites = sites;
  }

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    Path pages = Path.of(args[1]);
    List<JsonNode> truth = new ArrayList<>();
    JSON.readTree(Path.of(args[2]).toFile()).path("pages").forEach(truth::add);
    Map<String, String> hosts = PageSites.read(pages, JSON);
    List<String> sites = new ArrayList<>();
    truth.forEach(t -> sites.add(hosts.getOrDefault(t.path("id").asText(), "?")));
    ChromeFit fit = new ChromeFit(pages, truth, sites);
    ChromeModel start = ChromeModel.starting();
    ChromeModel model = fit.fit(null);
    String before = PageScore.describe(fit.pooled(start, null, false));
    String inSample = PageScore.describe(fit.pooled(model, null, false));
    TreeSet<String> distinct = new TreeSet<>(sites);
    long[] held = new long[PageScore.COUNTS];
    for (String site : distinct) {
      ChromeModel fold = fit.fit(site);
      PageScore.add(held, fit.pooled(fold, site, true));
    }
    String loso = PageScore.describe(held);
    System.out.printf(Locale.ROOT, "pages %d, sites %d, models tried %d%n", truth.size(), distinct.size(), fit.tried.size());
    System.out.println("hand-set           " + before);
    System.out.println("in-sample          " + inSample);
    System.out.println("leave-one-site-out " + loso);
    String text =
        "# Thresholds of the page-chrome triage (dev.newstidy.stage.furniture.ChromeModel), fitted on\n"
            + "# the labelled corpus pages by src/bench/fit-chrome.sh. Pooled page figures (title found,\n"
            + "# byline found, byline precision, paragraphs exact, boilerplate removed, text kept):\n"
            + "#   hand-set           " + before + "\n"
            + "#   in-sample          " + inSample + "\n"
            + "#   leave-one-site-out " + loso + "\n"
            + model.toProperties();
    Files.writeString(out, text, StandardCharsets.UTF_8);
    System.out.print(model.toProperties());
  }

  /** The model fitted on every page but {@code heldOut}'s (all pages when null). */
  private ChromeModel fit(String heldOut) throws IOException {
    ChromeModel best = ChromeModel.starting();
    double bestScore = objective(best, heldOut);
    for (int sweep = 0; sweep < SWEEPS; sweep++) {
      boolean moved = false;
      for (Threshold t : Threshold.values()) {
        int step = Math.max(1, (t.max() - t.min() + VALUES - 1) / VALUES);
        for (int v = t.min(); v <= t.max(); v += step) {
          ChromeModel candidate = best.with(t, v);
          double score = objective(candidate, heldOut);
          // Strictly better only: ties keep the value already held, so the fit is deterministic
          // and stays near the hand-set start where the corpus cannot tell.
          if (score > bestScore + 1e-9) {
            best = candidate;
            bestScore = score;
            moved = true;
          }
        }
      }
      if (!moved) {
        break;
      }
    }
    return best;
  }

  /**
   * The sum of the pooled figures, or -1 when the model keeps too little text or lowers any figure
   * of either language below the hand-set model's: a threshold moves only where it helps without
   * trading one figure, or one language, for another.
   */
  private double objective(ChromeModel model, String heldOut) throws IOException {
    double[] f = PageScore.figures(pooled(model, heldOut, false));
    if (f[5] < MIN_TEXT_KEPT) {
      return -1;
    }
    for (String lang : new String[] {null, "zh", "en"}) {
      double[] got = PageScore.figures(pooled(model, heldOut, false, lang));
      double[] floor = PageScore.figures(pooled(ChromeModel.starting(), heldOut, false, lang));
      for (int i = 0; i < got.length; i++) {
        if (got[i] < floor[i] - 1e-9) {
          return -1;
        }
      }
    }
    return f[0] + f[1] + f[2] + f[3] + f[4] + f[5];
  }

  /** The counts summed over the pages of {@code site} (only) or of every other site. */
  private long[] pooled(ChromeModel model, String site, boolean only) throws IOException {
    return pooled(model, site, only, null);
  }

  /** {@link #pooled(ChromeModel, String, boolean)} over the pages in {@code lang} only, unless null. */
  private long[] pooled(ChromeModel model, String site, boolean only, String lang) throws IOException {
    long[][] perPage = tried.get(model);
    if (perPage == null) {
      perPage = run(model);
      tried.put(model, perPage);
    }
    long[] sum = new long[PageScore.COUNTS];
    for (int i = 0; i < perPage.length; i++) {
      boolean in = (site == null || sites.get(i).equals(site) == only)
          && (lang == null || truth.get(i).path("lang").asText().equals(lang));
      if (in) {
        PageScore.add(sum, perPage[i]);
      }
    }
    return sum;
  }

  /** Cleans the pages with {@code model} in this JVM and scores each page. */
  private long[][] run(ChromeModel model) throws IOException {
    Map<Long, List<JsonNode>> records = new LinkedHashMap<>();
    Map<Long, Origin> origins = new HashMap<>();
    List<Article> articles = new ArrayList<>();
    Pipeline pipeline = Pipeline.create(RepairSettings.defaults(), new InMemoryParagraphIndex(), articles::add, model);
    try (DumpReader reader =
        DumpReader.open(new InputSource(pages.toString(), pages), ReadSettings.defaults(), InputStream.nullInputStream(), m -> {})) {
      for (Document d = reader.next(); d != null; d = reader.next()) {
        origins.put(d.record(), d.origin());
        BlockReader blocks = BlockReader.of(d, false);
        for (Block b = blocks.next(); b != null; b = blocks.next()) {
          pipeline.accept(b);
        }
        pipeline.endDocument();
      }
    }
    long id = 0;
    for (Article a : articles) {
      long record = a.source().record();
      StringWriter text = new StringWriter();
      try (JsonGenerator g = JSON.getFactory().createGenerator(text)) {
        RecordJson.write(g, ++id, a, origins.get(record), true, null);
      }
      records.computeIfAbsent(record, r -> new ArrayList<>()).add(JSON.readTree(text.toString()));
    }
    long[][] perPage = new long[truth.size()][];
    for (int i = 0; i < truth.size(); i++) {
      JsonNode page = truth.get(i);
      perPage[i] = PageScore.count(page, records.getOrDefault(page.path("record").asLong(), List.of()));
    }
    return perPage;
  }

}
