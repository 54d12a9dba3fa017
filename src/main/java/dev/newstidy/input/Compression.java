package dev.newstidy.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import dev.newstidy.text.IoMessages;
import java.util.Locale;
import org.apache.commons.compress.compressors.CompressorException;
import org.apache.commons.compress.compressors.CompressorStreamFactory;

/**
 * The compression of a dump, recognised by its magic bytes, not by its name: gzip, bzip2, xz and
 * zstd, read through commons-compress (zstd through zstd-jni). Concatenated members, as {@code cat
 * a.gz b.gz} makes, are read to the end.
 *
 * <p>Example, pinned by {@code CompressionTest}: a stream opening with {@code 1f 8b} is gzip whatever
 * the file is called; {@code "# 标题"} is {@link #NONE}.
 */
public enum Compression {
  NONE(null),
  GZIP(CompressorStreamFactory.GZIP),
  BZIP2(CompressorStreamFactory.BZIP2),
  XZ(CompressorStreamFactory.XZ),
  ZSTD(CompressorStreamFactory.ZSTANDARD);

  private final String commonsName;

  Compression(String commonsName) {
    this.commonsName = commonsName;
  }

  /** The name used in reports: {@code none}, {@code gzip}, … */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** A decompressed stream and what it was. */
  public record Opened(InputStream stream, Compression compression) {}

  /**
   * Sniffs the compression of {@code raw} and returns the stream to read text from.
   *
   * @param label the input's path, for the error message of a damaged archive
   */
  public static Opened open(InputStream raw, String label) throws IOException {
    InputStream in = raw.markSupported() ? raw : new BufferedInputStream(raw, 1 << 16);
    String detected;
    try {
      detected = CompressorStreamFactory.detect(in);
    } catch (CompressorException notCompressed) {
      return new Opened(in, NONE);
    }
    for (Compression c : values()) {
      if (detected.equals(c.commonsName)) {
        try {
          return new Opened(new CompressorStreamFactory(true).createCompressorInputStream(detected, in), c);
        } catch (CompressorException | LinkageError e) {
          throw new InputException(label, "cannot read " + c.wireName() + " data: " + reason(e), e);
        }
      }
    }
    // A format commons-compress knows but newstidy does not read (lzma, snappy, …): treat as text;
    // the binary check will usually catch it.
    return new Opened(in, NONE);
  }

  /**
   * Why a decompressor could not start, in words: the cause under commons-compress's generic {@code
   * Could not create CompressorInputStream.}, so a bzip2 file cut inside its first block reads
   * {@code the compressed data ends early (truncated)} (pinned by {@code
   * CompressionTest.truncatedBzip2SaysItIsTruncated}).
   */
  private static String reason(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    if (cause instanceof IOException io) {
      return IoMessages.describe(io);
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }

  /** True for the file names of compressed dumps: {@code .gz}, {@code .bz2}, {@code .xz}, {@code .zst}. */
  public static String stripExtension(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String ext : new String[] {".gz", ".gzip", ".bz2", ".xz", ".zst", ".zstd"}) {
      if (lower.endsWith(ext)) {
        return name.substring(0, name.length() - ext.length());
      }
    }
    return name;
  }
}
