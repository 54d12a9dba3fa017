package dev.newstidy.store;

import dev.newstidy.stage.dedup.TextStore;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A {@link TextStore} in a temporary file, deleted when the run closes it (and at exit, should the
 * run end otherwise): texts are appended as UTF-8 and read back by position, so the heap holds only
 * one offset (8 bytes) a text.
 */
public final class TempFileTextStore implements TextStore {
  private final Path file;
  private final FileChannel channel;
  private final LongArrayList offsets = new LongArrayList();
  private long end;

  private TempFileTextStore(Path file, FileChannel channel) {
    this.file = file;
    this.channel = channel;
    offsets.add(0L);
  }

  /** A new store in the system's temporary folder. */
  public static TempFileTextStore create() throws IOException {
    Path file = Files.createTempFile("newstidy-near-", ".txt");
    file.toFile().deleteOnExit();
    FileChannel channel =
        FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    return new TempFileTextStore(file, channel);
  }

  @Override
  public int append(String text) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    while (bytes.hasRemaining()) {
      end += channel.write(bytes, end);
    }
    offsets.add(end);
    return offsets.size() - 2;
  }

  @Override
  public String read(int id) throws IOException {
    long from = offsets.getLong(id);
    int length = (int) (offsets.getLong(id + 1) - from);
    ByteBuffer bytes = ByteBuffer.allocate(length);
    while (bytes.hasRemaining()) {
      if (channel.read(bytes, from + bytes.position()) < 0) {
        throw new IOException(file + ": text store ended early");
      }
    }
    return new String(bytes.array(), StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    channel.close();
    Files.deleteIfExists(file);
  }
}
