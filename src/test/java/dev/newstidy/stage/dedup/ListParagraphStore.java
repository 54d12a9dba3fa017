package dev.newstidy.stage.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link ParagraphStore} in lists, for tests and benchmarks: it measures and checks the index,
 * not the disk.
 */
public final class ListParagraphStore implements ParagraphStore {
  private final List<String> texts = new ArrayList<>();
  private final List<long[]> shingles = new ArrayList<>();

  @Override
  public int append(String text, long[] hashes) {
    texts.add(text);
    shingles.add(hashes.clone());
    return texts.size() - 1;
  }

  @Override
  public String text(int id) {
    return texts.get(id);
  }

  @Override
  public long[] shingles(int id) {
    return shingles.get(id).clone();
  }

  @Override
  public void close() {}
}
