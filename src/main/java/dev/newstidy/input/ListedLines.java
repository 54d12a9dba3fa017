package dev.newstidy.input;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** Lines already cut and numbered, read back one at a time. */
final class ListedLines implements LineSource {
  private final ImmutableList<Line> lines;
  private int next;

  ListedLines(List<Line> lines) {
    this.lines = ImmutableList.copyOf(lines);
  }

  @Override
  public Line next() {
    return next < lines.size() ? lines.get(next++) : null;
  }
}
