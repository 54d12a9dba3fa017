package dev.newstidy.stage.dedup;

import com.google.common.hash.Hashing;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads and writes the contents of an {@link InMemoryParagraphIndex} for a file that keeps it
 * between runs: the path table in index order, then the (fingerprint, location) pairs. The entries
 * are written in ascending fingerprint order, so that the same index always gives the same bytes.
 */
public final class IndexSnapshot {
  /** What the fingerprints depend on; an index built under other settings is refused. */
  private static final String SETTINGS =
      "fingerprint=murmur3-128/64,seed=6e657773;normalise=nfkc,lowercase,no-whitespace,punctuation:"
          + ParagraphFingerprint.WIDE
          + ";location=v1";

  private IndexSnapshot() {}

  /** A hash of the normalisation and fingerprint settings, for the index file's header. */
  public static long settingsHash() {
    return Hashing.farmHashFingerprint64()
        .hashString(SETTINGS + ";" + NearDuplicateIndex.settings(), StandardCharsets.UTF_8)
        .asLong();
  }

  /** Writes the path table and the entries of {@code index}. */
  public static void write(InMemoryParagraphIndex index, DataOutputStream out) throws IOException {
    List<String> paths = index.paths();
    out.writeInt(paths.size());
    for (String path : paths) {
      out.writeUTF(path);
    }
    FingerprintTable entries = index.entries();
    long[] keys = entries.sortedKeys();
    out.writeLong(keys.length);
    for (long key : keys) {
      out.writeLong(key);
      out.writeLong(entries.get(key));
    }
  }

  /** Fills an empty {@code index} with a saved path table and entries. */
  public static void restore(InMemoryParagraphIndex index, String[] paths, long[] keys, long[] values) {
    for (String path : paths) {
      index.addPath(path);
    }
    for (int i = 0; i < keys.length; i++) {
      index.entries().put(keys[i], values[i]);
    }
  }
}
