package dev.newstidy.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newstidy.config.RepairSettings;
import dev.newstidy.input.BlockReader;
import dev.newstidy.input.LineReader;
import dev.newstidy.model.Block;
import dev.newstidy.segment.ArticleSegmenter;
import dev.newstidy.segment.BoundaryCue;
import dev.newstidy.segment.BoundaryScorer;
import dev.newstidy.stage.byline.BylineDetector;
import dev.newstidy.stage.byline.ChineseNames;
import dev.newstidy.stage.dedup.InMemoryParagraphIndex;
import dev.newstidy.stage.dedup.RepeatedParagraphRemover;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Fits the boundary weights ({@code boundary-weights.properties}) on labelled dumps: every short
 * plain line the segmenter weighs is a case, labelled a boundary when a truth article with a
 * headline starts on its line; a logistic regression with an L2 penalty fits the weights, the
 * cues of {@link #LATE} in a second stage over the others. Each
 * candidate is decided by the truth while the cases are read, so that they do not depend on the
 * weights shipped at the time and one run gives the shipped weights. {@code -Dfit.cases=FILE}
 * also writes the cases as a table. Then
 * leave-one-site-out: each site's cases are scored by weights fitted on the other sites only, and
 * the pooled held-out figures are printed next to the in-sample ones.
 *
 * <p>Run by {@code src/bench/fit-boundaries.sh}, which builds the cases from the labelled corpus;
 * arguments: {@code OUT.properties CASE_DIR...}, each folder holding {@code plain.txt}, {@code
 * lines.txt}, their {@code *.truth.json} and {@code pages.jsonl} (for each page's site).
 */
public final class BoundaryFit {
  private static final String[] LAYOUTS = {"plain", "lines"};
  private static final BoundaryCue[] CUES = BoundaryCue.values();
  /**
   * The L2 penalty. Each page stands in every draw of the corpus (ten seeds, mixed and one-language
   * dumps, two layouts), so one page's quirks count some forty times: a weak penalty (1) let them
   * pull the weights, 0.952 in-sample against 0.913 leave-one-site-out; 10 gives 0.960 against 0.947.
   */
  private static final double L2 = 10.0;

  /**
   * A missed boundary runs two articles together, losing both; a false one splits one article, whose
   * larger part still stands: a missed boundary counts twice in the fit.
   */
  private static final double MISSED_BOUNDARY_COST = 2.0;
  private static final int ROUNDS = 25;

  /**
   * Cues fitted in a second stage, on top of the others held as the first stage fitted them. Such a
   * cue marks a few cases the others get wrong (a section heading stacked over a subsection
   * heading); fitted together with them, it took those cases off the bias and the other weights,
   * and lines that no cue speaks for (an English excerpt's cut-off last line) crossed zero: with
   * one stage, English separated 0.976 fell to 0.968 while the Chinese titles rose. {@link
   * BoundaryCue#RECURRING_TOPIC_CJK} is 0 on every Latin line: fitted in the second stage it moves
   * no other weight by more than a hundredth, so the English figures stay where they were.
   */
  private static final Set<BoundaryCue> LATE = EnumSet.of(BoundaryCue.UNECHOED_HEADING_AFTER, BoundaryCue.RECURRING_TOPIC_CJK);

  private record Case(double[] x, boolean boundary, String site, String where, String line) {}

  private BoundaryFit() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    List<Case> cases = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      for (String layout : LAYOUTS) {
        cases.addAll(casesOf(Path.of(args[i]), layout));
      }
    }
    String dump = System.getProperty("fit.cases");
    if (dump != null) {
      StringBuilder t = new StringBuilder("site\twhere\tboundary");
      for (BoundaryCue cue : CUES) {
        t.append('\t').append(cue.name());
      }
      t.append("\tline\n");
      for (Case c : cases) {
        t.append(c.site()).append('\t').append(c.where()).append('\t').append(c.boundary() ? 1 : 0);
        for (int k = 1; k < c.x().length; k++) {
          t.append('\t').append(String.format(Locale.ROOT, "%.3f", c.x()[k]));
        }
        t.append('\t').append(c.line()).append('\n');
      }
      Files.writeString(Path.of(dump), t.toString(), StandardCharsets.UTF_8);
    }
    double[] w = fit(cases, null);
    System.out.printf(Locale.ROOT, "cases %d, boundaries %d%n", cases.size(), cases.stream().filter(Case::boundary).count());
    System.out.println("in-sample          " + figures(cases, w));
    TreeSet<String> sites = new TreeSet<>();
    cases.forEach(c -> sites.add(c.site()));
    int[] counts = new int[4];
    for (String site : sites) {
      double[] v = fit(cases, site);
      for (Case c : cases) {
        if (c.site().equals(site)) {
          tally(counts, c, v);
        }
      }
    }
    System.out.println("leave-one-site-out " + describe(counts) + " (" + sites.size() + " sites)");
    StringBuilder p = new StringBuilder();
    p.append("# Weights of the boundary cues (dev.newstidy.segment.BoundaryScorer): score = bias +\n")
        .append("# sum(weight * value), a new article above 0. Fitted by src/bench/fit-boundaries.sh.\n");
    p.append(String.format(Locale.ROOT, "bias=%.3f\n", w[0]));
    for (int k = 0; k < CUES.length; k++) {
      p.append(String.format(Locale.ROOT, "%s=%.3f\n", CUES[k].name(), w[k + 1]));
    }
    Files.writeString(out, p.toString(), StandardCharsets.UTF_8);
    System.out.print(p);
  }

  /** The candidate lines of one dump, with their labels and sites. */
  private static List<Case> casesOf(Path dir, String layout) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, String> hosts = PageSites.read(dir.resolve("pages.jsonl"), json);
    JsonNode truth = json.readTree(dir.resolve(layout + ".truth.json").toFile()).path("articles");
    TreeMap<Integer, JsonNode> byFirstLine = new TreeMap<>();
    truth.forEach(a -> byFirstLine.put(a.path("first_line").asInt(), a));
    List<Case> cases = new ArrayList<>();
    RepeatedParagraphRemover repeats =
        new RepeatedParagraphRemover(new InMemoryParagraphIndex(), RepairSettings.defaults().minRepeatChars());
    // Each candidate is decided by the truth (teacher forcing): the segmentation, and with it every
    // case's evidence, follows the true articles and not the weights shipped at the time, so one
    // run of the fit gives the same weights whatever the shipped file held.
    ArticleSegmenter segmenter =
        new ArticleSegmenter(
            new BylineDetector(ChineseNames.load()),
            BoundaryScorer.shipped(),
            a -> {},
            c -> {},
            c -> {
              int line = c.block().span().firstLine();
              Map.Entry<Integer, JsonNode> owner = byFirstLine.floorEntry(line);
              JsonNode article = owner == null ? null : owner.getValue();
              boolean boundary = owner != null && owner.getKey() == line && !article.path("title").isNull();
              String site = article == null ? "?" : hosts.getOrDefault(article.path("id").asText(), "?");
              double[] x = new double[CUES.length + 1];
              x[0] = 1;
              for (int k = 0; k < CUES.length; k++) {
                x[k + 1] = c.cues().getOrDefault(CUES[k], 0.0);
              }
              String where = dir.getFileName() + "/" + layout + ":" + line;
              cases.add(new Case(x, boundary, site, where, c.block().text().replace('\t', ' ')));
              return boundary;
            });
    try (InputStream in = Files.newInputStream(dir.resolve(layout + ".txt"))) {
      BlockReader reader = new BlockReader(new LineReader(in), layout + ".txt", false);
      for (Block b = reader.next(); b != null; b = reader.next()) {
        segmenter.accept(repeats.apply(b));
      }
      segmenter.endDocument();
    }
    return cases;
  }


  /**
   * Logistic regression by Newton's method (iteratively reweighted least squares) with an L2
   * penalty on every weight but the bias, leaving out {@code heldOut}'s cases when not null.
   */
  private static double[] fit(List<Case> cases, String heldOut) {
    int n = CUES.length + 1;
    boolean[] base = new boolean[n];
    boolean[] late = new boolean[n];
    for (int k = 0; k < n; k++) {
      boolean isLate = k > 0 && LATE.contains(CUES[k - 1]);
      base[k] = !isLate;
      late[k] = isLate;
    }
    return fit(cases, heldOut, late, fit(cases, heldOut, base, new double[n]));
  }

  /**
   * As {@link #fit(List, String)} for the weights marked {@code free}; the others stay as in {@code
   * start} and count in every score.
   */
  private static double[] fit(List<Case> cases, String heldOut, boolean[] free, double[] start) {
    int n = CUES.length + 1;
    double[] w = start.clone();
    for (int round = 0; round < ROUNDS; round++) {
      double[] g = new double[n];
      double[][] h = new double[n][n];
      for (Case c : cases) {
        if (heldOut != null && c.site().equals(heldOut)) {
          continue;
        }
        double p = 1 / (1 + StrictMath.exp(-dot(w, c.x())));
        double cost = c.boundary() ? MISSED_BOUNDARY_COST : 1;
        double err = cost * (p - (c.boundary() ? 1 : 0));
        double weight = cost * Math.max(p * (1 - p), 1e-9);
        for (int i = 0; i < n; i++) {
          g[i] += err * c.x()[i];
          for (int j = 0; j < n; j++) {
            h[i][j] += weight * c.x()[i] * c.x()[j];
          }
        }
      }
      for (int i = 1; i < n; i++) {
        g[i] += L2 * w[i];
        h[i][i] += L2;
      }
      h[0][0] += 1e-9;
      for (int i = 0; i < n; i++) {
        if (!free[i]) {
          for (int j = 0; j < n; j++) {
            h[i][j] = 0;
            h[j][i] = 0;
          }
          h[i][i] = 1;
          g[i] = 0;
        }
      }
      double[] step = solve(h, g);
      for (int i = 0; i < n; i++) {
        w[i] -= step[i];
      }
    }
    return w;
  }

  /** Solves {@code a x = b} by Gaussian elimination with partial pivoting. */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      m[i] = java.util.Arrays.copyOf(a[i], n + 1);
      m[i][n] = b[i];
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
          pivot = r;
        }
      }
      double[] t = m[col];
      m[col] = m[pivot];
      m[pivot] = t;
      for (int r = 0; r < n; r++) {
        if (r != col && m[col][col] != 0) {
          double f = m[r][col] / m[col][col];
          for (int k = col; k <= n; k++) {
            m[r][k] -= f * m[col][k];
          }
        }
      }
    }
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = m[i][i] == 0 ? 0 : m[i][n] / m[i][i];
    }
    return x;
  }

  private static double dot(double[] w, double[] x) {
    double s = 0;
    for (int k = 0; k < w.length; k++) {
      s += w[k] * x[k];
    }
    return s;
  }

  private static String figures(List<Case> cases, double[] w) {
    int[] counts = new int[4];
    for (Case c : cases) {
      tally(counts, c, w);
    }
    return describe(counts);
  }

  /** counts: true positives, false positives, false negatives, true negatives. */
  private static void tally(int[] counts, Case c, double[] w) {
    boolean said = dot(w, c.x()) > 0;
    counts[said ? (c.boundary() ? 0 : 1) : (c.boundary() ? 2 : 3)]++;
  }

  private static String describe(int[] n) {
    double precision = n[0] / (double) Math.max(1, n[0] + n[1]);
    double recall = n[0] / (double) Math.max(1, n[0] + n[2]);
    double accuracy = (n[0] + n[3]) / (double) Math.max(1, n[0] + n[1] + n[2] + n[3]);
    return String.format(
        Locale.ROOT, "precision %.3f recall %.3f accuracy %.3f (tp %d fp %d fn %d tn %d)",
        precision, recall, accuracy, n[0], n[1], n[2], n[3]);
  }
}
