package dev.newstidy.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares newstidy's records with the truth. A record and a truth article are matched when each is
 * the other's largest overlap of source lines; a matched pair is a correct boundary only when its
 * first and last lines agree. Titles, bylines, paragraphs and subheadings are judged on matched
 * pairs (an unmatched article scores nothing); removals are looked up by line in every record.
 */
public final class QualityScorer {
  private QualityScorer() {}

  /** The scores of {@code records} against {@code truth}, both in dump order. */
  public static QualityScores score(List<TruthArticle> truth, List<JsonNode> records) {
    List<OutputRecord> outputs = records.stream().map(OutputRecord::of).toList();
    int[] pairOfRecord = new int[outputs.size()];
    int[] pairOfTruth = pair(truth, outputs, pairOfRecord);
    Map<Integer, String> removedByLine = new HashMap<>();
    for (OutputRecord r : outputs) {
      removedByLine.putAll(r.removed());
    }
    QualityScores scores = new QualityScores();
    Set<Integer> planted = new HashSet<>();
    for (int t = 0; t < truth.size(); t++) {
      TruthArticle article = truth.get(t);
      OutputRecord match = pairOfTruth[t] < 0 ? null : outputs.get(pairOfTruth[t]);
      scoreArticle(scores, article, match, overlappingText(article, outputs), removedByLine);
      planted.addAll(article.repeatLines());
      planted.addAll(article.nearLines());
      planted.addAll(article.boilerplateLines());
    }
    for (int i = 0; i < outputs.size(); i++) {
      OutputRecord r = outputs.get(i);
      TruthArticle match = pairOfRecord[i] < 0 ? null : truth.get(pairOfRecord[i]);
      String group = match == null ? r.lang() : match.lang().code();
      scores.add(group, Measure.BOUNDARY_PRECISION, match != null && sameSpan(match, r) ? 1 : 0, 1);
      Set<String> trueParagraphs = new HashSet<>();
      for (TruthArticle t : overlapping(truth, r.firstLine(), r.lastLine())) {
        trueParagraphs.addAll(t.paragraphs());
      }
      for (String p : r.paragraphs()) {
        scores.add(group, Measure.PARAGRAPH_PRECISION, trueParagraphs.contains(p) ? 1 : 0, 1);
      }
      for (Integer line : r.removed().keySet()) {
        scores.add(group, Measure.WRONG_REMOVALS, planted.contains(line) ? 0 : 1, 1);
      }
    }
    return scores;
  }

  private static void scoreArticle(
      QualityScores scores, TruthArticle t, OutputRecord r, String keptText, Map<Integer, String> removed) {
    String g = t.lang().code();
    scores.add(g, Measure.BOUNDARY_RECALL, r != null && sameSpan(t, r) ? 1 : 0, 1);
    scores.add(g, Measure.TITLE, r != null && Objects.equals(r.title(), t.title()) ? 1 : 0, 1);
    scores.add(g, Measure.BYLINE, r != null && r.names().equals(t.names()) ? 1 : 0, 1);
    Set<String> paragraphs = r == null ? Set.of() : new HashSet<>(r.paragraphs());
    for (String p : t.paragraphs()) {
      scores.add(g, Measure.PARAGRAPHS, paragraphs.contains(p) ? 1 : 0, 1);
      for (String sentence : Sentences.split(p)) {
        String bare = OutputRecord.withoutSpace(sentence);
        scores.add(g, Measure.TEXT_KEPT, keptText.contains(bare) ? bare.length() : 0, bare.length());
      }
    }
    for (String h : t.headings()) {
      scores.add(g, Measure.SUBHEADINGS, r != null && r.headings().contains(h) ? 1 : 0, 1);
    }
    for (int line : t.repeatLines()) {
      scores.add(g, Measure.REPEATS, "duplicate".equals(removed.get(line)) ? 1 : 0, 1);
    }
    for (int line : t.nearLines()) {
      scores.add(g, Measure.NEAR_COPIES, removed.containsKey(line) ? 1 : 0, 1);
    }
    for (int line : t.boilerplateLines()) {
      scores.add(g, Measure.BOILERPLATE, removed.containsKey(line) ? 1 : 0, 1);
    }
  }

  /**
   * Matches each truth article with the record it overlaps most, when that record overlaps it most
   * too; fills {@code pairOfRecord} and returns the pair of each truth article (-1 for none).
   */
  private static int[] pair(List<TruthArticle> truth, List<OutputRecord> outputs, int[] pairOfRecord) {
    int[] bestRecord = new int[truth.size()];
    int[] bestRecordOverlap = new int[truth.size()];
    java.util.Arrays.fill(bestRecord, -1);
    int[] bestTruth = new int[outputs.size()];
    for (int i = 0; i < outputs.size(); i++) {
      OutputRecord r = outputs.get(i);
      bestTruth[i] = -1;
      int most = 0;
      for (int t = firstEndingAtOrAfter(truth, r.firstLine()); t < truth.size() && truth.get(t).firstLine() <= r.lastLine(); t++) {
        int overlap = Math.min(r.lastLine(), truth.get(t).lastLine()) - Math.max(r.firstLine(), truth.get(t).firstLine()) + 1;
        if (overlap > most) {
          most = overlap;
          bestTruth[i] = t;
        }
        if (overlap > bestRecordOverlap[t]) {
          bestRecordOverlap[t] = overlap;
          bestRecord[t] = i;
        }
      }
    }
    for (int i = 0; i < outputs.size(); i++) {
      pairOfRecord[i] = bestTruth[i] >= 0 && bestRecord[bestTruth[i]] == i ? bestTruth[i] : -1;
    }
    int[] pairOfTruth = new int[truth.size()];
    for (int t = 0; t < truth.size(); t++) {
      pairOfTruth[t] = bestRecord[t] >= 0 && bestTruth[bestRecord[t]] == t ? bestRecord[t] : -1;
    }
    return pairOfTruth;
  }

  /** The text of every record that overlaps {@code t}, white space removed: where its text may have gone. */
  private static String overlappingText(TruthArticle t, List<OutputRecord> outputs) {
    StringBuilder text = new StringBuilder();
    for (OutputRecord r : outputs) {
      if (r.firstLine() <= t.lastLine() && r.lastLine() >= t.firstLine()) {
        text.append(r.bareText()).append('\n');
      }
    }
    return text.toString();
  }

  private static List<TruthArticle> overlapping(List<TruthArticle> truth, int first, int last) {
    List<TruthArticle> out = new ArrayList<>();
    for (int t = firstEndingAtOrAfter(truth, first); t < truth.size() && truth.get(t).firstLine() <= last; t++) {
      out.add(truth.get(t));
    }
    return out;
  }

  /** The index of the first truth article whose last line is at or after {@code line}. */
  private static int firstEndingAtOrAfter(List<TruthArticle> truth, int line) {
    int low = 0;
    int high = truth.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (truth.get(mid).lastLine() < line) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static boolean sameSpan(TruthArticle t, OutputRecord r) {
    return t.firstLine() == r.firstLine() && t.lastLine() == r.lastLine();
  }
}
