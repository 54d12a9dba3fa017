package dev.newstidy.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newstidy.model.Article;
import dev.newstidy.model.Origin;
import dev.newstidy.text.IoMessages;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Writes one file per article into a folder, plus {@code manifest.jsonl} with one line per article
 * in input order. Every file is written to a temporary name and renamed into place, and a file is
 * listed in the manifest only once it is complete, so that a failed or interrupted run leaves no
 * half-written file and a manifest that tells the truth.
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
  private final JsonGenerator manifestJson;
  private final Writer manifest;
  private boolean finished;
  private long written;
  /** True when this run made the folder: a run that wrote nothing then leaves no folder behind. */
  private boolean madeByThisRun;
  private RunJournal journal;
  private String madeFolder = "";
  /** True when the folder held no file at the start: no name can collide, so none is looked up. */
  private final boolean startedEmpty;

  private DirectorySink(
      Path folder, OutputFormat format, FileNamer namer, Writer manifest, boolean startedEmpty)
      throws IOException {
    this.startedEmpty = startedEmpty;
    this.folder = folder;
    this.format = format;
    this.namer = namer;
    this.manifest = manifest;
    this.manifestJson = JsonStreams.generator(manifest);
  }

  /**
   * Prepares {@code folder}: creates it with its parents, and refuses or clears an earlier run.
   *
   * @throws OutputException when the folder cannot be made or written, or holds an earlier run
   *     and {@code overwrite} is not set
   */
  public static DirectorySink open(
      Path folder, OutputFormat format, FileNamer namer, boolean overwrite) throws OutputException {
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
      Writer writer =
          new BufferedWriter(
              Files.newBufferedWriter(
                  folder.resolve(MANIFEST_PART),
                  StandardCharsets.UTF_8,
                  StandardOpenOption.CREATE,
                  StandardOpenOption.TRUNCATE_EXISTING,
                  StandardOpenOption.WRITE));
      DirectorySink sink = new DirectorySink(folder, format, namer, writer, isEmptyButForTheManifest(folder));
      sink.madeByThisRun = !existed;
      sink.journal = journal;
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

  @Override
  public synchronized void write(long id, Article article, Origin origin) throws IOException {
    if (finished) {
      throw new OutputException(folder.toString(), "the run was stopped");
    }
    String content = renderer.render(id, article, origin, format);
    String name = freeName(id, article, origin);
    Path target = folder.resolve(name);
    Path temp = target.resolveSibling("." + target.getFileName() + ".part");
    journal.intend(name);
    try {
      Files.writeString(temp, content, StandardCharsets.UTF_8);
      AtomicMove.replace(temp, target);
    } catch (IOException e) {
      Files.deleteIfExists(temp);
      throw new OutputException(target.toString(), "cannot write: " + IoMessages.describe(e), e);
    }
    RecordJson.write(manifestJson, id, article, origin, false, name);
    manifestJson.writeRaw('\n');
    // Into the manifest's buffer only: close and abort flush it, and a line is written only after
    // its file is in place, so the manifest never lists a file that is not complete.
    manifestJson.flush();
    written++;
  }

  /**
   * {@code 000007-slug.md} (in its fan-out folder, which is made when first needed), or {@code
   * 000007-slug-2.md} when a file of that name already exists.
   */
  private String freeName(long id, Article article, Origin origin) throws IOException {
    String sub = namer.folder(id);
    if (!sub.isEmpty() && !sub.equals(madeFolder)) {
      Files.createDirectories(folder.resolve(sub));
      madeFolder = sub;
    }
    String base = namer.relativeBase(id, article, origin);
    String name = base + "." + format.extension();
    for (int n = 2; (!startedEmpty || !namer.isUnique()) && Files.exists(folder.resolve(name)); n++) {
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
    finishManifest();
    journal.finish();
  }

  private void finishManifest() throws IOException {
    finished = true;
    manifestJson.close();
    manifest.close();
    AtomicMove.replace(folder.resolve(MANIFEST_PART), folder.resolve(MANIFEST));
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
    if (written == 0) {
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
