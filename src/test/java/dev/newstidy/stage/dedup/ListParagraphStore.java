package dev.newstidy.stage.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link ParagraphStore} in lists, for tests and benchmarks: it measures and checks the index,
 * not the disk.
 */
public final class ListParagraphStore implements ParagraphStore {
  private final List<String> texts = new ArrayList<>();
  private final List<int[]> shingles = new ArrayList<>();
  private final List<Long> locations = new ArrayList<>();
  private final List<long[]> keys = new ArrayList<>();

  @Override
  public int append(String text, int[] hashes, long[] bandKeys, long location) {
    texts.add(text);
    keys.add(bandKeys.clone());
    shingles.add(hashes.clone());
    locations.add(location);
    return texts.size() - 1;
  }

  @Override
  public long location(int id) {
    return locations.get(id);
  }

  @Override
  public long[] keys(int id) {
    return keys.get(id).clone();
  }

  @Override
  public String text(int id) {
    return texts.get(id);
  }

  @Override
  public int shingleCount(int id) {
    return shingles.get(id).length;
  }

  @Override
  public int[] shingles(int id) {
    return shingles.get(id).clone();
  }

  /**
   * As a file store does: the hashes at the start of {@code buffer} when they fit, and after them
   * the least value, out of the sorted order, so that an index that read past the count would be
   * caught.
   */
  @Override
  public int[] shingles(int id, int[] buffer) {
    int[] hashes = shingles.get(id);
    if (buffer.length < hashes.length) {
      return hashes.clone();
    }
    System.arraycopy(hashes, 0, buffer, 0, hashes.length);
    java.util.Arrays.fill(buffer, hashes.length, buffer.length, Integer.MIN_VALUE);
    return buffer;
  }

  @Override
  public void close() {}
}
