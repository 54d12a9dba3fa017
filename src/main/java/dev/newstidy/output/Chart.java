package dev.newstidy.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A horizontal bar chart laid out for inline SVG: one row per value, the longest bar {@value
 * #BAR_WIDTH} px. Example: {@code duplicate 2, metadata 1} gives bars of 220 and 110 px; a zero
 * gets no bar but keeps its row and label. Pinned by {@code ChartTest}.
 */
final class Chart {
  static final int BAR_WIDTH = 220;
  static final int ROW = 22;
  static final int BAR_X = 120;

  private Chart() {}

  /**
   * The chart's rows and height from {@code rows} of {@code name} and {@code value}.
   *
   * @return {@code height} and {@code bars}, each with its label, value and geometry
   */
  static Map<String, Object> bars(List<Map<String, Object>> rows) {
    long max = 0;
    for (Map<String, Object> row : rows) {
      max = Math.max(max, ((Number) row.get("value")).longValue());
    }
    List<Map<String, Object>> bars = new ArrayList<>();
    int y = 0;
    for (Map<String, Object> row : rows) {
      long value = ((Number) row.get("value")).longValue();
      long width = max == 0 ? 0 : Math.round((double) BAR_WIDTH * value / max);
      Map<String, Object> bar = new LinkedHashMap<>();
      bar.put("label", row.get("name"));
      bar.put("value", value);
      bar.put("y", y + 3);
      bar.put("textY", y + 15);
      bar.put("barX", BAR_X);
      bar.put("width", width);
      bar.put("valueX", BAR_X + width + 6);
      bars.add(bar);
      y += ROW;
    }
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("bars", bars);
    chart.put("height", y);
    chart.put("width", BAR_X + BAR_WIDTH + 60);
    return chart;
  }
}
