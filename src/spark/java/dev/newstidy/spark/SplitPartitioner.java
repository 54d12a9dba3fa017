package dev.newstidy.spark;

import org.apache.spark.Partitioner;

/**
 * Puts splits {@code 0…n-1} into partitions in contiguous runs, in order, so that partition order
 * is input order and the parts written read back as the CLI's stream.
 *
 * <p>Example, pinned by {@code SplitPartitionerTest}: 10 splits in 4 partitions go {@code 0 0 0 1 1
 * 2 2 2 3 3}.
 */
final class SplitPartitioner extends Partitioner {
  private static final long serialVersionUID = 1L;

  private final int splits;
  private final int partitions;

  SplitPartitioner(int splits, int partitions) {
    this.splits = Math.max(1, splits);
    this.partitions = Math.max(1, Math.min(partitions, this.splits));
  }

  @Override
  public int numPartitions() {
    return partitions;
  }

  @Override
  public int getPartition(Object key) {
    int split = (Integer) key;
    return (int) ((long) split * partitions / splits);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SplitPartitioner p && p.splits == splits && p.partitions == partitions;
  }

  @Override
  public int hashCode() {
    return 31 * splits + partitions;
  }
}
