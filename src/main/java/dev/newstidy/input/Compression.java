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
    if (!mayBeCompressed(in)) {
      return new Opened(in, NONE);
    }
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
   * False when the first byte starts none of the four signatures read here, so that a plain text
   * dump never sets up commons-compress's factory (a dozen classes, one of which fails the class-data
   * archive's verification and is read from the jar: about 5 ms of CPU before the first record): gzip {@code 1f 8b}, bzip2 {@code BZh}, xz {@code fd 37 7a 58 5a 00}, zstd {@code 28 b5
   * 2f fd} or a zstd skippable frame ({@code 5? 2a 4d 18}). {@code "# 标题"} (first byte {@code 23})
   * gives false; {@code "Bao"}, whose {@code B} could open bzip2, gives true and is left to
   * commons-compress, as is a stream whose first byte cannot be read. The result is what {@link
   * #open} gave before: {@code CompressionTest.theFirstByteSniffAgreesWithCommonsCompress} pins it
   * for every first byte.
   */
  private static boolean mayBeCompressed(InputStream in) {
    int first;
    try {
      in.mark(1);
      first = in.read();
      in.reset();
    } catch (IOException e) {
      return true;
    }
    return first == 0x1f || first == 'B' || first == 0xfd || first == 0x28 || (first & 0xf0) == 0x50;
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
