package dev.newstidy.segment;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Weighs the evidence that a short plain line opens a new article: a logistic score, the sum of a
 * bias and each {@link BoundaryCue}'s value times its weight; above zero, a new article starts. The
 * weights ship as data ({@code boundary-weights.properties}), fitted on real labelled dumps by
 * {@code src/bench/fit-boundaries.sh}.
 *
 * <p>Example, pinned by {@code BoundaryScorerTest}: with the shipped weights, a line followed by a
 * byline after a cut-off excerpt scores well above zero; the same line between two paragraphs that
 * share its words scores below.
 */
public final class BoundaryScorer {
  private static final String RESOURCE = "boundary-weights.properties";

  private final double bias;
  private final ImmutableMap<BoundaryCue, Double> weights;

  /** A scorer with the given bias and weights; a cue without a weight counts 0. */
  public BoundaryScorer(double bias, Map<BoundaryCue, Double> weights) {
    this.bias = bias;
    this.weights = ImmutableMap.copyOf(weights);
  }

  /**
   * The scorer with the weights shipped in the jar, read once: every pipeline of a run (one per
   * task in the Spark job) asks for it, and the scorer is immutable.
   */
  public static BoundaryScorer shipped() {
    return Shipped.SCORER;
  }

  private static final class Shipped {
    static final BoundaryScorer SCORER = read();

    private static BoundaryScorer read() {
      try (InputStream in = BoundaryScorer.class.getResourceAsStream(RESOURCE)) {
        checkArgument(in != null, "missing resource %s", RESOURCE);
        Properties p = new Properties();
        p.load(in);
        return fromProperties(p);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Reads {@code bias=…} and one {@code CUE_NAME=…} per cue. */
  public static BoundaryScorer fromProperties(Properties p) {
    Map<BoundaryCue, Double> w = new EnumMap<>(BoundaryCue.class);
    for (BoundaryCue cue : BoundaryCue.values()) {
      String value = p.getProperty(cue.name());
      if (value != null) {
        w.put(cue, Double.parseDouble(value.strip()));
      }
    }
    return new BoundaryScorer(Double.parseDouble(p.getProperty("bias", "0").strip()), w);
  }

  /** The bias, the score of a line with no evidence at all. */
  public double bias() {
    return bias;
  }

  /** The weight of {@code cue}. */
  public double weight(BoundaryCue cue) {
    return weights.getOrDefault(cue, 0.0);
  }

  /** The score of the cues' values: above zero, a boundary. */
  public Decision score(Map<BoundaryCue, Double> values) {
    double sum = bias;
    Map<BoundaryCue, Double> parts = new EnumMap<>(BoundaryCue.class);
    for (Map.Entry<BoundaryCue, Double> e : values.entrySet()) {
      double part = weight(e.getKey()) * e.getValue();
      if (part != 0) {
        parts.put(e.getKey(), part);
        sum += part;
      }
    }
    return new Decision(sum, ImmutableMap.copyOf(parts));
  }

  /**
   * A scored candidate line.
   *
   * @param score the bias plus every cue's contribution; a boundary when above zero
   * @param contributions each cue's value times its weight, for the ones that count
   */
  public record Decision(double score, ImmutableMap<BoundaryCue, Double> contributions) {
    /** True when the line opens a new article. */
    public boolean isBoundary() {
      return score > 0;
    }

    /** The main reasons, strongest first: {@code +2.1 CREDIT_AFTER, -1.3 COHESION}. */
    public String reasons(int most) {
      List<Map.Entry<BoundaryCue, Double>> sorted = new ArrayList<>(contributions.entrySet());
      sorted.sort(Comparator.comparingDouble((Map.Entry<BoundaryCue, Double> e) -> -Math.abs(e.getValue()))
          .thenComparing(Map.Entry::getKey));
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < Math.min(most, sorted.size()); i++) {
        Map.Entry<BoundaryCue, Double> e = sorted.get(i);
        s.append(s.length() == 0 ? "" : ", ")
            .append(String.format(java.util.Locale.ROOT, "%+.1f %s", e.getValue(), e.getKey().name().toLowerCase(java.util.Locale.ROOT)));
      }
      return s.toString();
    }
  }
}
