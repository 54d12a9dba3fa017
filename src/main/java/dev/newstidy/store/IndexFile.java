package dev.newstidy.store;

import dev.newstidy.input.InputException;
import dev.newstidy.output.AtomicMove;
import dev.newstidy.output.OutputException;
import dev.newstidy.stage.dedup.InMemoryParagraphIndex;
import dev.newstidy.stage.dedup.IndexSnapshot;
import dev.newstidy.stage.dedup.NearDuplicateIndex;
import dev.newstidy.stage.dedup.NearSnapshot;
import dev.newstidy.stage.dedup.ParagraphStore;
import dev.newstidy.text.IoMessages;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UTFDataFormatException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The paragraph index kept between runs ({@code --index FILE}): one file, so that a CI job caches a
 * single artifact between nights. It opens with a header (magic, format version, a hash of the
 * normalisation and MinHash settings), holds the path table and the fingerprint table, then, when
 * the run looked for near copies, their band table and texts, and ends with a CRC-32 of
 * everything before it. A corrupt, truncated or incompatible file is refused, never ignored or
 * rebuilt; a second run on the same file at once is refused by a lock; the file is replaced
 * atomically when a run ends well. A symbolic link is followed to the file it names, and the lock
 * and the save act on that file, so {@code seen.idx → store/seen.idx} locks {@code
 * store/seen.idx.lock} and stays a link ({@code IndexFileTest.symlinkedIndexSharesTheLockOfItsTarget
 * AndStaysALink}). Anything but a regular file (a FIFO, a device) is refused before it is opened, so
 * it can never block the run ({@code IndexFileTest.fifoIsRefusedWithoutOpeningIt}).
 */
public final class IndexFile implements Closeable {
  private static final byte[] MAGIC = "NEWSTIDX".getBytes(StandardCharsets.US_ASCII);
  private static final int VERSION = 2;

  /** Tries to take the lock file again this often when the run that held it removed it meanwhile. */
  private static final int LOCK_ATTEMPTS = 10;

  private static final String IN_USE =
      "the index is in use by another newstidy run; wait for it to end, or name another --index file";

  private final Path file;
  private final Path lockPath;
  private final FileChannel lockChannel;
  private final FileLock lock;

  private IndexFile(Path file, Path lockPath, FileChannel lockChannel, FileLock lock) {
    this.file = file;
    this.lockPath = lockPath;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  /** Takes the lock on {@code file}; another run holding it is an error that names the file. */
  public static IndexFile lock(Path named) throws IOException {
    Path file = target(named);
    if (Files.isDirectory(file)) {
      throw new InputException(named.toString(), "is a folder; name a file for the index");
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new InputException(named.toString(), "is not a regular file (a FIFO or a device?); name a file for the index");
    }
    Path lockPath = file.resolveSibling(file.getFileName() + ".lock");
    for (int attempt = 0; attempt < LOCK_ATTEMPTS; attempt++) {
      FileChannel channel;
      try {
        channel = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      } catch (IOException e) {
        throw new OutputException(named.toString(), lockFailure(lockPath, e), e);
      }
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw new InputException(file.toString(), IN_USE);
      }
      boolean stillNamed;
      try {
        stillNamed = stillNamedBy(lockPath, channel);
      } catch (IOException e) {
        channel.close();
        throw new OutputException(
            named.toString(), "cannot lock the index: cannot write " + lockPath.getFileName() + " (" + IoMessages.describe(e) + ")", e);
      }
      if (stillNamed) {
        return new IndexFile(file, lockPath, channel, lock);
      }
      // The run that held the lock removed the file after this one opened it: try the new one.
      channel.close();
    }
    throw new InputException(file.toString(), IN_USE);
  }

  /**
   * What stops a run from taking the index lock, in the user's words: {@code cannot lock the index:
   * no such folder store} or {@code cannot lock the index: cannot create seen.idx.lock next to it
   * (permission denied); the index's folder must be writable} ({@code
   * IndexFileTest.aMissingFolderIsNamedInUserWords}).
   */
  private static String lockFailure(Path lockPath, IOException e) {
    Path folder = lockPath.toAbsolutePath().getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      return "cannot lock the index: no such folder " + folder;
    }
    String hint = e instanceof java.nio.file.AccessDeniedException ? "; the index's folder must be writable" : "";
    return "cannot lock the index: cannot create " + lockPath.getFileName() + " next to it ("
        + IoMessages.describe(e) + ")" + hint;
  }

  /**
   * Whether {@code lockPath} still names the file {@code channel} holds locked: a run removes its
   * lock file when it ends, so a run that opened the file just before that holds a lock on a file
   * that no longer has a name. A token written through the channel must read back through the name.
   */
  private static boolean stillNamedBy(Path lockPath, FileChannel channel) throws IOException {
    byte[] token = (ProcessHandle.current().pid() + ":" + System.nanoTime() + ":" + System.identityHashCode(channel) + "\n")
        .getBytes(StandardCharsets.US_ASCII);
    channel.truncate(0);
    channel.write(java.nio.ByteBuffer.wrap(token), 0);
    try {
      return java.util.Arrays.equals(Files.readAllBytes(lockPath), token);
    } catch (java.nio.file.NoSuchFileException e) {
      return false;
    }
  }

  /** The file a chain of symbolic links ends at, which need not exist yet; {@code file} itself if none. */
  private static Path target(Path file) throws IOException {
    Path at = file;
    for (int hops = 0; Files.isSymbolicLink(at); hops++) {
      if (hops == 40) {
        throw new InputException(file.toString(), "too many levels of symbolic links");
      }
      Path parent = at.toAbsolutePath().getParent();
      at = parent.resolve(Files.readSymbolicLink(at)).normalize();
    }
    return at;
  }

  /** The index the file holds, or an empty one when the file does not exist yet. */
  public InMemoryParagraphIndex load() throws IOException {
    return load(null);
  }

  /**
   * The exact index the file holds; its near-copy state, when it has one, goes into {@code near}
   * (texts into near's store), or is read past when {@code near} is null.
   */
  public InMemoryParagraphIndex load(NearDuplicateIndex near) throws IOException {
    InMemoryParagraphIndex index = new InMemoryParagraphIndex();
    if (!Files.exists(file)) {
      return index;
    }
    String where = file.toString();
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      byte[] magic = raw.readNBytes(MAGIC.length);
      if (!java.util.Arrays.equals(magic, MAGIC)) {
        throw new InputException(where, "not a newstidy index (bad magic); remove it or name another file");
      }
      CRC32 crc = new CRC32();
      DataInputStream in = new DataInputStream(new CheckedInputStream(raw, crc));
      int version = in.readInt();
      if (version != VERSION) {
        throw new InputException(where, "index format " + version + ", this newstidy reads format " + VERSION);
      }
      long settings = in.readLong();
      if (settings != IndexSnapshot.settingsHash()) {
        throw new InputException(where, "the index was built with other normalisation settings; remove it or name another file");
      }
      // A count is never more than the file can hold (a path takes at least 2 bytes, an entry 16),
      // so that a corrupt count is refused before anything is allocated for it.
      long size = Files.size(file);
      int paths = in.readInt();
      checkCount(where, paths, size / 2);
      String[] table = new String[paths];
      for (int i = 0; i < paths; i++) {
        table[i] = in.readUTF();
      }
      long entries = in.readLong();
      checkCount(where, entries, size / 16);
      long[] keys = new long[(int) entries];
      long[] values = new long[(int) entries];
      for (int i = 0; i < entries; i++) {
        keys[i] = in.readLong();
        values[i] = in.readLong();
      }
      int hasNear = in.readUnsignedByte();
      if (hasNear == 1) {
        readNear(where, near != null ? near : new NearDuplicateIndex(1.0, new DiscardingStore()), in);
      } else if (hasNear != 0) {
        throw new InputException(where, "the index is corrupt (bad section marker)");
      }
      long expected = crc.getValue();
      long stored = new DataInputStream(raw).readLong();
      if (stored != expected) {
        throw new InputException(where, "the index is corrupt (checksum mismatch); remove it to start afresh");
      }
      if (raw.read() != -1) {
        throw new InputException(where, "the index is corrupt (data after its end)");
      }
      IndexSnapshot.restore(index, table, keys, values);
      return index;
    } catch (EOFException e) {
      throw new InputException(where, "the index is truncated; remove it to start afresh", e);
    } catch (UTFDataFormatException e) {
      throw new InputException(where, "the index is corrupt (a path is not modified UTF-8); remove it to start afresh", e);
    }
  }

  /**
   * Reads the near-copy state; what it finds wrong is a corrupt index, said in one line with the
   * file. A store that cannot take the paragraphs (a full temporary folder) is its own failure: the
   * index is sound.
   */
  private static void readNear(String where, NearDuplicateIndex near, DataInputStream in) throws IOException {
    try {
      NearSnapshot.read(near, in);
    } catch (EOFException | UTFDataFormatException | InputException | OutputException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new InputException(where, "the index is corrupt (" + e.getMessage() + "); remove it to start afresh", e);
    }
  }

  private static void checkCount(String where, long count, long max) throws InputException {
    if (count < 0 || count > max) {
      throw new InputException(where, "the index is corrupt (impossible count " + count + ")");
    }
  }

  /** Writes {@code index} to a temporary file and renames it over the index file. */
  public void save(InMemoryParagraphIndex index) throws IOException {
    save(index, null);
  }

  /** Writes the exact index and, when not null, the near-copy state with its texts. */
  public void save(InMemoryParagraphIndex index, NearDuplicateIndex near) throws IOException {
    Path temp = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + ".part");
    try {
      try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        raw.write(MAGIC);
        CRC32 crc = new CRC32();
        DataOutputStream out = new DataOutputStream(new CheckedOutputStream(raw, crc));
        out.writeInt(VERSION);
        out.writeLong(IndexSnapshot.settingsHash());
        IndexSnapshot.write(index, out);
        out.writeByte(near == null ? 0 : 1);
        if (near != null) {
          NearSnapshot.write(near, out);
        }
        out.flush();
        new DataOutputStream(raw).writeLong(crc.getValue());
      }
      AtomicMove.replace(temp, file);
    } catch (IOException e) {
      Files.deleteIfExists(temp);
      throw new OutputException(file.toString(), "cannot save the index: " + e.getMessage(), e);
    }
  }

  /** A paragraph store that keeps nothing: for reading past a near section this run does not use. */
  private static final class DiscardingStore implements ParagraphStore {
    private int count;

    @Override
    public int append(String text, int[] shingles, long[] keys, long location) {
      return count++;
    }

    @Override
    public long[] keys(int id) {
      throw new IllegalStateException("keys were not kept");
    }

    @Override
    public long location(int id) {
      throw new IllegalStateException("locations were not kept");
    }

    @Override
    public String text(int id) {
      throw new IllegalStateException("texts were not kept");
    }

    @Override
    public int shingleCount(int id) {
      throw new IllegalStateException("shingles were not kept");
    }

    @Override
    public int[] shingles(int id) {
      throw new IllegalStateException("shingles were not kept");
    }

    @Override
    public void close() {}
  }

  @Override
  public void close() throws IOException {
    // Removed while still held, so that no run is left holding a lock on a file without a name
    // for long, and no empty FILE.lock is left behind (IndexFileTest.noLockFileIsLeftBehind).
    try {
      Files.deleteIfExists(lockPath);
    } finally {
      lock.release();
      lockChannel.close();
    }
  }
}
