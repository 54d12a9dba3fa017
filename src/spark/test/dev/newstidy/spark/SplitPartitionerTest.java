package dev.newstidy.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SplitPartitionerTest {
  @Test
  void keepsSplitsInContiguousRunsInOrder() {
    SplitPartitioner p = new SplitPartitioner(10, 4);
    assertThat(IntStream.range(0, 10).map(p::getPartition).toArray()).containsExactly(0, 0, 0, 1, 1, 2, 2, 2, 3, 3);
  }

  @Test
  void neverMorePartitionsThanSplits() {
    SplitPartitioner p = new SplitPartitioner(2, 8);
    assertThat(p.numPartitions()).isEqualTo(2);
    assertThat(IntStream.range(0, 2).map(p::getPartition).toArray()).containsExactly(0, 1);
  }

  @Test
  void onePartitionHoldsEverySplit() {
    SplitPartitioner p = new SplitPartitioner(5, 1);
    assertThat(IntStream.range(0, 5).map(p::getPartition).distinct().toArray()).containsExactly(0);
  }
}
