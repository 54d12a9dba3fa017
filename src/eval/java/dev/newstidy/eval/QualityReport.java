package dev.newstidy.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Prints newstidy's measured quality on a seeded damaged dump as a markdown table, for Chinese,
 * English and both: {@code QualityReport [--seed N] [--articles N] [--rate NAME=VALUE]...
 * [--keep-dump FILE] [--option OPT]...}; {@code --rate boilerplate=0} changes one of the {@link
 * DamageRates}; {@code --option --near --option paragraph} passes options to newstidy.
 */
public final class QualityReport {
  private QualityReport() {}

  public static void main(String[] args) throws IOException {
    long seed = 6;
    int articles = 2000;
    Path keep = null;
    DamageRates rates = DamageRates.defaults();
    java.util.List<String> options = new java.util.ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--articles" -> articles = Integer.parseInt(args[++i]);
        case "--keep-dump" -> keep = Path.of(args[++i]);
        case "--option" -> options.add(args[++i]);
        case "--rate" -> {
          String[] nameValue = args[++i].split("=", 2);
          rates = rates.with(nameValue[0], Double.parseDouble(nameValue[1]));
        }
        default -> throw new IllegalArgumentException("unknown argument " + args[i]
            + "; usage: QualityReport [--seed N] [--articles N] [--rate NAME=VALUE]... [--keep-dump FILE] [--option NEWSTIDY_OPTION]...");
      }
    }
    QualityRun run = QualityRun.measure(seed, articles, rates, keep, options);
    System.out.print(format(run));
  }

  /** The report: what was planted, then the table. */
  public static String format(QualityRun run) {
    List<TruthArticle> truth = run.dump().truth();
    StringBuilder out = new StringBuilder();
    long zh = truth.stream().filter(t -> t.lang() == Language.ZH).count();
    out.append(String.format(Locale.ROOT,
        "Seed %d: %d articles (%d Chinese, %d English, %d untitled), %d lines, %.1f MB; newstidy %d records in %.2f s.%n",
        run.seed(), truth.size(), zh, truth.size() - zh, truth.stream().filter(t -> t.title() == null).count(),
        run.dump().text().split("\n", -1).length - 1, run.dump().text().getBytes(StandardCharsets.UTF_8).length / 1e6,
        run.run().records().size(), run.run().seconds()));
    out.append(String.format(Locale.ROOT,
        "Planted: %d page-break cuts (%d hyphenated), %d exact repeats, %d near copies, %d boilerplate lines, "
            + "%d subheadings, %d bylines.%n%s.%n%n",
        sum(truth, TruthArticle::cuts), sum(truth, TruthArticle::hyphenatedCuts),
        sum(truth, t -> t.repeatLines().size()), sum(truth, t -> t.nearLines().size()),
        sum(truth, t -> t.boilerplateLines().size()), sum(truth, t -> t.headings().size()),
        truth.stream().filter(t -> !t.names().isEmpty()).count(), run.rates()));
    out.append("| measure | zh | en | all |\n| --- | ---: | ---: | ---: |\n");
    for (Measure m : Measure.values()) {
      out.append("| ").append(m.label());
      for (String group : QualityScores.GROUPS) {
        out.append(" | ").append(cell(run.scores(), group, m));
      }
      out.append(" |\n");
    }
    return out.toString();
  }

  private static String cell(QualityScores scores, String group, Measure m) {
    double v = scores.value(group, m);
    if (Double.isNaN(v)) {
      return "n/a";
    }
    String detail = scores.detail(group, m);
    String share = String.format(Locale.ROOT, "%.1f%%", 100 * v);
    return detail.isEmpty() ? share : share + " (" + detail + ")";
  }

  private static long sum(List<TruthArticle> truth, java.util.function.ToIntFunction<TruthArticle> f) {
    return truth.stream().mapToInt(f).sum();
  }
}
