package dev.newstidy.eval;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The counts behind each {@link Measure}, per group ({@code zh}, {@code en} and {@code all}), so
 * that a report can show both the share and the counts it comes from.
 */
public final class QualityScores {
  /** The groups, in report order. */
  public static final String[] GROUPS = {"zh", "en", "all"};

  private final Map<String, EnumMap<Measure, long[]>> counts = new LinkedHashMap<>();

  QualityScores() {
    for (String group : GROUPS) {
      EnumMap<Measure, long[]> measures = new EnumMap<>(Measure.class);
      for (Measure m : Measure.values()) {
        measures.put(m, new long[2]);
      }
      counts.put(group, measures);
    }
  }

  /** Counts {@code total} cases and {@code hits} good ones for {@code group} and for {@code all}. */
  void add(String group, Measure measure, long hits, long total) {
    if (counts.containsKey(group) && !group.equals("all")) {
      long[] c = counts.get(group).get(measure);
      c[0] += hits;
      c[1] += total;
    }
    long[] all = counts.get("all").get(measure);
    all[0] += hits;
    all[1] += total;
  }

  /** The share in {@code [0, 1]}, or NaN when there was nothing to count. F1 is derived. */
  public double value(String group, Measure measure) {
    if (measure == Measure.BOUNDARY_F1) {
      double p = value(group, Measure.BOUNDARY_PRECISION);
      double r = value(group, Measure.BOUNDARY_RECALL);
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
    long[] c = counts.get(group).get(measure);
    return c[1] == 0 ? Double.NaN : (double) c[0] / c[1];
  }

  /** {@code hits/total}, or empty for a derived figure. */
  public String detail(String group, Measure measure) {
    if (measure == Measure.BOUNDARY_F1) {
      return "";
    }
    long[] c = counts.get(group).get(measure);
    return c[0] + "/" + c[1];
  }
}
