package dev.newstidy.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartTest {
  @Test
  void theLongestBarTakesTheFullWidthAndTheOthersTheirShare() {
    Map<String, Object> chart =
        Chart.bars(List.of(Map.of("name", "duplicate", "value", 2L), Map.of("name", "metadata", "value", 1L)));

    List<Object> widths = field(chart, "width");
    assertThat(widths).containsExactly(220L, 110L);
    assertThat(field(chart, "y")).containsExactly(3, 25);
    assertThat(chart.get("height")).isEqualTo(44);
  }

  @Test
  void zerosKeepTheirRowsWithoutABarAndAllZerosDoNotDivideByZero() {
    Map<String, Object> chart =
        Chart.bars(List.of(Map.of("name", "duplicate", "value", 0L), Map.of("name", "markup", "value", 0L)));

    assertThat(field(chart, "width")).containsExactly(0L, 0L);
  }

  private static List<Object> field(Map<String, Object> chart, String name) {
    return ((List<?>) chart.get("bars")).stream().map(b -> ((Map<?, ?>) b).get(name)).map(Object.class::cast).toList();
  }

  @Test
  void articleLengthsFallIntoTheirBuckets() {
    assertThat(ReviewPage.bucket(0)).isZero();
    assertThat(ReviewPage.bucket(1)).isEqualTo(1);
    assertThat(ReviewPage.bucket(199)).isEqualTo(1);
    assertThat(ReviewPage.bucket(200)).isEqualTo(2);
    assertThat(ReviewPage.bucket(4999)).isEqualTo(5);
    assertThat(ReviewPage.bucket(5000)).isEqualTo(6);
    assertThat(ReviewPage.bucket(Integer.MAX_VALUE)).isEqualTo(6);
  }
}
