package dev.newstidy.stage.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link TextStore} in a list, for tests and benchmarks: it measures and checks the index, not
 * the disk.
 */
public final class ListTextStore implements TextStore {
  private final List<String> texts = new ArrayList<>();

  @Override
  public int append(String text) {
    texts.add(text);
    return texts.size() - 1;
  }

  @Override
  public String read(int id) {
    return texts.get(id);
  }

  @Override
  public void close() {}
}
