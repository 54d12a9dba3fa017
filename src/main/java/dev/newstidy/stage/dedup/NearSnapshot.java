package dev.newstidy.stage.dedup;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads and writes the state of a {@link NearDuplicateIndex} for a file that keeps it between
 * runs: the path table of its locations, the band table in ascending key order, the chain links,
 * locations and shingle counts, and every text, so that tomorrow's near copies of today's
 * paragraphs are found. The texts go back into the new run's {@link ParagraphStore}, their shingles
 * and band keys made again on the way in, and filed again in order, which gives the band table
 * that was written; the heap holds none of the texts.
 */
public final class NearSnapshot {
  private NearSnapshot() {}

  /** Writes {@code index}'s state, its texts read back from its store. */
  public static void write(NearDuplicateIndex index, DataOutputStream out) throws IOException {
    index.writeState(out);
  }

  /** Reads a state written by {@link #write} into a fresh {@code index}, appending the texts to its store. */
  public static void read(NearDuplicateIndex index, DataInputStream in) throws IOException {
    index.readState(in);
  }

  /**
   * {@code text} as a saved index gives it back: UTF-8 holds no lone surrogate, and Java's encoder
   * writes {@code '?'} for one, so each lone surrogate becomes {@code '?'} ({@code "覆\uD83D盖"} →
   * {@code "覆?盖"}); a text with none, pairs included, is returned as it is. The index stores texts
   * this way while it runs, so a reloaded index compares what the running one compared.
   */
  static String asSaved(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && !isLoneSurrogateAt(text, i)) {
      i += Character.isHighSurrogate(text.charAt(i)) ? 2 : 1;
    }
    if (i >= n) {
      return text;
    }
    StringBuilder out = new StringBuilder(n).append(text, 0, i);
    while (i < n) {
      boolean lone = isLoneSurrogateAt(text, i);
      int step = !lone && Character.isHighSurrogate(text.charAt(i)) ? 2 : 1;
      if (lone) {
        out.append('?');
      } else {
        out.append(text, i, i + step);
      }
      i += step;
    }
    return out.toString();
  }

  /** True when the char at {@code i} is a surrogate that is not part of a well-formed pair. */
  private static boolean isLoneSurrogateAt(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    return Character.isLowSurrogate(c);
  }

  static void writeText(DataOutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  static String readText(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > (1 << 28)) {
      throw new IOException("impossible text length " + length);
    }
    return new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }
}
