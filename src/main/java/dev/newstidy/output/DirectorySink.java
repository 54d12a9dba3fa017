package dev.newstidy.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newstidy.model.Article;
import dev.newstidy.model.Origin;
import dev.newstidy.text.IoMessages;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes one file per article into a folder, plus {@code manifest.jsonl} with one line per article
 * in input order. Every file is written to a temporary name and renamed into place, and a file is
 * listed in the manifest only once it is complete, so that a failed or interrupted run leaves no
 * half-written file and a manifest that tells the truth. The files are written by an {@link
 * OrderedFileWriter} on a thread of its own, in input order, while the run goes on with the next
 * articles; with {@code sync} each file, the manifest and the folders are forced to disk, so that
 * they survive a power loss, not only a killed process.
 *
 * <p>One rule for the folder: an empty or new folder is written; a folder that holds an unfinished
 * run (its {@link RunJournal}) is cleared of that run and written, without {@code overwrite}; a
 * folder that holds an earlier run's manifest is refused unless {@code overwrite} is set, and then
 * the files that manifest lists are removed first, and nothing else; any other non-empty folder is
 * refused unless {@code overwrite} is set.
 */
public final class DirectorySink implements ArticleSink {
  public static final String MANIFEST = "manifest.jsonl";
  private static final String MANIFEST_PART = ".manifest.jsonl.part";

  private final Path folder;
  private final OutputFormat format;
  private final FileNamer namer;
  private final ArticleRenderer renderer = new ArticleRenderer();
  /** Renders each manifest line here, on the caller's thread, for the writer to append in turn. */
  private final StringWriter manifestLine = new StringWriter();
  private final JsonGenerator manifestJson;
  private final Writer manifest;
  private final FileChannel manifestChannel;
  private final boolean sync;
  private OrderedFileWriter files;
  private boolean finished;
  /** True once the caller {@linkplain #writeInBatches writes in batches}: files then wait in {@link #pending}. */
  private boolean batched;
  /**
   * Files rendered but not yet handed to the writer, when the caller writes in batches: handed over
   * together at its {@link #flush}, or once they hold {@link #BATCH} files or {@link #BATCH_CHARS}
   * characters, so that the writer thread is woken once a batch rather than once a file.
   */
  private List<OrderedFileWriter.Job> pending = new ArrayList<>();
  private long pendingChars;
  static final int BATCH = 64;
  static final long BATCH_CHARS = 1 << 20;
  /** True when this run made the folder: a run that wrote nothing then leaves no folder behind. */
  private boolean madeByThisRun;
  private RunJournal journal;
  /** The subfolders made by this run, to force to disk with {@code sync}. */
  private final Set<String> subfolders = new LinkedHashSet<>();
  /** True when the folder held no file at the start: no name can collide, so none is looked up. */
  private final boolean startedEmpty;

  private DirectorySink(
      Path folder, OutputFormat format, FileNamer namer, FileChannel manifestChannel, boolean startedEmpty, boolean sync)
      throws IOException {
    this.startedEmpty = startedEmpty;
    this.folder = folder;
    this.format = format;
    this.namer = namer;
    this.manifestChannel = manifestChannel;
    this.manifest = new BufferedWriter(Channels.newWriter(manifestChannel, StandardCharsets.UTF_8), 1 << 16);
    this.manifestJson = JsonStreams.generator(manifestLine);
    this.sync = sync;
  }

  /**
   * Prepares {@code folder}: creates it with its parents, and refuses or clears an earlier run.
   *
   * @throws OutputException when the folder cannot be made or written, or holds an earlier run
   *     and {@code overwrite} is not set
   */
  public static DirectorySink open(
      Path folder, OutputFormat format, FileNamer namer, boolean overwrite) throws OutputException {
    return open(folder, format, namer, overwrite, false);
  }

  /**
   * As {@link #open(Path, OutputFormat, FileNamer, boolean)}; with {@code sync} ({@code --sync})
   * every file is forced to disk before it is renamed into place, and the manifest and the folders
   * when the run ends.
   */
  public static DirectorySink open(
      Path folder, OutputFormat format, FileNamer namer, boolean overwrite, boolean sync) throws OutputException {
    checkEarlierRun(folder, overwrite);
    boolean existed = Files.isDirectory(folder);
    try {
      Files.createDirectories(folder);
    } catch (FileAlreadyExistsException e) {
      throw new OutputException(folder.toString(), "exists and is not a folder");
    } catch (IOException e) {
      throw new OutputException(folder.toString(), "cannot create folder: " + IoMessages.describe(e), e);
    }
    Path earlier = folder.resolve(MANIFEST);
    if (RunJournal.exists(folder)) {
      // An unfinished run, failed or killed: its files, complete or not, and its manifest go.
      RunJournal.undo(folder, List.of(MANIFEST, MANIFEST_PART));
    } else if (Files.exists(earlier)) {
      removeEarlierRun(folder, earlier);
    }
    RunJournal journal = RunJournal.start(folder);
    try {
      FileChannel channel =
          FileChannel.open(
              folder.resolve(MANIFEST_PART),
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING,
              StandardOpenOption.WRITE);
      DirectorySink sink = new DirectorySink(folder, format, namer, channel, isEmptyButForTheManifest(folder), sync);
      sink.madeByThisRun = !existed;
      sink.journal = journal;
      sink.files = new OrderedFileWriter(folder, journal, sink.manifest, sync);
      return sink;
    } catch (IOException e) {
      throw new OutputException(folder.toString(), "cannot write: " + IoMessages.describe(e), e);
    }
  }

  /** True when the folder holds nothing but this run's manifest part. */
  private static boolean isEmptyButForTheManifest(Path folder) throws IOException {
    try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
      return entries.allMatch(
          p -> p.getFileName().toString().equals(MANIFEST_PART) || p.getFileName().toString().equals(RunJournal.NAME));
    }
  }

  /**
   * Refuses a folder that holds an earlier run's manifest, unless {@code overwrite} is set; checks
   * before anything is written, and is what {@code --dry-run} checks too.
   */
  public static void checkEarlierRun(Path folder, boolean overwrite) throws OutputException {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new OutputException(folder.toString(), "exists and is not a folder");
    }
    if (RunJournal.exists(folder)) {
      return; // an unfinished run, which this one replaces
    }
    if (!overwrite && Files.exists(folder.resolve(MANIFEST))) {
      throw new OutputException(
          folder.toString(), "holds an earlier run's " + MANIFEST + "; pass --overwrite to replace it");
    }
    if (!overwrite && Files.isDirectory(folder) && !isEmpty(folder)) {
      // Without a manifest nothing says which files are a run's: clashing names would silently
      // become …-2.md beside files that belong to nobody.
      throw new OutputException(
          folder.toString(), "is not empty and holds no " + MANIFEST + "; choose an empty folder, or pass --overwrite to write into it");
    }
  }

  /**
   * True when the folder holds nothing but hidden entries ({@code .gitkeep}, {@code .DS_Store}):
   * an article's name never starts with a dot, so none can clash with them.
   */
  private static boolean isEmpty(Path folder) throws OutputException {
    try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
      return entries.allMatch(p -> p.getFileName().toString().startsWith("."));
    } catch (IOException e) {
      throw new OutputException(folder.toString(), "cannot list folder: " + IoMessages.describe(e), e);
    }
  }

  /**
   * Removes the files an earlier manifest lists, then the manifest. Every line is read and checked
   * before anything is deleted; only regular files whose real path lies inside the folder are
   * removed (a symbolic link that leads out is left alone), never folders, never the manifest's
   * own entries.
   */
  private static void removeEarlierRun(Path folder, Path manifest) throws OutputException {
    ObjectMapper mapper = new ObjectMapper();
    List<Path> listed = new java.util.ArrayList<>();
    try {
      Path root = folder.toRealPath();
      List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isBlank()) {
          continue;
        }
        JsonNode file;
        try {
          file = mapper.readTree(line).get("file");
        } catch (IOException e) {
          throw new OutputException(manifest + ":" + (i + 1), "not a manifest line; remove the folder by hand");
        }
        if (file != null && file.isTextual()) {
          listed.add(root.resolve(file.asText()).normalize());
        }
      }
      for (Path path : listed) {
        if (!Files.isRegularFile(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        Path real = path.toRealPath();
        String name = real.getFileName().toString();
        if (real.startsWith(root) && !name.equals(MANIFEST) && !name.equals(MANIFEST_PART)) {
          Files.deleteIfExists(real);
        }
      }
      Files.deleteIfExists(manifest);
    } catch (OutputException e) {
      throw e;
    } catch (IOException e) {
      throw new OutputException(manifest.toString(), "cannot clear the earlier run: " + IoMessages.describe(e), e);
    }
  }

  /**
   * Renders the article and its manifest line and hands both to the writer; the file is complete
   * once {@link #close} returns. Waits only while the writer is a full queue behind.
   */
  @Override
  public void write(long id, Article article, Origin origin) throws IOException {
    OrderedFileWriter.Job job;
    List<OrderedFileWriter.Job> batch = null;
    synchronized (this) {
      if (finished) {
        throw new OutputException(folder.toString(), "the run was stopped");
      }
      // The file and the manifest line give the same lang: the article's letters are read once.
      String lang = RecordJson.languageOf(article);
      String content = renderer.render(id, article, origin, format, lang);
      String sub = namer.folder(id);
      String name = freeName(id, article, origin, sub);
      RecordJson.write(manifestJson, id, article, origin, false, name, lang);
      manifestJson.writeRaw('\n');
      manifestJson.flush();
      String line = manifestLine.toString();
      manifestLine.getBuffer().setLength(0);
      job = new OrderedFileWriter.Job(name, sub, content, line);
      if (sync && !sub.isEmpty()) {
        subfolders.add(sub);
      }
      if (batched) {
        pending.add(job);
        pendingChars += content.length();
        if (pending.size() < BATCH && pendingChars < BATCH_CHARS) {
          return;
        }
        batch = takePending();
      }
    }
    // Outside the lock: a signal's abort must not wait behind a full queue.
    if (batch != null) {
      handOver(batch);
    } else {
      files.submit(job);
    }
  }

  /** Files are handed to the writer a batch at a time, at each {@link #flush}. */
  @Override
  public synchronized void writeInBatches() {
    batched = true;
  }

  /** Hands the files rendered since the last batch to the writer. */
  @Override
  public void flush() throws IOException {
    List<OrderedFileWriter.Job> batch;
    synchronized (this) {
      if (finished) {
        return;
      }
      batch = takePending();
    }
    handOver(batch);
  }

  /** The files waiting to be handed over, which then wait no more. */
  private List<OrderedFileWriter.Job> takePending() {
    List<OrderedFileWriter.Job> batch = pending;
    pending = new ArrayList<>();
    pendingChars = 0;
    return batch;
  }

  /**
   * Hands {@code batch} to the writer; when that fails (the writer stopped, the thread was
   * interrupted), the files wait again, first, so that {@link #fail} may still hand them over.
   */
  private void handOver(List<OrderedFileWriter.Job> batch) throws IOException {
    try {
      files.submitAll(batch);
    } catch (IOException | RuntimeException e) {
      synchronized (this) {
        pending.addAll(0, batch);
        for (OrderedFileWriter.Job job : batch) {
          pendingChars += job.content().length();
        }
      }
      throw e;
    }
  }

  /**
   * {@code 000007-slug.md} (in its fan-out folder, which the writer makes when first needed), or
   * {@code 000007-slug-2.md} when a file of that name already exists. Only a folder that held files
   * at the start, or a template without {@code ${id}}, needs the look-up; it first waits for the
   * files handed over to be written, so that it sees this run's names too.
   */
  private String freeName(long id, Article article, Origin origin, String sub) throws IOException {
    String base = namer.relativeBase(id, article, origin);
    String name = base + "." + format.extension();
    if (startedEmpty && namer.isUnique()) {
      return name;
    }
    // The files waiting for their batch go first, so that the look-up sees their names too.
    handOver(takePending());
    files.awaitIdle();
    for (int n = 2; Files.exists(folder.resolve(name)); n++) {
      name = base + "-" + n + "." + format.extension();
    }
    return name;
  }

  /** Ends a run that went well: the manifest goes into place, then the journal goes. */
  @Override
  public synchronized void close() throws IOException {
    if (finished) {
      return;
    }
    try {
      handOver(takePending());
      files.finish();
    } catch (IOException | RuntimeException e) {
      abort();
      throw e;
    }
    finishManifest();
    journal.finish();
    if (sync) {
      // The renames live in the folders' entries: forced last, after every file and the manifest.
      for (String sub : subfolders) {
        forceFolder(folder.resolve(sub));
      }
      forceFolder(folder);
    }
  }

  private void finishManifest() throws IOException {
    finished = true;
    manifestJson.close();
    manifest.flush();
    if (sync) {
      manifestChannel.force(true);
    }
    manifest.close();
    AtomicMove.replace(folder.resolve(MANIFEST_PART), folder.resolve(MANIFEST));
  }

  /** Forces a folder's entries to disk, where the platform allows opening a folder (Linux, macOS). */
  private static void forceFolder(Path dir) throws IOException {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (UnsupportedOperationException | java.nio.file.AccessDeniedException e) {
      // Windows cannot open a folder as a file; its renames are durable by its own rules.
    }
  }

  /**
   * Ends a failed run after the files already handed over are written: a run that fails on its
   * third input always leaves the files of the first two, however far the writer thread had got.
   * A failure of the writer itself (a full disk) ends the wait, and the run ends as {@link #abort}.
   * Pinned by {@code OutputFolderTest}.
   */
  @Override
  public void fail() {
    try {
      List<OrderedFileWriter.Job> batch;
      synchronized (this) {
        batch = finished ? List.of() : takePending();
      }
      handOver(batch);
      files.awaitIdle();
    } catch (IOException | RuntimeException e) {
      // The writer failed: abort keeps what it completed and lists it.
    }
    abort();
  }

  /**
   * Ends a failed or interrupted run: the manifest lists the complete files, and the journal stays,
   * so that the next run into the folder replaces this one without {@code --overwrite}. A run that
   * completed no file leaves no manifest and no journal (and no folder, if it made it), so that
   * the retry finds the folder as it was; pinned by {@code OutputFolderTest}.
   */
  @Override
  public synchronized void abort() {
    if (finished) {
      return;
    }
    if (!files.stop()) {
      // The file in hand did not complete in time: the manifest stays unfinished, and the journal
      // names every file, for the next run to replace.
      finished = true;
      journal.keep();
      return;
    }
    if (files.written() == 0) {
      finished = true;
      try {
        manifestJson.close();
        manifest.close();
        Files.deleteIfExists(folder.resolve(MANIFEST_PART));
        journal.finish();
        if (madeByThisRun) {
          Files.deleteIfExists(folder);
        }
      } catch (IOException e) {
        // The run is already failing; what is left is hidden, and the journal says whose it is.
      }
      return;
    }
    try {
      finishManifest();
    } catch (IOException e) {
      // The run is already failing; the journal names every file, for the next run to replace.
    }
    journal.keep();
  }
}
