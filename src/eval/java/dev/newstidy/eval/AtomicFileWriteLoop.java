package dev.newstidy.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The floor for per-article output: a plain loop that writes files of given sizes, each to a
 * temporary name and renamed into place, as newstidy's folder output does, with nothing else.
 * {@code AtomicFileWriteLoop --sizes FILE --out DIR} (one size in bytes per line of FILE).
 */
public final class AtomicFileWriteLoop {
  private AtomicFileWriteLoop() {}

  public static void main(String[] args) throws IOException {
    Path sizes = null;
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--sizes" -> sizes = Path.of(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (sizes == null || out == null) {
      throw new IllegalArgumentException("usage: AtomicFileWriteLoop --sizes FILE --out DIR");
    }
    List<String> lines = Files.readAllLines(sizes, StandardCharsets.UTF_8);
    long start = System.nanoTime();
    int written = write(out, lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> Integer.parseInt(l.strip())).toArray());
    System.err.printf(Locale.ROOT, "wrote %d files in %.2f s%n", written, (System.nanoTime() - start) / 1e9);
  }

  /** Writes one file per size into {@code folder}, temporary name first, then an atomic rename. */
  public static int write(Path folder, int[] sizes) throws IOException {
    Files.createDirectories(folder);
    int largest = Arrays.stream(sizes).max().orElse(0);
    byte[] content = new byte[largest];
    Arrays.fill(content, (byte) 'x');
    for (int i = 0; i < sizes.length; i++) {
      Path target = folder.resolve(String.format(Locale.ROOT, "%06d-article.md", i + 1));
      Path temp = target.resolveSibling("." + target.getFileName() + ".part");
      Files.write(temp, Arrays.copyOf(content, sizes[i]));
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return sizes.length;
  }
}
