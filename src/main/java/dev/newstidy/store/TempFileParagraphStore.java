package dev.newstidy.store;

import static com.google.common.base.Preconditions.checkArgument;

import dev.newstidy.output.OutputException;
import dev.newstidy.stage.dedup.IntChunks;
import dev.newstidy.stage.dedup.LongChunks;
import dev.newstidy.stage.dedup.ParagraphStore;
import dev.newstidy.text.IoMessages;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A {@link ParagraphStore} in a temporary file that has no name from the moment it is opened: on
 * Unix systems the JDK removes the name at once for {@link StandardOpenOption#DELETE_ON_CLOSE}, so
 * that a run killed with {@code kill -9} leaves no file of the input's size behind (the system
 * frees it with the process; a run killed in the instant between making the file and opening it
 * leaves it empty); on Windows the system deletes it when the run's handle closes. Each paragraph
 * is one record: its location (8 bytes), its band keys (8 bytes each), its shingle hashes' high
 * halves as 4-byte words ({@code Shingles.highHalves}) and then its text as UTF-16 code units, so
 * that a candidate's hashes are one positional read with no text decoded; the heap holds 12 bytes
 * a paragraph (where its record starts and how many hashes it has) and one buffer of records not
 * yet written. UTF-16 and not UTF-8: a paragraph's chars are copied as they are, where encoding
 * them was a sixth of what filing a paragraph cost the cleaning thread, and Chinese text takes 2
 * bytes a character instead of 3.
 */
public final class TempFileParagraphStore implements ParagraphStore {
  /** Records are written in batches of about this many bytes: one system call per batch. */
  private static final int BATCH = 1 << 20;

  /** A record's bytes before its hashes: the location and the band keys. */
  private static final int HEAD = Long.BYTES + KEYS * Long.BYTES;

  /** What ends every failure's message: where the store's folder comes from. */
  static final String FOLDER_HINT =
      " (--near keeps it in the temporary folder; choose another with TMPDIR=DIR, or -Djava.io.tmpdir=DIR for java -jar)";

  private final Path file;
  private final FileChannel channel;
  /**
   * Where each record starts, and after the last one where the next would; in chunks, which grow
   * without holding an old and a new array at once.
   */
  private final LongChunks starts = new LongChunks();
  private final IntChunks counts = new IntChunks();
  /** The records from {@link #written} on, not yet in the file; read from here until written. */
  private final ByteBuffer pending = ByteBuffer.allocateDirect(BATCH).order(ByteOrder.nativeOrder());
  private ByteBuffer reading = ByteBuffer.allocateDirect(1 << 14).order(ByteOrder.nativeOrder());
  private long written;

  private TempFileParagraphStore(Path file, FileChannel channel) {
    this.file = file;
    this.channel = channel;
    starts.add(0L);
  }

  /** A new store in the system's temporary folder ({@code java.io.tmpdir}). */
  public static TempFileParagraphStore create() throws IOException {
    return create(Path.of(System.getProperty("java.io.tmpdir")));
  }

  /**
   * A new store in {@code folder}. Its failures name the file and say where the folder comes from:
   * a full temporary folder gives {@code /tmp/newstidy-near-….bin: cannot write the near-copy
   * store: No space left on device (…)}, where the system's message alone named nothing.
   */
  static TempFileParagraphStore create(Path folder) throws IOException {
    Path file;
    try {
      file = Files.createTempFile(folder, "newstidy-near-", ".bin");
    } catch (IOException e) {
      throw failure(folder, "cannot create the near-copy store", e);
    }
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
    } catch (IOException e) {
      OutputException failure = failure(file, "cannot open the near-copy store", e);
      try {
        Files.deleteIfExists(file);
      } catch (IOException notDeleted) {
        failure.addSuppressed(notDeleted);
      }
      throw failure;
    }
    try {
      return new TempFileParagraphStore(file, channel);
    } catch (RuntimeException | Error e) {
      // Its buffers could not be made (out of direct memory): the file goes with the channel.
      channel.close();
      throw e;
    }
  }

  /** A store over {@code channel}, open for reading and writing on the empty file {@code file}: for tests. */
  static TempFileParagraphStore over(Path file, FileChannel channel) {
    return new TempFileParagraphStore(file, channel);
  }

  /**
   * {@code problem} at {@code where}, with the reason {@code e} gives and where the store's folder
   * comes from, as one line.
   */
  private static OutputException failure(Path where, String problem, IOException e) {
    return new OutputException(where.toString(), problem + ": " + IoMessages.describe(e) + FOLDER_HINT, e);
  }

  @Override
  public int append(String text, int[] shingles, long[] keys, long location) throws IOException {
    checkArgument(keys.length == KEYS, "%s band keys, not %s", keys.length, KEYS);
    int size = HEAD + shingles.length * Integer.BYTES + text.length() * Character.BYTES;
    if (size > pending.remaining()) {
      flush();
    }
    ByteBuffer to = size <= pending.capacity() ? pending : ByteBuffer.allocate(size).order(ByteOrder.nativeOrder());
    to.putLong(location);
    for (long key : keys) {
      to.putLong(key);
    }
    for (int hash : shingles) {
      to.putInt(hash);
    }
    putChars(to, text);
    if (to != pending) {
      writeFully(to.flip());
    }
    starts.add(starts.get(starts.size() - 1) + size);
    counts.add(shingles.length);
    return counts.size() - 1;
  }

  @Override
  public long[] keys(int id) throws IOException {
    long[] keys = new long[KEYS];
    read(starts.get(id) + Long.BYTES, KEYS * Long.BYTES).asLongBuffer().get(keys);
    return keys;
  }

  @Override
  public int shingleCount(int id) {
    return counts.get(id);
  }

  @Override
  public long location(int id) throws IOException {
    return read(starts.get(id), Long.BYTES).getLong(0);
  }

  @Override
  public int[] shingles(int id) throws IOException {
    return shingles(id, new int[counts.get(id)]);
  }

  @Override
  public int[] shingles(int id, int[] buffer) throws IOException {
    int count = counts.get(id);
    int[] hashes = buffer.length >= count ? buffer : new int[count];
    read(shinglesAt(id), count * Integer.BYTES).asIntBuffer().get(hashes, 0, count);
    return hashes;
  }

  @Override
  public String text(int id) throws IOException {
    long from = shinglesAt(id) + (long) counts.get(id) * Integer.BYTES;
    ByteBuffer bytes = read(from, (int) (starts.get(id + 1) - from));
    char[] chars = new char[bytes.remaining() / Character.BYTES];
    bytes.asCharBuffer().get(chars);
    return new String(chars);
  }

  /** Where record {@code id}'s shingle hashes start in the file: after its location and keys. */
  private long shinglesAt(int id) {
    return starts.get(id) + HEAD;
  }

  /** Puts the chars of {@code text} at {@code to}'s position and moves past them: one bulk copy. */
  private static void putChars(ByteBuffer to, String text) {
    char[] chars = text.toCharArray();
    to.asCharBuffer().put(chars);
    to.position(to.position() + chars.length * Character.BYTES);
  }

  /** The {@code length} bytes at {@code from}: a view of the pending batch, or read from the file. */
  private ByteBuffer read(long from, int length) throws IOException {
    if (from >= written) {
      int at = (int) (from - written);
      return pending.slice(at, length).order(ByteOrder.nativeOrder());
    }
    if (reading.capacity() < length) {
      reading = ByteBuffer.allocateDirect(Integer.highestOneBit(length) * 2).order(ByteOrder.nativeOrder());
    }
    reading.clear().limit(length);
    try {
      while (reading.hasRemaining()) {
        if (channel.read(reading, from + reading.position()) < 0) {
          throw new IOException("it ended early");
        }
      }
    } catch (IOException e) {
      throw failure(file, "cannot read the near-copy store back", e);
    }
    return reading.flip();
  }

  private void flush() throws IOException {
    writeFully(pending.flip());
    pending.clear();
  }

  private void writeFully(ByteBuffer bytes) throws IOException {
    try {
      while (bytes.hasRemaining()) {
        written += channel.write(bytes, written);
      }
    } catch (IOException e) {
      throw failure(file, "cannot write the near-copy store", e);
    }
  }

  @Override
  public void close() throws IOException {
    channel.close();
    Files.deleteIfExists(file);
  }
}
